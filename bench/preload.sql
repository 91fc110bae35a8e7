-- Preloads :n complaints of the demo district (Rampur) with their status history, set-based.
--
--   psql -h 127.0.0.1 -U postgres -d samadhan_bench -v n=1000000 -f bench/preload.sql
--
-- Runs on a database that Flyway has migrated with the demo district loaded (start the app once).
-- What it makes, over the past 12 months (registered_at rises with the serial, like real intake):
--   * complaints older than 30 days: 95% DISPOSED, 2% SPECIAL_CLOSED, 1% TRANSFERRED, 2% still open
--   * complaints of the last 30 days: 40% DISPOSED, the rest spread over every open status
--   * spread uniformly over Rampur's 17 stations, 70% PORTAL / 30% HELPLINE_1076, all categories
--   * every complaint has the history rows of the path that led to its status (2 to 9 rows,
--     9 for a disposed one: REGISTER, ROUTE_TO_DISTRICT, MARK_TO_STATION, ASSIGN, START_ENQUIRY,
--     SUBMIT_REPORT, FORWARD by the SHO, FORWARD by the CO, DISPOSE by the ASP), with the real
--     demo officers as actors
--   * references are valid 13-digit Verhoeff numbers: YY (registration year, Asia/Kolkata),
--     the district digits 00 (kept clear of the numbers the application issues,
--     whose serials are a secret shuffle) with the id as the 8-digit serial, and the check digit
--   * complainant mobiles start with 8, so they never share the monthly quota with the load
--     generator's 9xxxxxxxxx numbers (the quota table only counts API registrations anyway)
-- The enquiry and review tables (contacts, visits, reports, decisions) are not preloaded.
-- complaint_serial is advanced past the preloaded ids, then VACUUM ANALYZE and a CHECKPOINT.
\set ON_ERROR_STOP on
\timing on

-- A bulk load of consistent rows: skip the per-row foreign-key triggers (we are superuser) and
-- do not wait for the WAL flush of each statement.
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

do $$
begin
    if exists (select 1 from complaint) then
        raise exception 'complaint is not empty: preload into a fresh database';
    end if;
end $$;

-- The reference check digit, the categories and the paths to each status.
\ir preload-paths.sql

-- The district, its stations with their SHO, IOs and circle officer, and the district officers.
create temp table b_district as
select u.id as district_id, u.number as district_number,
       (select o.id from jurisdiction_officer o where o.username = 'cell.rampur') as cell_id,
       (select o.id from jurisdiction_officer o where o.username = 'asp.rampur') as asp_id,
       (select o.id from jurisdiction_officer o where o.username = 'operator.rampur') as operator_id
from jurisdiction_unit u where u.code = 'RAMPUR';

create temp table b_station as
select (row_number() over (order by s.code) - 1)::int as idx, s.id as station_id, s.circle_id,
       (select o.id from jurisdiction_officer o
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'SHO'
         where o.posting_unit_id = s.id and o.status = 'ACTIVE') as sho_id,
       (select o.id from jurisdiction_officer o
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'CO'
         where o.posting_unit_id = s.circle_id and o.status = 'ACTIVE') as co_id,
       (select array_agg(o.id order by o.id) from jurisdiction_officer o
          join jurisdiction_unit b on b.id = o.posting_unit_id
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'IO'
         where b.station_id = s.id and o.status = 'ACTIVE') as io_ids
from jurisdiction_unit s
where s.kind = 'STATION' and s.district_id = (select district_id from b_district);

do $$
declare stations int; incomplete int;
begin
    select count(*), count(*) filter (where sho_id is null or co_id is null or io_ids is null)
      into stations, incomplete from b_station;
    if stations <> 17 or incomplete <> 0 then
        raise exception 'expected 17 fully staffed Rampur stations, found % (% incomplete)', stations, incomplete;
    end if;
end $$;

create temp table b_officer as
select o.id, o.name_en, o.posting_unit_id from jurisdiction_officer o;
alter table b_officer add primary key (id);

-- One row per complaint with every random choice made once.
select setseed(0.20261128);
create temp table b_choice as
select g::bigint as id,
       -- rises with the serial over the past 365 days, with a little jitter
       now() - interval '365 days' * (1 - g::float8 / :n) - random() * interval '2 hours' as registered_at,
       (365 * (1 - g::float8 / :n)) as age_days,
       random() as r_status, random() as r_open, random() as r_span, random() as r_misc,
       floor(random() * 17)::int as station_idx
from generate_series(1, :n) g;

create temp table b_row as
select c.*,
       case
         when c.age_days > 30 then
           case when c.r_status < 0.95 then 'DISPOSED'
                when c.r_status < 0.97 then 'SPECIAL_CLOSED'
                when c.r_status < 0.98 then 'TRANSFERRED'
                else null end
         else case when c.r_status < 0.40 then 'DISPOSED' else null end
       end as closed_path
from b_choice c;

update b_row set closed_path = (array['DISTRICT_INBOX','STATION_INBOX','ASSIGNED','UNDER_ENQUIRY',
       'REPORT_SUBMITTED','IN_REVIEW_CO','IN_REVIEW_ASP','RETURNED','SPECIAL_CLOSURE_PROPOSED'])[1 + floor(r_open * 9)::int]
where closed_path is null;
alter table b_row rename column closed_path to path;

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
       'House ' || (r.id % 300) || ', Mohalla ' || (r.id % 41) || ', Rampur',
       'Complaint about ' || lower(cat.name_en) || ' in village ' || (r.id % 997) || '. '
         || repeat('The complainant describes what happened, who was involved and what was lost. ',
                   1 + (r.id % 5)::int),
       (r.registered_at - (r.r_misc * 10) * interval '1 day')::date,
       'Village ' || (r.id % 997) || ', Rampur',
       28.60 + r.r_misc * 0.5, 78.90 + r.r_span * 0.5,
       b.district_id,
       case when r.path in ('DISTRICT_INBOX','TRANSFERRED') then null else s.circle_id end,
       case when r.path in ('DISTRICT_INBOX','TRANSFERRED') then null else s.station_id end,
       case when d.steps @> '{ASSIGN:SHO}' then s.io_ids[1 + (r.id % cardinality(s.io_ids))::int] end,
       d.awaiting,
       d.return_count,
       case when r.path = 'TRANSFERRED' then 'District Magistrate office, Rampur' end,
       case when x.channel = 'PORTAL' then null else b.operator_id end,
       r.registered_at,
       r.registered_at + case
         when r.path = 'DISTRICT_INBOX' then interval '0'
         when r.path in ('DISPOSED','SPECIAL_CLOSED','TRANSFERRED')
           then least(now() - r.registered_at, interval '1 day' * (1 + r.r_span * 24))
         else (now() - r.registered_at) * r.r_span end
from b_row r
cross join b_district b
join b_path_def d on d.path = r.path
join b_station s on s.idx = r.station_idx
join b_category cat on cat.idx = (r.id % (select count(*) from b_category))::int
cross join lateral (select case when r.r_misc < 0.7 then 'PORTAL' else 'HELPLINE_1076' end as channel,
                           to_char(r.registered_at at time zone 'Asia/Kolkata', 'YY')
                             || '00'
                             -- district digits 00 (no district has them) and the id as serial: the
                             -- application shuffles its serials with a secret, so preloaded numbers
                             -- stay clear of the ones it issues
                             || lpad(r.id::text, 8, '0') as body) x
order by r.id;

\ir preload-history.sql

select status, count(*) from complaint group by status order by 2 desc;
select count(*) as history_rows from complaint_history;
select pg_size_pretty(pg_total_relation_size('complaint')) as complaint_size,
       pg_size_pretty(pg_total_relation_size('complaint_history')) as history_size,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
