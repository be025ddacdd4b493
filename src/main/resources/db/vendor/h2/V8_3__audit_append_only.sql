-- The audit log is append-only: the database itself refuses to change or remove an entry
-- (H2 runs a Java trigger; PostgreSQL has the same rule in PL/pgSQL).
create trigger audit_entry_no_change before update, delete on audit_entry
    for each row call 'fr.nouage.audit.internal.AppendOnlyTrigger';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key references:
-- this table stays empty and only holds that reference.
create table audit_entry_truncate_guard (entry_id bigint references audit_entry (id));
