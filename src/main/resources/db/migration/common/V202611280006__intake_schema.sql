-- A retried submit with the same key returns the first complaint. The key is claimed before the
-- complaint exists, and given its complaint in the same transaction.
create table intake_idempotency (
    idempotency_key varchar(100) primary key,
    fingerprint     varchar(64)  not null,
    complaint_id    bigint,
    created_at      timestamp with time zone not null
);

-- Complaints filed per mobile number per calendar month (the 10-a-month rule).
create table intake_mobile_quota (
    mobile     varchar(10) not null,
    calendar_month varchar(7) not null,
    used       integer     not null,
    primary key (mobile, calendar_month)
);
