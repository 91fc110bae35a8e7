-- PostgreSQL only: the dashboard's two aggregations read an index alone. Pending work is a few
-- per cent of a district's complaints, so its index holds only pending rows (a partial index) and
-- carries the columns the figures count; the settled index carries what the quality figures and
-- the ranking count. (H2 has neither partial indexes nor INCLUDE; it keeps the plain indexes.)
drop index reporting_case_pending;
create index reporting_case_pending on reporting_case (district_id, station_id, officer_id, registered_on)
    include (near_default, defaulter, escalation_level, flag_count, return_count, reopen_count, circle_id)
    where pending;
drop index reporting_case_settled;
create index reporting_case_settled on reporting_case (district_id, settled_on)
    include (disposed, disposed_in_time, feedback, flag_count, return_count, special_closed, circle_id, station_id,
             beat_id, contact_ok, visit_ok, grade);
