-- An enquiry officer's own dashboard counts their cases by date; PostgreSQL's index of the same
-- name carries the counted columns too (INCLUDE, which H2 lacks).
create index reporting_case_officer_dates on reporting_case (officer_id, settled_on);
