-- EXPLAIN ANALYZE of the queries the lifecycle runs, and of the worklist queries (GET
-- /api/complaints) at the data size in the database. run.sh runs it after the measured run.
--   psql -h 127.0.0.1 -U postgres -d samadhan_bench -f bench/explain.sql
-- The SQL is copied from the repositories in src/main/java (ComplaintRepository, MonthlyLimit, ...)
-- with literal values; writes run inside a transaction that is rolled back.
\set ON_ERROR_STOP on
\pset pager off

select u.id as station_id, u.circle_id, u.district_id from jurisdiction_unit u where u.code = 'RAMPUR_KOTWALI' \gset
select id as sho_id from jurisdiction_officer where username = 'sho.kotwali' \gset
select id as io_id from jurisdiction_officer where username = 'io.kotwali.1' \gset
select id as co_id from jurisdiction_officer where username = 'co.city' \gset
select id as asp_id from jurisdiction_officer where username = 'asp.rampur' \gset
select id as recent_id, reference as recent_ref from complaint order by id desc limit 1 \gset
select id as old_id, reference as old_ref from complaint where id = 1 \gset
select count(*) as complaints, (select count(*) from complaint_history) as history_rows from complaint \gset
\echo complaints :complaints, history rows :history_rows

\echo '--- findByReference (every call of the lifecycle loads the complaint by reference)'
explain (analyze, buffers, costs off)
select id, reference, status, version, channel, category_code, complainant_name, complainant_mobile,
       complainant_address, complainant_email, victim_name, victim_mobile, victim_address, description,
       incident_date, incident_address, incident_latitude, incident_longitude, district_id, circle_id,
       station_id, enquiry_officer_id, awaiting_role, return_count, outside_office, registered_by,
       registered_at, updated_at
from complaint where reference = :'recent_ref';

\echo '--- history of a complaint'
explain (analyze, buffers, costs off)
select id, action, from_status, to_status, actor_officer_id, actor_name, actor_role,
       actor_posting_unit_id, reason, handed_to_officer_id, occurred_at
from complaint_history where complaint_id = :old_id order by id;

\echo '--- a status change: optimistic update and a history row (rolled back)'
begin;
explain (analyze, buffers, costs off)
update complaint set status = status, version = version + 1, updated_at = now()
where id = :recent_id and version = (select version from complaint where id = :recent_id);
explain (analyze, buffers, costs off)
insert into complaint_history (complaint_id, action, from_status, to_status, actor_officer_id, actor_name,
                               actor_role, actor_posting_unit_id, reason, handed_to_officer_id, occurred_at)
values (:recent_id, 'FORWARD', 'IN_REVIEW', 'IN_REVIEW', :co_id, 'CO City (demo)', 'CO', :circle_id, null, null, now());
explain (analyze, buffers, costs off)
update intake_mobile_quota set used = used + 1
where mobile = '9000000000' and calendar_month = to_char(now(), 'YYYY-MM') and used < 10;
rollback;

\echo '--- worklist of the SHO of Kotwali, all statuses, first page (GET /api/complaints as sho.kotwali)'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where (station_id = :station_id or enquiry_officer_id = :sho_id)
order by registered_at desc, id desc limit 20 offset 0;

\echo '--- worklist of the SHO of Kotwali, STATION_INBOX only'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where (station_id = :station_id or enquiry_officer_id = :sho_id) and status = 'STATION_INBOX'
order by registered_at desc, id desc limit 20 offset 0;

\echo '--- worklist of the CO City, all statuses'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where (circle_id = :circle_id or enquiry_officer_id = :co_id)
order by registered_at desc, id desc limit 20 offset 0;

\echo '--- worklist of the ASP (district scope), all statuses'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where (district_id in (:district_id) or enquiry_officer_id = :asp_id)
order by registered_at desc, id desc limit 20 offset 0;

\echo '--- worklist of the ASP, DISTRICT_INBOX only (the IGRS cell''s and ASP''s daily view)'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where (district_id in (:district_id) or enquiry_officer_id = :asp_id) and status = 'DISTRICT_INBOX'
order by registered_at desc, id desc limit 20 offset 0;

\echo '--- an IO''s own complaints (onlyMine)'
explain (analyze, buffers, costs off)
select reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
       awaiting_role, return_count, registered_at
from complaint where enquiry_officer_id = :io_id
order by registered_at desc, id desc limit 20 offset 0;
