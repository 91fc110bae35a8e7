-- PostgreSQL only: words are matched by full-text search. The terms are already analysed in Java,
-- so they become a tsvector as they are (array_to_tsvector: no parser, no dictionary, whatever the
-- database's locale does with Devanagari), kept beside the text (a generated column, written once
-- with the row) so that a list that walks complaints newest first and tests each one's terms reads
-- a ready tsvector instead of building one per row; a query is a tsquery of quoted terms, all of
-- which must match (ComplaintRepository).
alter table complaint_search_terms
    add column vector tsvector generated always as (array_to_tsvector(string_to_array(btrim(terms), ' '))) stored;
create index complaint_search_terms_match on complaint_search_terms using gin (vector);
-- With the GIN index, a bitmap of a word's matches of the last week (or two months, or year).
create index complaint_search_terms_registered on complaint_search_terms (registered_at);
