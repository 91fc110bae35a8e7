-- An enquiry officer's own dashboard counts their cases by the day they were registered, settled,
-- defaulted and reopened, and their quality figures over the settled ones: read from this index
-- alone instead of every row of the officer's (423 ms at 1M in bench/reporting, where an officer
-- holds about 16,000 cases). H2 keeps a plain index of the same leading columns.
create index reporting_case_officer_dates on reporting_case (officer_id, settled_on)
    include (registered_on, defaulted_on, reopened_on, disposed, disposed_in_time, feedback, flag_count,
             return_count, special_closed);
