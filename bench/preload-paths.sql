-- What every preload shares (bench/preload.sql, bench/preload-state.sql; read with \ir): the
-- Verhoeff check digit of a reference, the complaint categories, and the paths of actions (with the
-- actor of each) that lead to each status a preloaded complaint may end in.
-- The Verhoeff check digit of a string of digits (as org.samadhan.shared.Verhoeff.checkDigit).
create function pg_temp.verhoeff_check(body text) returns int
language plpgsql immutable strict as $$
declare
    d constant int[] := array[
        0,1,2,3,4,5,6,7,8,9, 1,2,3,4,0,6,7,8,9,5, 2,3,4,0,1,7,8,9,5,6, 3,4,0,1,2,8,9,5,6,7,
        4,0,1,2,3,9,5,6,7,8, 5,9,8,7,6,0,4,3,2,1, 6,5,9,8,7,1,0,4,3,2, 7,6,5,9,8,2,1,0,4,3,
        8,7,6,5,9,3,2,1,0,4, 9,8,7,6,5,4,3,2,1,0];
    p constant int[] := array[
        0,1,2,3,4,5,6,7,8,9, 1,5,7,6,2,8,3,0,9,4, 5,8,0,3,7,9,6,1,4,2, 8,9,1,6,0,4,3,5,2,7,
        9,4,5,3,1,2,6,8,7,0, 4,2,8,6,5,7,3,9,0,1, 2,7,9,3,8,0,6,4,1,5, 7,0,4,6,9,1,3,2,5,8];
    inv constant int[] := array[0,4,3,2,1,5,6,7,8,9];
    c int := 0;
    len int := length(body);
begin
    for i in 0 .. len - 1 loop
        c := d[c * 10 + p[((i + 1) % 8) * 10 + (ascii(substr(body, len - i, 1)) - 48) + 1] + 1];
    end loop;
    return inv[c + 1];
end $$;

-- Self-check against a reference the application issued: 26 63 00000001 -> check digit 1.
do $$
begin
    if pg_temp.verhoeff_check('266300000001') <> 1 then
        raise exception 'verhoeff_check is wrong';
    end if;
end $$;

create temp table b_category as
select (row_number() over (order by code) - 1)::int as idx, code, name_en from complaint_category;

-- The paths: which actions, by whom, led to each final state. The complaint's status is the last
-- step's target; IN_REVIEW has two paths (awaiting the CO or the ASP).
create temp table b_path_def (path text, awaiting text, return_count int, steps text[]);
insert into b_path_def values
  ('DISTRICT_INBOX',           null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM}'),
  ('TRANSFERRED',              null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,TRANSFER_OUT:CELL}'),
  ('STATION_INBOX',            null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL}'),
  ('ASSIGNED',                 null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO}'),
  ('UNDER_ENQUIRY',            null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO}'),
  ('SPECIAL_CLOSURE_PROPOSED', 'ASP', 0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,PROPOSE_SPECIAL_CLOSURE:IO}'),
  ('SPECIAL_CLOSED',           null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,PROPOSE_SPECIAL_CLOSURE:IO,APPROVE_SPECIAL_CLOSURE:ASP}'),
  ('REPORT_SUBMITTED',         'SHO', 0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,SUBMIT_REPORT:IO}'),
  ('RETURNED',                 null,  1, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,SUBMIT_REPORT:IO,RETURN_FOR_ENQUIRY:SHO}'),
  ('IN_REVIEW_CO',             'CO',  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,SUBMIT_REPORT:IO,FORWARD:SHO}'),
  ('IN_REVIEW_ASP',            'ASP', 0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,SUBMIT_REPORT:IO,FORWARD:SHO,FORWARD:CO}'),
  ('DISPOSED',                 null,  0, '{REGISTER:REGISTRAR,ROUTE_TO_DISTRICT:SYSTEM,MARK_TO_STATION:CELL,ASSIGN:SHO,START_ENQUIRY:IO,SUBMIT_REPORT:IO,FORWARD:SHO,FORWARD:CO,DISPOSE:ASP}');

create temp table b_target (action text primary key, to_status text);
insert into b_target values
  ('REGISTER', 'REGISTERED'), ('ROUTE_TO_DISTRICT', 'DISTRICT_INBOX'), ('TRANSFER_OUT', 'TRANSFERRED'),
  ('MARK_TO_STATION', 'STATION_INBOX'), ('ASSIGN', 'ASSIGNED'), ('START_ENQUIRY', 'UNDER_ENQUIRY'),
  ('PROPOSE_SPECIAL_CLOSURE', 'SPECIAL_CLOSURE_PROPOSED'), ('APPROVE_SPECIAL_CLOSURE', 'SPECIAL_CLOSED'),
  ('SUBMIT_REPORT', 'REPORT_SUBMITTED'), ('RETURN_FOR_ENQUIRY', 'RETURNED'), ('FORWARD', 'IN_REVIEW'),
  ('DISPOSE', 'DISPOSED');

create temp table b_path as
select d.path, s.step::int, cardinality(d.steps) as nsteps, split_part(s.entry, ':', 1) as action,
       split_part(s.entry, ':', 2) as actor, t.to_status,
       lag(t.to_status) over (partition by d.path order by s.step) as from_status
from b_path_def d
cross join lateral unnest(d.steps) with ordinality as s(entry, step)
join b_target t on t.action = split_part(s.entry, ':', 1);
