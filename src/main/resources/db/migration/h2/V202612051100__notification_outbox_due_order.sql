-- H2 has no partial indexes: the outbox poller reads notification_outbox_due (status,
-- next_attempt_at) without sorting (OutboxRepository). PostgreSQL replaces that index with a
-- partial one in the claim's order in its own V202612051100; this file keeps the two histories'
-- versions alike.
comment on index notification_outbox_due is 'The outbox poller''s claim reads this index in its order (H2).';
