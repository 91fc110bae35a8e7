-- The next hearing date a report names, when the matter has one fixed (optional).
alter table enquiry_report add column next_hearing_on date;
