-- PostgreSQL drops the foreign keys of the detector's band rows in its own V202612051400 (a trigger
-- query per row, half of each band insert's time there). H2, the development database, keeps them;
-- this file keeps the two histories' versions alike.
comment on table scrutiny_report_band is 'A report text''s band keys, written with scrutiny_report_text in one transaction.';
