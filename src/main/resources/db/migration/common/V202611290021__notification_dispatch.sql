-- Delivery of the outbox (see docs/adr/0006). Statuses: PENDING (due at next_attempt_at),
-- SENDING (claimed by claimed_by until claimed_until; next_attempt_at is then the end of the
-- lease, so one index finds both due and abandoned rows), SENT, RECORDED (no gateway configured:
-- kept for the admin, not sent), FAILED (refused, or out of attempts).
-- redacted_body replaces body once the message is delivered, for messages that carry a secret
-- (a citizen's one-time code is stored only as a hash anywhere else).
alter table notification_outbox add column redacted_body varchar(2000);

-- The admin's list, newest first, whole or by status or by recipient.
create index notification_outbox_status_id on notification_outbox (status, id);
create index notification_outbox_recipient on notification_outbox (recipient, id);
