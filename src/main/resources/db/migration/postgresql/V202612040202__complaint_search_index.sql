-- PostgreSQL only: words are matched by full-text search. The terms are already analysed in Java,
-- so they become a tsvector as they are (array_to_tsvector: no parser, no dictionary, whatever the
-- database's locale does with Devanagari), and the query is a tsquery of quoted terms, all of which
-- must match. ComplaintRepository's condition is exactly this expression.
create index complaint_search_terms_match on complaint_search_terms
    using gin (array_to_tsvector(string_to_array(btrim(terms), ' ')));
