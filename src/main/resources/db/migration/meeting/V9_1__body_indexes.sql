-- A body's meetings and sittings by date, and its next open meeting (meeting page): the clash checks,
-- the rotation and the meeting page read them by body. Without these indexes they scanned every
-- territory's unfrozen meetings (national deployment: 63,000 meetings); H2 prefers the index that
-- matches the most conditions, hence the one in the order of the next-open-meeting query.
create index meeting_body on meeting (body_id, starts_at);
create index meeting_body_open on meeting (body_id, frozen_at, agenda_freezes_at);
create index elected_session_body on elected_session (body_id, starts_at);
