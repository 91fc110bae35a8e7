-- Preloads :n complaints over all 75 districts of Uttar Pradesh with their status history,
-- set-based, and first the bench-only police stations and officers the districts without demo
-- data need. The state-wide counterpart of preload.sql (which stays Rampur only).
--
--   psql -h 127.0.0.1 -U postgres -d samadhan_bench -v n=10000000 -f bench/preload-state.sql
--   (optional: -v stations=1500, the state's police stations the district weights share out)
--
-- Runs on a database that Flyway has migrated in demo mode and that the app has started on once
-- (Rampur's demo units and officers, and Amroha's, which the app uploads at its first demo start).
--
-- The spread: each district's share of the complaints is its share of the state's TOTAL IPC
-- CRIMES in NCRB's latest year, 2012 (bench/state-weights.sql, made by bench/state-weights.py,
-- which says how the renamed and newer districts map). Complaint ids are dealt to the districts
-- exactly in proportion ((id * p) mod n, with p near n times the golden ratio's fraction, is a
-- permutation of the ids; it is cut into 75 runs by the cumulative weights), so every district's
-- complaints spread evenly over the whole year like Rampur's, and a district's count is
-- floor(n * cumulative share) minus its predecessor's.
--
-- The units: Rampur keeps exactly its 17 demo stations and its demo officers (the lifecycle
-- benchmark runs there). Every other district gets bench stations up to its share of :stations
-- (at least 10; Amroha's 4 demo stations count towards it), five to a bench circle, two beats to
-- a station, in jurisdiction_unit with ids from jurisdiction_unit_serial and the ancestor columns
-- the app keeps (zone, range, district, circle, station), codes BENCH_<DISTRICT>_C01 / _S001 /
-- _S001_B1 and a note that they are made up. The officers, where a district or unit lacks an
-- active one in the role: SP, ASP, IGRS cell and helpline operator at each district
-- (sp.<district>, asp.…, cell.…, operator.…, as the demo names them), a CO per bench circle
-- (co.<district>-c01), an SHO per bench station (sho.<district>-s001) and an IO per beat
-- (io.<district>-s001-b1); and the supervisors above the districts: supervisor.up at the state,
-- ig.<zone> at each zone and dig.<range> at each range (dig.moradabad, a demo account, stays).
-- Each has the role, a posting from 400 days ago (before the oldest preloaded history), the demo
-- password (copied from sp.rampur) and the demo flag, so that a start outside demo mode refuses
-- them like every other demo account. jurisdiction_revision moves so that a running instance
-- would reload the tree. No jurisdiction_change rows: nobody administered these.
--
-- The complaints are those of preload.sql (its paths, status mix over 12 months, channels,
-- history rows with the district's own officers as actors, references YY 00 serial check with
-- the id as serial, mobiles starting with 8), spread uniformly over each district's stations;
-- texts name the district. Incident coordinates: Rampur's box as in preload.sql; elsewhere a
-- made-up point per district inside Uttar Pradesh (not its real place).
-- complaint_serial is advanced past the preloaded ids, then VACUUM ANALYZE and a CHECKPOINT,
-- and each district's count is checked against its weight.
\set ON_ERROR_STOP on
\timing on
\if :{?stations}
\else
\set stations 1500
\endif

set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

do $$
begin
    if exists (select 1 from complaint) then
        raise exception 'complaint is not empty: preload into a fresh database';
    end if;
    if exists (select 1 from jurisdiction_unit where code like 'BENCH\_%') then
        raise exception 'bench units exist already: preload into a fresh database';
    end if;
    if not exists (select 1 from jurisdiction_officer where username = 'sp.rampur') then
        raise exception 'no demo district: start the app once in demo mode first';
    end if;
end $$;

\ir preload-paths.sql

-- The weights, one per district.
create temp table b_weight (code text primary key, ipc_crimes int not null, basis text not null);
\ir state-weights.sql

do $$
declare unweighted text; unknown text;
begin
    select string_agg(u.code, ', ') into unweighted from jurisdiction_unit u
     where u.kind = 'DISTRICT' and not exists (select 1 from b_weight w where w.code = u.code);
    select string_agg(w.code, ', ') into unknown from b_weight w
     where not exists (select 1 from jurisdiction_unit u where u.kind = 'DISTRICT' and u.code = w.code);
    if unweighted is not null or unknown is not null or (select count(*) from b_weight) <> 75 then
        raise exception 'weights do not fit the districts: without weight %, unknown %', unweighted, unknown;
    end if;
end $$;

-- How many stations each district gets.
create temp table b_plan as
select u.id as district_id, u.code, u.name_en, u.name_hi, u.zone_id, u.range_id, u.number, w.ipc_crimes,
       w.ipc_crimes::float8 / sum(w.ipc_crimes) over () as share,
       (select count(*) from jurisdiction_unit s
         where s.kind = 'STATION' and s.district_id = u.id and s.closed_on is null)::int as demo_stations,
       lower(replace(u.code, '_', '-')) as slug
from jurisdiction_unit u
join b_weight w on w.code = u.code
where u.kind = 'DISTRICT';
alter table b_plan add column bench_stations int, add column bench_circles int;
update b_plan set bench_stations = case when code = 'RAMPUR' then 0
                                        else greatest(greatest(10, round(share * :stations)::int) - demo_stations, 0) end;
update b_plan set bench_circles = ceil(bench_stations / 5.0)::int;

\echo 'creating bench units'
insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id, district_id, number, note)
select nextval('jurisdiction_unit_serial'), 'BENCH_' || p.code || '_C' || lpad(c::text, 2, '0'), 'CIRCLE',
       'Bench circle ' || c || ', ' || p.name_en, 'बेंच सर्किल ' || c || ', ' || p.name_hi,
       p.district_id, p.zone_id, p.range_id, p.district_id, 0, 'BENCH: made up by bench/preload-state.sql'
from b_plan p
cross join lateral generate_series(1, p.bench_circles) c
order by p.code, c;
update jurisdiction_unit set circle_id = id where kind = 'CIRCLE' and code like 'BENCH\_%';

insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id, district_id, circle_id,
                               number, note)
select nextval('jurisdiction_unit_serial'), 'BENCH_' || p.code || '_S' || lpad(s::text, 3, '0'), 'STATION',
       'Bench thana ' || s || ', ' || p.name_en, 'बेंच थाना ' || s || ', ' || p.name_hi,
       c.id, p.zone_id, p.range_id, p.district_id, c.id, 0, 'BENCH: made up by bench/preload-state.sql'
from b_plan p
cross join lateral generate_series(1, p.bench_stations) s
join jurisdiction_unit c on c.code = 'BENCH_' || p.code || '_C' || lpad(((s - 1) / 5 + 1)::text, 2, '0')
order by p.code, s;
update jurisdiction_unit set station_id = id where kind = 'STATION' and code like 'BENCH\_%';

insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id, district_id, circle_id,
                               station_id, number, note)
select nextval('jurisdiction_unit_serial'), s.code || '_B' || b, 'BEAT', s.name_en || ' beat ' || b,
       s.name_hi || ' हल्का ' || b, s.id, s.zone_id, s.range_id, s.district_id, s.circle_id, s.id, 0,
       'BENCH: made up by bench/preload-state.sql'
from jurisdiction_unit s
cross join generate_series(1, 2) b
where s.kind = 'STATION' and s.code like 'BENCH\_%'
order by s.code, b;

\echo 'creating bench officers'
create temp table b_new_officer (username text primary key, name_en text, name_hi text, rank text,
                                 posting_unit_id bigint, role text);

-- The district's leadership and staff, where the district has no active officer in the role.
insert into b_new_officer
select r.prefix || '.' || p.slug, r.title_en || ' ' || p.name_en || ' (bench)',
       r.title_hi || ' ' || p.name_hi || ' (बेंच)', r.rank, p.district_id, r.role
from b_plan p
cross join (values ('sp', 'SP', 'पुलिस अधीक्षक', 'SP', 'SP'),
                   ('asp', 'ASP', 'अपर पुलिस अधीक्षक', 'ASP', 'ASP'),
                   ('cell', 'IGRS cell', 'आईजीआरएस प्रकोष्ठ', 'Head Constable', 'IGRS_CELL'),
                   ('operator', 'Helpline operator', 'हेल्पलाइन ऑपरेटर', 'Constable', 'OPERATOR'))
     as r(prefix, title_en, title_hi, rank, role)
where not exists (select 1 from jurisdiction_officer o
                    join jurisdiction_officer_role x on x.officer_id = o.id and x.role = r.role
                   where o.posting_unit_id = p.district_id and o.status = 'ACTIVE');

-- A CO per bench circle, an SHO per bench station, an IO per bench beat.
insert into b_new_officer
select case u.kind when 'CIRCLE' then 'co.' when 'STATION' then 'sho.' else 'io.' end
         || lower(replace(substr(u.code, length('BENCH_') + 1), '_', '-')),
       case u.kind when 'CIRCLE' then 'CO ' when 'STATION' then 'SHO ' else 'IO ' end || u.name_en || ' (bench)',
       case u.kind when 'CIRCLE' then 'क्षेत्राधिकारी ' when 'STATION' then 'थाना प्रभारी ' else 'उप-निरीक्षक ' end
         || u.name_hi || ' (बेंच)',
       case u.kind when 'CIRCLE' then 'DSP' when 'STATION' then 'Inspector' else 'Sub-Inspector' end,
       u.id,
       case u.kind when 'CIRCLE' then 'CO' when 'STATION' then 'SHO' else 'IO' end
from jurisdiction_unit u
where u.code like 'BENCH\_%';

-- Supervisors of the state, each zone and each range, where none is posted there.
insert into b_new_officer
select case u.kind when 'STATE' then 'supervisor.up' when 'ZONE' then 'ig.' || lower(replace(u.code, '_', '-'))
                   else 'dig.' || lower(replace(u.code, '_', '-')) end,
       case u.kind when 'STATE' then 'State supervisor ' when 'ZONE' then 'IG ' else 'DIG ' end || u.name_en || ' (bench)',
       case u.kind when 'STATE' then 'राज्य पर्यवेक्षक ' when 'ZONE' then 'पुलिस महानिरीक्षक ' else 'पुलिस उपमहानिरीक्षक ' end
         || u.name_hi || ' (बेंच)',
       case u.kind when 'STATE' then 'DGP' when 'ZONE' then 'IG' else 'DIG' end,
       u.id, 'SUPERVISOR'
from jurisdiction_unit u
where u.kind in ('STATE', 'ZONE', 'RANGE')
  and not exists (select 1 from jurisdiction_officer o
                    join jurisdiction_officer_role x on x.officer_id = o.id and x.role = 'SUPERVISOR'
                   where o.posting_unit_id = u.id and o.status = 'ACTIVE');

do $$
declare taken text;
begin
    select string_agg(n.username, ', ') into taken from b_new_officer n
     where exists (select 1 from jurisdiction_officer o where o.username = n.username);
    if taken is not null then
        raise exception 'bench usernames taken already: %', taken;
    end if;
end $$;

insert into jurisdiction_officer (username, password_hash, name_en, name_hi, rank, mobile, posting_unit_id,
                                  demo_account, status, version, created_at)
select n.username, (select password_hash from jurisdiction_officer where username = 'sp.rampur'), n.name_en,
       n.name_hi, n.rank, '71' || lpad((row_number() over (order by n.username))::text, 8, '0'), n.posting_unit_id,
       true, 'ACTIVE', 1, now()
from b_new_officer n
order by n.username;

insert into jurisdiction_officer_role (officer_id, role)
select o.id, n.role from b_new_officer n join jurisdiction_officer o on o.username = n.username;

insert into jurisdiction_posting (officer_id, unit_id, roles, starts_on, order_ref, recorded_at)
select o.id, n.posting_unit_id, n.role, current_date - 400, 'BENCH', now()
from b_new_officer n join jurisdiction_officer o on o.username = n.username;

update jurisdiction_revision set revision = revision + 1;
analyze jurisdiction_unit;
analyze jurisdiction_officer;
analyze jurisdiction_officer_role;

-- Every station of the state with its SHO, IOs and circle officer; idx numbers a district's stations.
create temp table b_station as
select s.district_id, (row_number() over (partition by s.district_id order by s.code) - 1)::int as idx,
       s.id as station_id, s.circle_id,
       (select min(o.id) from jurisdiction_officer o
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'SHO'
         where o.posting_unit_id = s.id and o.status = 'ACTIVE') as sho_id,
       (select min(o.id) from jurisdiction_officer o
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'CO'
         where o.posting_unit_id = s.circle_id and o.status = 'ACTIVE') as co_id,
       (select array_agg(o.id order by o.id) from jurisdiction_officer o
          join jurisdiction_unit b on b.id = o.posting_unit_id
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'IO'
         where b.station_id = s.id and o.status = 'ACTIVE') as io_ids
from jurisdiction_unit s
where s.kind = 'STATION' and s.closed_on is null;
alter table b_station add primary key (district_id, idx);
create unique index on b_station (station_id);

-- Every district with its share of the ids ([lo, hi) of (id * p) mod n) and its staff.
create temp table b_district as
select (row_number() over (order by p.code))::int as idx, p.district_id, p.code, p.name_en, p.number, p.ipc_crimes,
       floor(:n::numeric * (sum(p.ipc_crimes) over (order by p.code) - p.ipc_crimes)
             / sum(p.ipc_crimes) over ())::bigint as lo,
       floor(:n::numeric * sum(p.ipc_crimes) over (order by p.code) / sum(p.ipc_crimes) over ())::bigint as hi,
       (select count(*) from b_station s where s.district_id = p.district_id)::int as nstations,
       (select min(o.id) from jurisdiction_officer o join jurisdiction_officer_role r on r.officer_id = o.id
         where r.role = 'IGRS_CELL' and o.posting_unit_id = p.district_id and o.status = 'ACTIVE') as cell_id,
       (select min(o.id) from jurisdiction_officer o join jurisdiction_officer_role r on r.officer_id = o.id
         where r.role = 'ASP' and o.posting_unit_id = p.district_id and o.status = 'ACTIVE') as asp_id,
       (select min(o.id) from jurisdiction_officer o join jurisdiction_officer_role r on r.officer_id = o.id
         where r.role = 'OPERATOR' and o.posting_unit_id = p.district_id and o.status = 'ACTIVE') as operator_id,
       -- a made-up point inside Uttar Pradesh (24-30.5 N, 77-84.6 E), Rampur's box for Rampur
       case when p.code = 'RAMPUR' then 28.60 else 24.2 + ((p.number * 29) % 75) * 0.08 end as lat0,
       case when p.code = 'RAMPUR' then 78.90 else 77.3 + ((p.number * 47) % 75) * 0.095 end as lon0
from b_plan p;
alter table b_district add primary key (idx);
create unique index on b_district (district_id);

do $$
declare bad text; rampur int;
begin
    select string_agg(d.code || ' ' || s.station_id, ', ') into bad from b_station s join b_district d using (district_id)
     where s.sho_id is null or s.co_id is null or s.io_ids is null;
    if bad is not null then
        raise exception 'stations without an SHO, a CO or an IO: %', bad;
    end if;
    select string_agg(code, ', ') into bad from b_district
     where nstations < 1 or cell_id is null or asp_id is null or operator_id is null;
    if bad is not null then
        raise exception 'districts without stations, IGRS cell, ASP or operator: %', bad;
    end if;
    select nstations into rampur from b_district where code = 'RAMPUR';
    if rampur <> 17 then
        raise exception 'expected Rampur''s 17 demo stations, found %', rampur;
    end if;
end $$;

select count(*) as districts, sum(nstations) as stations, min(nstations) as fewest, max(nstations) as most
from b_district;
select count(*) filter (where code like 'BENCH\_%' and kind = 'CIRCLE') as bench_circles,
       count(*) filter (where code like 'BENCH\_%' and kind = 'STATION') as bench_stations,
       count(*) filter (where code like 'BENCH\_%' and kind = 'BEAT') as bench_beats
from jurisdiction_unit;
select count(*) as bench_officers from b_new_officer;

create temp table b_officer as
select o.id, o.name_en, o.posting_unit_id from jurisdiction_officer o;
alter table b_officer add primary key (id);

-- The multiplier that deals the ids to the districts: the first number from n times the golden
-- ratio's fraction up that shares no factor with n, so that (id * p) mod n is a permutation of
-- the ids whose every interval takes ids evenly from the whole range (and so the whole year).
select min(q) as p, (select array_agg(lo order by idx) from b_district) as bounds
from generate_series(round(:n * 0.6180339887)::bigint, round(:n * 0.6180339887)::bigint + 1000) q
where gcd(q, :n::bigint) = 1 \gset

-- One row per complaint with every random choice made once.
select setseed(0.20261205);
create temp table b_choice as
select g::bigint as id,
       -- rises with the serial over the past 365 days, with a little jitter
       now() - interval '365 days' * (1 - g::float8 / :n) - random() * interval '2 hours' as registered_at,
       (365 * (1 - g::float8 / :n)) as age_days,
       random() as r_status, random() as r_open, random() as r_span, random() as r_misc, random() as r_station,
       width_bucket((g::bigint * :p) % :n, :'bounds'::bigint[]) as district_idx
from generate_series(1, :n) g;

create temp table b_row as
select c.id, c.registered_at, c.age_days, c.r_status, c.r_open, c.r_span, c.r_misc, b.district_id,
       floor(c.r_station * b.nstations)::int as station_idx,
       case
         when c.age_days > 30 then
           case when c.r_status < 0.95 then 'DISPOSED'
                when c.r_status < 0.97 then 'SPECIAL_CLOSED'
                when c.r_status < 0.98 then 'TRANSFERRED'
                else null end
         else case when c.r_status < 0.40 then 'DISPOSED' else null end
       end as path
from b_choice c
join b_district b on b.idx = c.district_idx;
drop table b_choice;

update b_row set path = (array['DISTRICT_INBOX','STATION_INBOX','ASSIGNED','UNDER_ENQUIRY',
       'REPORT_SUBMITTED','IN_REVIEW_CO','IN_REVIEW_ASP','RETURNED','SPECIAL_CLOSURE_PROPOSED'])[1 + floor(r_open * 9)::int]
where path is null;

\echo 'inserting complaints'
insert into complaint (id, reference, status, version, channel, category_code, complainant_name,
                       complainant_mobile, complainant_address, description, incident_date, incident_address,
                       incident_latitude, incident_longitude, district_id, circle_id, station_id,
                       enquiry_officer_id, awaiting_role, return_count, outside_office, registered_by,
                       registered_at, updated_at)
select r.id,
       x.body || pg_temp.verhoeff_check(x.body),
       case when r.path like 'IN_REVIEW%' then 'IN_REVIEW' else r.path end,
       cardinality(d.steps) - 1,
       x.channel,
       cat.code,
       (array['Ramesh Kumar','Sita Devi','Mohd. Irfan','Anita Singh','Rakesh Yadav','Shabana Bano',
              'Suresh Pal','Kamla Devi','Arif Khan','Pooja Sharma'])[1 + (r.id % 10)::int],
       '8' || lpad(((r.id * 48271) % 999999937)::text, 9, '0'),
       'House ' || (r.id % 300) || ', Mohalla ' || (r.id % 41) || ', ' || b.name_en,
       'Complaint about ' || lower(cat.name_en) || ' in village ' || (r.id % 997) || '. '
         || repeat('The complainant describes what happened, who was involved and what was lost. ',
                   1 + (r.id % 5)::int),
       (r.registered_at - (r.r_misc * 10) * interval '1 day')::date,
       'Village ' || (r.id % 997) || ', ' || b.name_en,
       b.lat0 + r.r_misc * 0.5, b.lon0 + r.r_span * 0.5,
       b.district_id,
       case when r.path in ('DISTRICT_INBOX','TRANSFERRED') then null else s.circle_id end,
       case when r.path in ('DISTRICT_INBOX','TRANSFERRED') then null else s.station_id end,
       case when d.steps @> '{ASSIGN:SHO}' then s.io_ids[1 + (r.id % cardinality(s.io_ids))::int] end,
       d.awaiting,
       d.return_count,
       case when r.path = 'TRANSFERRED' then 'District Magistrate office, ' || b.name_en end,
       case when x.channel = 'PORTAL' then null else b.operator_id end,
       r.registered_at,
       r.registered_at + case
         when r.path = 'DISTRICT_INBOX' then interval '0'
         when r.path in ('DISPOSED','SPECIAL_CLOSED','TRANSFERRED')
           then least(now() - r.registered_at, interval '1 day' * (1 + r.r_span * 24))
         else (now() - r.registered_at) * r.r_span end
from b_row r
join b_district b on b.district_id = r.district_id
join b_path_def d on d.path = r.path
join b_station s on s.district_id = r.district_id and s.idx = r.station_idx
join b_category cat on cat.idx = (r.id % (select count(*) from b_category))::int
cross join lateral (select case when r.r_misc < 0.7 then 'PORTAL' else 'HELPLINE_1076' end as channel,
                           to_char(r.registered_at at time zone 'Asia/Kolkata', 'YY')
                             || '00'
                             -- district digits 00 and the id as serial, as in preload.sql
                             || lpad(r.id::text, 8, '0') as body) x
order by r.id;
drop table b_row;

\ir preload-history.sql

-- Each district's complaints against its weight: the dealing is exact, so any difference is a fault.
create temp table b_count as
select b.code, b.ipc_crimes, b.nstations, b.hi - b.lo as expected, count(c.id) as complaints
from b_district b
left join complaint c on c.district_id = b.district_id
group by b.code, b.ipc_crimes, b.nstations, b.lo, b.hi;
do $$
declare bad text;
begin
    select string_agg(code || ' ' || complaints || '/' || expected, ', ') into bad from b_count where complaints <> expected;
    if bad is not null then
        raise exception 'complaints per district differ from the weights: %', bad;
    end if;
end $$;
select code, ipc_crimes, nstations as stations, complaints,
       round(100.0 * complaints / sum(complaints) over (), 2) as pct_complaints,
       round(100.0 * ipc_crimes / sum(ipc_crimes) over (), 2) as pct_ipc
from b_count order by complaints desc;

select status, count(*) from complaint group by status order by 2 desc;
select count(*) as history_rows from complaint_history;
select pg_size_pretty(pg_total_relation_size('complaint')) as complaint_size,
       pg_size_pretty(pg_total_relation_size('complaint_history')) as history_size,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
