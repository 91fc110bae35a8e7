-- The record of administration is kept by the database itself: a change is never updated or
-- deleted, and a posting is only ever ended, once.
create function jurisdiction_change_refuse() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;

create trigger jurisdiction_change_append_only
    before update or delete on jurisdiction_change
    for each row execute function jurisdiction_change_refuse();

create trigger jurisdiction_change_no_truncate
    before truncate on jurisdiction_change
    for each statement execute function jurisdiction_change_refuse();

create function jurisdiction_posting_ended_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'jurisdiction_posting keeps every posting: DELETE refused';
    end if;
    if old.ends_on is not null or new.ends_on is null
       or new.id <> old.id or new.officer_id <> old.officer_id or new.unit_id <> old.unit_id
       or new.roles <> old.roles or new.starts_on <> old.starts_on
       or new.order_ref is distinct from old.order_ref or new.recorded_by is distinct from old.recorded_by
       or new.recorded_at <> old.recorded_at then
        raise exception 'a posting is ended once and never rewritten: UPDATE refused';
    end if;
    return new;
end;
$$;

create trigger jurisdiction_posting_history
    before update or delete on jurisdiction_posting
    for each row execute function jurisdiction_posting_ended_once();

create trigger jurisdiction_posting_no_truncate
    before truncate on jurisdiction_posting
    for each statement execute function jurisdiction_change_refuse();
