-- Published minutes: once set, the minutes of the meeting (items, outcomes, chair, actions decided,
-- attendance) can no longer change.
alter table meeting add column minutes_published_at timestamp with time zone;
alter table meeting add column minutes_published_by varchar(200);
