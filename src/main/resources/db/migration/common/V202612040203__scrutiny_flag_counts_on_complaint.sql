-- The scrutiny module tells each complaint the flag count of its latest checked report, once for
-- the reports checked before complaint.flag_count existed; from now on PaperDisposalDetector does
-- it through Complaints.showFlags as each report is checked.
update complaint set flag_count = (
    select r.flag_count from scrutiny_report_check r
    where r.complaint_id = complaint.id
    order by r.report_id desc
    limit 1)
where id in (select complaint_id from scrutiny_report_check);
