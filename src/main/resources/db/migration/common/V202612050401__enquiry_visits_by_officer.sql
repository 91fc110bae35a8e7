-- An officer's visits across all their complaints, in time order: the scrutiny of the officer's own
-- timeline reads the few around a report's visits.
create index enquiry_site_visit_officer on enquiry_site_visit (officer_id, visited_at);
