-- Search (issue 8). A complaint's search terms: its complainant's name, description and incident
-- address analysed once at registration (org.samadhan.complaint.SearchTerms: Hindi and English
-- normalisation, stop words, stemming), space-separated with a space at both ends. They sit in a
-- table of their own, written once and never updated: on PostgreSQL every update of a complaint
-- row that changes an indexed column (each status change does) writes a new entry into every index
-- of the row, and a GIN index over some sixty terms on the complaint row made a status change about
-- four times as costly (measured: 90 against 22 microseconds, 9 against 2.5 KB of WAL per update).
-- Complaints registered before this have no row yet; SearchTermsBackfill writes them after start.
-- registered_at is the complaint's (which never changes), so that a words search can look at the
-- last week's matches first (ComplaintRepository.list) instead of every complaint that has a word.
create table complaint_search_terms (
    complaint_id  bigint                   primary key references complaint (id),
    registered_at timestamp with time zone not null,
    terms         varchar(10000)           not null
);

-- How many flags the paper-disposal detector raised on the complaint's latest report, as the
-- scrutiny module tells it (Complaints.showFlags), for the lists' "flagged" filter.
alter table complaint add column flag_count integer not null default 0;
