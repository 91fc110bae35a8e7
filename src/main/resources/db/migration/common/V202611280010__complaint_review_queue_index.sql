-- The review queue: complaints waiting for a level of review, within a district.
create index complaint_awaiting_role on complaint (awaiting_role, district_id, registered_at);
