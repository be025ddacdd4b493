-- The same file is attached once to an item: a double-clicked upload gives one document.
create unique index agenda_document_once on agenda_document (item_id, sha256);
-- Convocations still to send are looked up by the retry job.
create index convocation_unsent on convocation (sent_at, meeting_id);
