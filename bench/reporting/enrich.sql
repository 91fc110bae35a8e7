-- What bench/preload.sql does not make (it preloads complaints and their history only): feedback,
-- grades, the detector's findings, defaulters, warnings, escalations and reopens, spread over the
-- read model in field-like shares (satisfied 65 %, dissatisfied 20 %, not reached 15 %; 90 %
-- disposed in time; grades A 50 %, B 40 %, C 10 %), then the daily counts rebuilt from it.
update reporting_case set feedback = case when complaint_id % 20 < 13 then 'SATISFIED'
                                          when complaint_id % 20 < 17 then 'DISSATISFIED' else 'NO_ANSWER' end,
                          feedback_on = settled_on,
                          grade = case when complaint_id % 10 < 5 then 'A' when complaint_id % 10 < 9 then 'B' else 'C' end,
                          contact_ok = complaint_id % 25 <> 0, visit_ok = complaint_id % 30 <> 0,
                          flag_count = case when complaint_id % 7 = 0 then 1 else 0 end,
                          disposed_in_time = complaint_id % 10 <> 0
where disposed;
update reporting_case set defaulted_on = settled_on where disposed and not disposed_in_time;
update reporting_case set reopen_count = 1, reopened_on = settled_on + 5
where disposed and feedback = 'DISSATISFIED' and complaint_id % 3 = 0;
update reporting_case set defaulter = true, defaulted_on = registered_on + 31
where pending and registered_on < current_date - 31;
update reporting_case set near_default = true where pending and registered_on between current_date - 29 and current_date - 25;
update reporting_case set escalation_level = 1, escalated_on = registered_on + 3 where pending and complaint_id % 5 = 0;
update reporting_case set flag_count = 1 where pending and status in ('REPORT_SUBMITTED', 'IN_REVIEW') and complaint_id % 4 = 0;
truncate reporting_day;
insert into reporting_day (unit_id, counted_on, registered, disposed, disposed_in_time, defaulted)
select unit_id, counted_on, sum(registered), sum(disposed), sum(disposed_in_time), sum(defaulted)
from (select coalesce(station_id, district_id) unit_id, registered_on counted_on, 1 registered, 0 disposed,
             0 disposed_in_time, 0 defaulted from reporting_case
      union all
      select coalesce(station_id, district_id), settled_on, 0, 1, case when disposed_in_time then 1 else 0 end, 0
        from reporting_case where disposed
      union all
      select coalesce(station_id, district_id), defaulted_on, 0, 0, 0, 1 from reporting_case where defaulted_on is not null) t
group by unit_id, counted_on;
vacuum analyze reporting_case;
vacuum analyze reporting_day;
