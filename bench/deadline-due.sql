-- Makes :pct percent of the benchmark's open complaints due now, a third each of:
--   a warning (the limit ends in three days), an overdue stage (escalates once), and a limit that
--   ended yesterday (defaulted, and its stage, cut at the limit, escalates once).
-- :slot (0, 1, ...) picks which complaints, so that successive runs take different ones.
--   psql -d samadhan_deadline_bench -v pct=1 -v slot=0 -f bench/deadline-due.sql
\set ON_ERROR_STOP on
select (now() at time zone 'Asia/Kolkata')::date as today \gset
update deadline_clock set
    warn_on      = case (complaint_id / 100) % 3 when 0 then :'today'::date else warn_on end,
    due_on       = case (complaint_id / 100) % 3 when 0 then :'today'::date + 3
                                                 when 2 then :'today'::date - 1 else due_on end,
    warned       = (complaint_id / 100) % 3 <> 0,
    stage_due_on = case (complaint_id / 100) % 3 when 0 then :'today'::date + 3 else :'today'::date - 1 end,
    next_check_at = now() - interval '1 minute'
where complaint_id % 100 >= :slot * :pct and complaint_id % 100 < (:slot + 1) * :pct;
analyze deadline_clock;
