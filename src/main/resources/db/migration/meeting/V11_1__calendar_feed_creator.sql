-- A private calendar feed answers only while the account that created it is enabled and still has
-- a role in the territory: the feed now records that account. Feeds created before are matched to
-- their creator by name among the accounts of the territory (and coordinators and admins) when the
-- match is unique; a feed whose creator cannot be told is revoked (a new one can be created).
alter table calendar_feed add column created_by_account bigint;

update calendar_feed set created_by_account = (
    select min(a.id) from account a
    where a.display_name = calendar_feed.created_by
      and exists (select 1 from role_assignment r where r.account_id = a.id
                  and (r.territory_siren = calendar_feed.territory_siren or r.role in ('COORDINATOR', 'ADMIN')))
    having count(*) = 1);

update calendar_feed set revoked_at = current_timestamp where created_by_account is null and revoked_at is null;

create index calendar_feed_creator on calendar_feed (created_by_account);
