-- Builds the reporting read model from the source tables for complaints that existed before the
-- reporting module (after this, its listeners keep it current). The benchmark runs this file again
-- after its preload (bench/reporting/run.sh). Days are Asia/Kolkata.
-- Approximations where the sources keep no more: disposed_in_time compares the latest disposal
-- with the due date as it stands now; near_default is the deadline clock's warning of the
-- current limit; the beat is the posting of the officer holding the enquiry now.
insert into reporting_case (complaint_id, reference, district_id, circle_id, station_id, beat_id, officer_id, channel,
                            category_code, status, pending, registered_at, registered_on, due_on, clock_paused,
                            settled_on, disposed, disposed_in_time, special_closed, near_default, defaulter,
                            defaulted_on, escalation_level, escalated_on, return_count, reopen_count, reopened_on,
                            flag_count, contact_ok, visit_ok, grade, feedback, feedback_on, updated_at)
select c.id, c.reference, c.district_id, c.circle_id, c.station_id,
       (select u.id from jurisdiction_officer o join jurisdiction_unit u on u.id = o.posting_unit_id
         where o.id = c.enquiry_officer_id and u.kind in ('BEAT', 'OUTPOST')),
       c.enquiry_officer_id, c.channel, c.category_code, c.status,
       c.status not in ('DISPOSED', 'FEEDBACK_PENDING', 'CLOSED', 'CLOSED_NO_FEEDBACK', 'APPEALED', 'SPECIAL_CLOSED',
                        'TRANSFERRED'),
       c.registered_at, cast(c.registered_at at time zone 'Asia/Kolkata' as date), c.due_on, c.clock_paused,
       case when c.status in ('DISPOSED', 'FEEDBACK_PENDING', 'CLOSED', 'CLOSED_NO_FEEDBACK', 'APPEALED', 'SPECIAL_CLOSED')
            then (select cast(max(h.occurred_at) at time zone 'Asia/Kolkata' as date) from complaint_history h
                   where h.complaint_id = c.id and h.action in ('DISPOSE', 'APPROVE_SPECIAL_CLOSURE')) end,
       c.status in ('DISPOSED', 'FEEDBACK_PENDING', 'CLOSED', 'CLOSED_NO_FEEDBACK', 'APPEALED'),
       null,
       c.status = 'SPECIAL_CLOSED',
       coalesce((select k.warned and not k.defaulted from deadline_clock k where k.complaint_id = c.id), false),
       coalesce((select k.defaulted from deadline_clock k where k.complaint_id = c.id), false),
       (select cast(max(n.noticed_at) at time zone 'Asia/Kolkata' as date) from deadline_notice n
         where n.complaint_id = c.id and n.kind = 'DEFAULTED'),
       coalesce((select k.escalation_level from deadline_clock k where k.complaint_id = c.id), 0),
       (select cast(max(e.escalated_at) at time zone 'Asia/Kolkata' as date) from deadline_escalation e
         where e.complaint_id = c.id),
       c.return_count, c.reopen_count,
       (select cast(max(h.occurred_at) at time zone 'Asia/Kolkata' as date) from complaint_history h
         where h.complaint_id = c.id and h.to_status = 'REOPENED'),
       coalesce((select s.flag_count from scrutiny_report_check s where s.complaint_id = c.id
                  and s.report_id = (select max(s2.report_id) from scrutiny_report_check s2 where s2.complaint_id = c.id)), 0),
       null, null,
       (select d.grade from review_decision d where d.complaint_id = c.id and d.decision = 'APPROVED'
          and d.id = (select max(d2.id) from review_decision d2 where d2.complaint_id = c.id and d2.decision = 'APPROVED')),
       case c.status when 'FEEDBACK_PENDING' then 'PENDING' when 'CLOSED_NO_FEEDBACK' then 'NO_ANSWER' else
            (select case when a.satisfied then 'SATISFIED' else 'DISSATISFIED' end from feedback_answer a
              where a.complaint_id = c.id and a.id = (select max(a2.id) from feedback_answer a2 where a2.complaint_id = c.id)) end,
       (select cast(max(a.answered_at) at time zone 'Asia/Kolkata' as date) from feedback_answer a where a.complaint_id = c.id),
       c.updated_at
from complaint c;

update reporting_case set disposed_in_time = (due_on is null or settled_on <= due_on) where disposed;

-- Compliance as the detector judged the latest report: no contact flag, no site-visit flag.
update reporting_case set
    contact_ok = not exists (select 1 from scrutiny_flag f where f.complaint_id = reporting_case.complaint_id
                              and f.code in ('CONTACT_AFTER_REPORT', 'NO_REACHING_CONTACT')
                              and f.report_id = (select max(s.report_id) from scrutiny_report_check s
                                                  where s.complaint_id = reporting_case.complaint_id)),
    visit_ok = not exists (select 1 from scrutiny_flag f where f.complaint_id = reporting_case.complaint_id
                            and f.code in ('VISIT_FAR_FROM_INCIDENT', 'PHOTO_DISAGREES')
                            and f.report_id = (select max(s.report_id) from scrutiny_report_check s
                                                where s.complaint_id = reporting_case.complaint_id))
where exists (select 1 from scrutiny_report_check s where s.complaint_id = reporting_case.complaint_id);

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
