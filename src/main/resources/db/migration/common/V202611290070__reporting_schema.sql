-- The reporting module's read model: one row per complaint with what the dashboards, the lists
-- behind their figures and the monthly ranking need, kept current by listeners on the other
-- modules' events in the same transaction as the change; daily counts for the trend charts; and
-- the frozen rankings of past months. Nothing else reads or writes these tables.

-- One row per complaint. Dates (…_on) are days in Asia/Kolkata, the district's calendar.
-- settled_on is the day of the latest disposal or special closure; the quality figures of a
-- period (disposed in time, satisfaction, flags, grades, compliance) are read over the complaints
-- settled in it.
create table reporting_case (
    complaint_id      bigint       primary key,
    reference         varchar(13)  not null,
    district_id       bigint       not null,
    circle_id         bigint,
    station_id        bigint,
    beat_id           bigint,
    officer_id        bigint,
    channel           varchar(24)  not null,
    category_code     varchar(40)  not null,
    status            varchar(32)  not null,
    pending           boolean      not null,
    registered_at     timestamp with time zone not null,
    registered_on     date         not null,
    due_on            date,
    clock_paused      boolean      not null default false,
    settled_on        date,
    disposed          boolean      not null default false,
    disposed_in_time  boolean,
    special_closed    boolean      not null default false,
    near_default      boolean      not null default false,
    defaulter         boolean      not null default false,
    defaulted_on      date,
    escalation_level  integer      not null default 0,
    escalated_on      date,
    return_count      integer      not null default 0,
    reopen_count      integer      not null default 0,
    reopened_on       date,
    flag_count        integer      not null default 0,
    contact_ok        boolean,
    visit_ok          boolean,
    grade             varchar(1),
    feedback          varchar(12),
    feedback_on       date,
    updated_at        timestamp with time zone not null
);
-- Pending work of a district (by station, officer and age): read from the index alone.
create index reporting_case_pending on reporting_case (district_id, pending, station_id, officer_id, registered_on);
-- The complaints settled in a period (dashboard quality figures, the month's ranking).
create index reporting_case_settled on reporting_case (district_id, settled_on);
-- Defaulters and reopens of a period (the ranking's and the lists').
create index reporting_case_defaulted on reporting_case (district_id, defaulted_on);
create index reporting_case_reopened on reporting_case (district_id, reopened_on);
-- An enquiry officer's own cases, and every list newest first within a district.
create index reporting_case_officer on reporting_case (officer_id, pending, registered_on);
create index reporting_case_newest on reporting_case (district_id, registered_at);

-- Daily counts for the trend charts, per unit: a station, or the district itself for complaints
-- not yet marked to a station. A complaint's registration moves with it when it is marked.
-- A day's count is spread over a few slots, each change adding to one chosen at random, so that
-- the district's registrations of a day do not all queue on one row; readers sum the slots.
create table reporting_day (
    unit_id          bigint   not null,
    counted_on       date     not null,
    slot             smallint not null default 0,
    registered       integer  not null default 0,
    disposed         integer  not null default 0,
    disposed_in_time integer  not null default 0,
    defaulted        integer  not null default 0,
    primary key (unit_id, counted_on, slot)
);

-- A month's ranking, frozen once the month is over. The primary key is the claim: of two
-- instances freezing the same month and level, the second insert fails and it does nothing.
create table reporting_ranking_run (
    ranking_month      date        not null,
    ranking_level      varchar(12) not null,
    frozen_at  timestamp with time zone not null,
    max_score  numeric(8,2) not null,
    settings   varchar(2000) not null,
    primary key (ranking_month, ranking_level)
);

create table reporting_ranking_score (
    ranking_month        date        not null,
    ranking_level        varchar(12) not null,
    unit_id      bigint      not null,
    place        integer     not null,
    score        numeric(8,2) not null,
    settled      integer     not null,
    primary key (ranking_month, ranking_level, unit_id),
    foreign key (ranking_month, ranking_level) references reporting_ranking_run (ranking_month, ranking_level)
);

-- Each parameter of each score: the raw numbers, the ratio, the weight and the marks.
create table reporting_ranking_part (
    ranking_month        date        not null,
    ranking_level        varchar(12) not null,
    unit_id      bigint      not null,
    parameter    varchar(32) not null,
    numerator    bigint      not null,
    denominator  bigint      not null,
    ratio        numeric(7,4),
    weight       numeric(6,2) not null,
    marks        numeric(8,2),
    primary key (ranking_month, ranking_level, unit_id, parameter),
    foreign key (ranking_month, ranking_level, unit_id) references reporting_ranking_score (ranking_month, ranking_level, unit_id)
);
