-- Preloads :n OPEN complaints of the demo district (Rampur), each with its deadline clock, for the
-- deadline-sweep benchmark. Set-based (generate_series); nothing in the clocks is due yet.
--
--   psql -d samadhan_deadline_bench -v n=1000000 -f bench/deadline-preload.sql
--
-- Runs on a database Flyway has migrated with the demo district (start the app once). What it makes:
--   * complaints registered over the last 10 days (Asia/Kolkata), PORTAL, 30 calendar days' limit,
--     spread over Rampur's stations: 5% DISTRICT_INBOX, 10% STATION_INBOX, 65% UNDER_ENQUIRY (with
--     one of the station's IOs), 10% REPORT_SUBMITTED awaiting the SHO, 10% IN_REVIEW awaiting the CO;
--   * one deadline_clock row each, as the application keeps it: the limit (due_on, warn_on three days
--     before), the stage (started today, its clock 1 to 15 days), and next_check_at, the first of
--     these moments; all in the future.
-- No history rows (the sweep only appends to the history), no enquiry records.
\set ON_ERROR_STOP on
\timing on
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

create temp table bench_station as
select row_number() over (order by s.id) - 1 as k, s.id as station_id, s.circle_id, s.district_id,
       (select min(o.id) from jurisdiction_officer o
          join jurisdiction_officer_role r on r.officer_id = o.id and r.role = 'IO'
          join jurisdiction_unit b on b.id = o.posting_unit_id
         where b.station_id = s.id) as io_id
from jurisdiction_unit s
where s.kind = 'STATION' and s.district_id = (select id from jurisdiction_unit where code = 'RAMPUR');

select count(*) as stations from bench_station \gset
select (now() at time zone 'Asia/Kolkata')::date as today \gset

insert into complaint (id, reference, status, version, channel, category_code, complainant_name, complainant_mobile,
                       description, incident_address, district_id, circle_id, station_id, enquiry_officer_id,
                       awaiting_role, return_count, reopen_count, registered_at, updated_at, due_on, clock_paused)
select g,
       'B' || lpad(g::text, 12, '0'),
       case when g % 20 = 0 then 'DISTRICT_INBOX' when g % 20 in (1, 2) then 'STATION_INBOX'
            when g % 20 in (16, 17) then 'REPORT_SUBMITTED' when g % 20 in (18, 19) then 'IN_REVIEW'
            else 'UNDER_ENQUIRY' end,
       1, 'PORTAL', 'THEFT', 'Bench complainant', '8' || lpad((g % 1000000000)::text, 9, '0'),
       'Bench complaint', 'Rampur',
       s.district_id,
       case when g % 20 = 0 then null else s.circle_id end,
       case when g % 20 = 0 then null else s.station_id end,
       case when g % 20 in (0, 1, 2) then null else s.io_id end,
       case when g % 20 in (16, 17) then 'SHO' when g % 20 in (18, 19) then 'CO' end,
       0, 0,
       ((:'today'::date - (g % 10)) + time '11:00') at time zone 'Asia/Kolkata',
       now(),
       :'today'::date - (g % 10) + 30,
       false
from generate_series(1, :n) g
join bench_station s on s.k = g % :stations;

insert into deadline_clock (complaint_id, reference, district_id, circle_id, station_id, enquiry_officer_id, counting,
                            limit_days, limit_seq, limit_started_on, due_on, warn_on, running, warned, defaulted,
                            stage, stage_owner, stage_seq, stage_started_on, stage_due_on, escalation_level,
                            escalated_to, paused_since, standing, next_check_at, updated_at)
select c.id, c.reference, c.district_id, c.circle_id, c.station_id, c.enquiry_officer_id, 'CALENDAR',
       30, 1, c.due_on - 30, c.due_on, c.due_on - 3, true, false, false,
       st.stage, st.owner, 3, :'today'::date, :'today'::date + st.days, 0,
       null, null, null,
       least((c.due_on - 3)::timestamp, (:'today'::date + st.days + 1)::timestamp) at time zone 'Asia/Kolkata',
       now()
from complaint c
cross join lateral (select
       case c.status when 'DISTRICT_INBOX' then 'MARKING' when 'STATION_INBOX' then 'ASSIGNMENT'
                     when 'UNDER_ENQUIRY' then 'ENQUIRY' else 'REVIEW' end as stage,
       case c.status when 'DISTRICT_INBOX' then 'IGRS_CELL' when 'STATION_INBOX' then 'SHO'
                     when 'UNDER_ENQUIRY' then 'IO' else c.awaiting_role end as owner,
       case c.status when 'DISTRICT_INBOX' then 1 when 'STATION_INBOX' then 1
                     when 'UNDER_ENQUIRY' then 15 else 3 end as days) st;

select setval('complaint_serial', :n + 1);
set session_replication_role = origin;
vacuum analyze complaint;
vacuum analyze deadline_clock;
checkpoint;
