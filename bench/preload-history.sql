-- The end of a preload, shared by preload.sql and preload-state.sql: every complaint's history rows
-- along the path to its status, with the officers of its district and station as actors (b_path,
-- b_district with one row per district, b_station, b_officer), the serial advanced past the
-- preloaded ids, statistics, and a checkpoint.
\echo 'inserting history'
insert into complaint_history (complaint_id, action, from_status, to_status, actor_officer_id, actor_name,
                               actor_role, actor_posting_unit_id, reason, handed_to_officer_id, occurred_at)
select c.id, p.action, p.from_status, p.to_status, o.id,
       coalesce(o.name_en, case when p.actor = 'SYSTEM' then 'Samadhan' else c.complainant_name end),
       case p.actor when 'REGISTRAR' then case when c.registered_by is null then 'CITIZEN' else 'OPERATOR' end
                    when 'CELL' then 'IGRS_CELL' else p.actor end,
       o.posting_unit_id,
       case p.action when 'RETURN_FOR_ENQUIRY' then 'Statement of the complainant is missing.'
                     when 'PROPOSE_SPECIAL_CLOSURE' then 'The matter is pending before a civil court.'
                     when 'TRANSFER_OUT' then 'Matter pertains to the revenue department.' end,
       case when p.action = 'ASSIGN' then c.enquiry_officer_id end,
       c.registered_at + (c.updated_at - c.registered_at) * greatest(p.step - 2, 0) / greatest(p.nsteps - 2, 1)
from complaint c
join b_path p on p.path = case when c.status = 'IN_REVIEW' then 'IN_REVIEW_' || c.awaiting_role else c.status end
join b_district b on b.district_id = c.district_id
left join b_station s on s.station_id = c.station_id
left join b_officer o on o.id = case p.actor
        when 'REGISTRAR' then c.registered_by
        when 'CELL' then b.cell_id
        when 'SHO' then s.sho_id
        when 'IO' then c.enquiry_officer_id
        when 'CO' then s.co_id
        when 'ASP' then b.asp_id end
order by c.id, p.step;

select setval('complaint_serial', (select max(id) from complaint));

reset session_replication_role;
\echo 'vacuum analyze'
vacuum (analyze) complaint;
vacuum (analyze) complaint_history;
analyze;
-- The preload writes gigabytes of WAL; without this the checkpoints it forces would still be
-- running (and charging full-page writes) during the measured load.
checkpoint;
