-- Each site photo as the detector knows it: where it was filed (complaint, visit, officer, place),
-- the SHA-256 of its bytes and its perceptual hash (null when it is no image ImageIO reads, or too
-- plain to tell apart). A photo filed again in another complaint is found by either. Rows are only added.
create table scrutiny_site_photo (
    attachment_id varchar(36)  primary key,
    complaint_id  bigint       not null references complaint (id),
    reference     varchar(13)  not null,
    visit_id      bigint       not null,
    officer_id    bigint       not null,
    district_id   bigint       not null,
    station_id    bigint,
    visited_at    timestamp with time zone not null,
    sha256        varchar(64)  not null,
    phash         bigint,
    hashed_at     timestamp with time zone not null
);
create index scrutiny_site_photo_sha256 on scrutiny_site_photo (sha256);
create index scrutiny_site_photo_complaint on scrutiny_site_photo (complaint_id);

-- The perceptual hashes of each photo (crop 0: the whole picture; 1-5: its crops), split into three
-- bands of 22, 21 and 21 bits: two hashes within 5 bits agree on some band to within 1 bit, so a
-- lookup asks for each band of each hash and its one-bit neighbours, and compares whole hashes only
-- for the rows found, together with their fine (121-bit) hashes, fine_a and fine_b. A photo's crops
-- are looked up among whole pictures only (crop = 0). The band key (band << 32 | value) leads the index.
create table scrutiny_photo_band (
    band_key      bigint      not null,
    attachment_id varchar(36) not null references scrutiny_site_photo (attachment_id),
    complaint_id  bigint      not null,
    crop          smallint    not null,
    hash          bigint      not null,
    fine_a        bigint      not null,
    fine_b        bigint      not null
);
create index scrutiny_photo_band_key on scrutiny_photo_band (band_key, crop);
