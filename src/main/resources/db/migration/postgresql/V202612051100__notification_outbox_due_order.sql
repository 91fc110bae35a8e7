-- PostgreSQL only: the outbox poller claims the messages due soonest first
-- (status in PENDING/SENDING, next_attempt_at <= now, ordered by next_attempt_at, id). The index on
-- (status, next_attempt_at) cannot give that order across two statuses, so every claim read and
-- sorted the whole backlog: after a deadline sweep wrote 100,000 messages, each claim of 50 took
-- 225-450 ms of database time (10.7 s of the 14 s a 5 % sweep at 1M ran alongside). This index
-- holds only the messages still to send, in the claim's order; the claim reads its first rows.
-- H2 has no partial indexes and reads the old index without sorting (OutboxRepository).
drop index notification_outbox_due;
create index notification_outbox_due_order on notification_outbox (next_attempt_at, id)
    where status in ('PENDING', 'SENDING');
