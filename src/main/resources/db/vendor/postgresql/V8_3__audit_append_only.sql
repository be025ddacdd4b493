-- The audit log is append-only: the database itself refuses to change or remove an entry, whoever
-- asks (a mistaken script, a compromised application account without owner rights on the trigger).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
