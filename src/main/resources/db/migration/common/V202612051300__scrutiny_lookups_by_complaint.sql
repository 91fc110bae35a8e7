-- Two reads by complaint that had no index and so read the whole table, growing with every report
-- (found by pg_stat_statements in bench/run.sh at 1,000,000 complaints): a review's flags
-- (2.2 ms a call, three calls a lifecycle) and a report's own photo hashes (5.5 ms a call).
create index scrutiny_flag_complaint on scrutiny_flag (complaint_id, id);
create index scrutiny_photo_band_complaint on scrutiny_photo_band (complaint_id);
