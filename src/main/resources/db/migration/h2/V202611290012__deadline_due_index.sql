-- The sweep's queue (H2 has no partial index; PostgreSQL's leaves the nulls out).
create index deadline_clock_due on deadline_clock (next_check_at);
