-- Every status change writes a new entry into every index of complaint: keep only those a list
-- reads. "My cases" reads (enquiry_officer_id, registered_at); a state-wide list is rare enough to
-- go without its own index.
drop index complaint_enquiry_officer;
drop index complaint_newest;
