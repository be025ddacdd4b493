-- Forms submitted twice (a double click, a reload, two instances) act once: the first submission
-- of a form's token records where it led, in the same transaction as what it did.
create table form_submission (
    account_id   bigint       not null,
    token        varchar(64)  not null,
    target       varchar(500) not null,
    submitted_at timestamp    not null,
    primary key (account_id, token)
);
create index form_submission_at on form_submission (submitted_at);
