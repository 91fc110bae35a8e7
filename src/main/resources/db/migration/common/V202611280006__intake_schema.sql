-- A retried submit with the same key returns the first complaint.
create table intake_idempotency (
    idempotency_key varchar(100) primary key,
    fingerprint     varchar(64)  not null,
    complaint_id    bigint       not null,
    created_at      timestamp with time zone not null
);

-- Complaints filed per mobile number per calendar month (the 10-a-month rule).
create table intake_mobile_quota (
    mobile     varchar(10) not null,
    month      varchar(7)  not null,
    used       integer     not null,
    primary key (mobile, month)
);
