-- Lists without a status filter read a scope newest first: one index per scope level, ordered.
create index complaint_station_newest on complaint (station_id, registered_at);
create index complaint_circle_newest on complaint (circle_id, registered_at);
create index complaint_district_newest on complaint (district_id, registered_at);
create index complaint_officer_newest on complaint (enquiry_officer_id, registered_at);
create index complaint_newest on complaint (registered_at);
