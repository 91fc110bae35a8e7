-- A report's own photo hashes were read by complaint with no index, so the read went through the
-- whole table, growing with every report (5.5 ms a call at 1,000,000 complaints, found by
-- pg_stat_statements in bench/run.sh). A review's flags, read the same way, are now read through
-- the report checks (scrutiny_report_check_complaint) and the flags' report index.
create index scrutiny_photo_band_complaint on scrutiny_photo_band (complaint_id);
