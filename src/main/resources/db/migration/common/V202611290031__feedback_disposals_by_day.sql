-- The daily audit draw asks which districts disposed of anything in a window of days; without
-- an index that leads on the time it would read every disposal ever requested.
create index feedback_request_by_day on feedback_request (requested_at, district_id);
