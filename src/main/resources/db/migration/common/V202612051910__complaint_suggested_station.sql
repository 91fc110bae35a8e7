-- The police station named when the complaint was filed (by the citizen on the portal or the API, or
-- by an operator), kept as a suggestion for the IGRS cell: the complaint is still routed as before,
-- to the district's inbox unless its channel hears it at the station (issue 11). Null when none was
-- named. Only ever a station of the complaint's district: intake refuses any other.
alter table complaint add column suggested_station_id bigint references jurisdiction_unit (id);
