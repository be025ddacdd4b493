-- The summary of an audit entry is kept as data (a message key and its arguments, as JSON) and
-- written in the reader's language when the log is read. The entries logged before keep the French
-- sentence written then in "summary": the log is append-only (a trigger refuses any update), and a
-- sentence cannot be turned back into data reliably; they are shown as they were written. New
-- entries leave "summary" empty.
alter table audit_entry add column summary_data varchar(4000);
