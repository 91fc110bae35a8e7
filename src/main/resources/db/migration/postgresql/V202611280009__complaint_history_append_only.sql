-- The history is the record of who did what: the database itself refuses to rewrite it.
create function complaint_history_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'complaint_history is append-only: % refused', tg_op;
end;
$$;

create trigger complaint_history_append_only
    before update or delete on complaint_history
    for each row execute function complaint_history_refuse_change();

create trigger complaint_history_no_truncate
    before truncate on complaint_history
    for each statement execute function complaint_history_refuse_change();
