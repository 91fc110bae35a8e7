-- H2 has no full-text search and no GIN index: ComplaintRepository matches each term with
-- LIKE '% term %' over complaint_search_terms (fine for the demo's size; PostgreSQL indexes it in
-- its own V202612040202). This file keeps the two histories' versions alike.
comment on table complaint_search_terms is 'Search terms of each complaint (complaint module).';
