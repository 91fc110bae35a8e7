-- The sweep's queue: only clocks with something to do are in the index.
create index deadline_clock_due on deadline_clock (next_check_at) where next_check_at is not null;
