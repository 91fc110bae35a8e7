-- Files: what was stored, where, its type as read from its bytes and its SHA-256.
create table attachment (
    id            varchar(36)  primary key,
    complaint_id  bigint       not null references complaint (id),
    purpose       varchar(24)  not null,
    media_type    varchar(60)  not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    original_name varchar(255),
    storage_key   varchar(200) not null,
    uploaded_by   bigint       references jurisdiction_officer (id),
    uploaded_at   timestamp with time zone not null
);
create index attachment_complaint on attachment (complaint_id);
