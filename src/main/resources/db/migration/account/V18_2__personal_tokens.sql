-- Personal API tokens: a name given by their owner (tokens of POST /api/v1/auth/token have none) and
-- the last time each token was used (updated at most once a minute).
alter table api_token add column name varchar(100);
alter table api_token add column last_used_at timestamp with time zone;
create index api_token_account on api_token (account_id);
