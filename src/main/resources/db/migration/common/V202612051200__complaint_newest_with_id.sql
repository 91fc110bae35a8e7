-- Lists read newest first as "registered_at desc, id desc", but the newest-first indexes ended at
-- registered_at: an index could not give the whole order, and PostgreSQL sorted every complaint of
-- the scope for the first page. With the id in the index a district's first page is an index-only
-- scan of 20 rows (0.04 ms at 1M). A zone, a range or the state reads each of its districts' index
-- in order and merges them (ComplaintRepository.list, Scope.whereEach): at 1M over the 75 districts
-- the state's worklist took 630 ms and a zone's 300 ms (at 10M: 5.9 s and 4.9 s). The state keeps
-- no index of its own (V202611280014: one more entry to write on every status change).
drop index complaint_station_newest;
drop index complaint_circle_newest;
drop index complaint_district_newest;
drop index complaint_officer_newest;
create index complaint_station_newest on complaint (station_id, registered_at, id);
create index complaint_circle_newest on complaint (circle_id, registered_at, id);
create index complaint_district_newest on complaint (district_id, registered_at, id);
create index complaint_officer_newest on complaint (enquiry_officer_id, registered_at, id);
