-- The detector's band rows (about 80 a lifecycle: 32 for a complaint's text, 32 for a report's,
-- 6 per photo crop set) are lookup keys derived from their text or photo row, written by one method
-- in the same transaction as that row and never changed or removed on their own. Their foreign keys
-- cost a trigger query per row, about half of each band insert's time on PostgreSQL (EXPLAIN
-- ANALYZE at 1M: 1.0-1.5 ms of 3 ms for 32 rows), and guard nothing those methods do not. H2, the
-- development database, keeps them.
alter table scrutiny_complaint_band drop constraint if exists scrutiny_complaint_band_complaint_id_fkey;
alter table scrutiny_report_band drop constraint if exists scrutiny_report_band_report_id_fkey;
alter table scrutiny_photo_band drop constraint if exists scrutiny_photo_band_attachment_id_fkey;
