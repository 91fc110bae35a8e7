-- EXPLAIN (ANALYZE, BUFFERS) of the SQL ComplaintRepository.list runs for searches and filtered
-- lists, as the district's IGRS cell (district scope), Kotwali's SHO (station scope) and one of its
-- IOs (own cases) would send it, with values taken from the data. Terms are the analyser's
-- (bench/search/analyser.sh बकरियों ... prints them).
\set ON_ERROR_STOP on
-- As ComplaintRepository.list reads a page: without parallel workers.
set max_parallel_workers_per_gather = 0;
select id as d from jurisdiction_unit where code = 'RAMPUR' \gset
select id as st from jurisdiction_unit where code = 'RAMPUR_KOTWALI' \gset
select id as cell from jurisdiction_officer where username = 'cell.rampur' \gset
select id as sho from jurisdiction_officer where username = 'sho.kotwali' \gset
select id as io from jurisdiction_officer where username = 'io.kotwali.1' \gset
select complainant_mobile as m from complaint where id = (select max(id) / 2 from complaint) \gset
select (current_date) as today \gset
-- The first window of a words search: its scope's 2,001st newest complaint (samadhan.search.words-windows).
select registered_at as dwin from complaint where district_id = :d order by registered_at desc limit 1 offset 2000 \gset
select registered_at as swin from complaint where station_id = :st order by registered_at desc limit 1 offset 2000 \gset
\set cols 'id, reference, status, category_code, channel, district_id, station_id, enquiry_officer_id, awaiting_role, return_count, registered_at, due_on'
\set newest 'registered_at desc, id desc'

\echo '== by mobile, district scope'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and complainant_mobile = :'m' order by :newest limit 100)
 union (select :cols from complaint where enquiry_officer_id = :cell and complainant_mobile = :'m' order by :newest limit 100)) page
order by :newest limit 100 offset 0;

\echo '== a common Hindi word (बकरियों -> बकर, ~3 %), district, first window (the newest 2,000)'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :cell and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== a phrase whose words always come together (जान से मारने की धमकी), district, first window'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'जान' & 'मार' & 'धमक'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :cell and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'जान' & 'मार' & 'धमक'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== the same phrase over all time (what the planner would do without windows)'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'जान' & 'मार' & 'धमक'$$ as tsquery)) order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :cell and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'जान' & 'मार' & 'धमक'$$ as tsquery)) order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== a thing at a village (बकरी पटवाई), district, first window'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर' & 'पटवाइ'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :cell and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर' & 'पटवाइ'$$ as tsquery) and s.registered_at >= :'dwin') and registered_at >= :'dwin' order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== a thing at a village, district, all time (the last window when the first ones hold fewer than a page)'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर' & 'पटवाइ'$$ as tsquery)) order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :cell and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर' & 'पटवाइ'$$ as tsquery)) order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== a common Hindi word, station, first window'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where station_id = :st and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर'$$ as tsquery) and s.registered_at >= :'swin') and registered_at >= :'swin' order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :sho and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'बकर'$$ as tsquery) and s.registered_at >= :'swin') and registered_at >= :'swin' order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== a thing and a common word (नकदी चोरी -> नकद & चोर; चोरी is in a third of all complaints), station, first window'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where station_id = :st and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'नकद' & 'चोर'$$ as tsquery) and s.registered_at >= :'swin') and registered_at >= :'swin' order by :newest limit 20)
 union (select :cols from complaint where enquiry_officer_id = :sho and id in (select s.complaint_id from complaint_search_terms s
   where s.vector @@ cast($$'नकद' & 'चोर'$$ as tsquery) and s.registered_at >= :'swin') and registered_at >= :'swin' order by :newest limit 20)) page
order by :newest limit 20 offset 0;

\echo '== district inbox, due soonest'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and status = 'DISTRICT_INBOX' order by due_on nulls last, registered_at, id limit 100)
 union (select :cols from complaint where enquiry_officer_id = :cell and status = 'DISTRICT_INBOX' order by due_on nulls last, registered_at, id limit 100)) page
order by due_on nulls last, registered_at, id limit 100 offset 0;

\echo '== district inbox, theft only'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and status = 'DISTRICT_INBOX' and category_code = 'THEFT' order by :newest limit 100)
 union (select :cols from complaint where enquiry_officer_id = :cell and status = 'DISTRICT_INBOX' and category_code = 'THEFT' order by :newest limit 100)) page
order by :newest limit 100 offset 0;

\echo '== defaulters of the district'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and due_on < :'today' and clock_paused = false
   and status not in ('DISPOSED','FEEDBACK_PENDING','CLOSED','CLOSED_NO_FEEDBACK','APPEALED','SPECIAL_CLOSED','TRANSFERRED') order by :newest limit 100)
 union (select :cols from complaint where enquiry_officer_id = :cell and due_on < :'today' and clock_paused = false
   and status not in ('DISPOSED','FEEDBACK_PENDING','CLOSED','CLOSED_NO_FEEDBACK','APPEALED','SPECIAL_CLOSED','TRANSFERRED') order by :newest limit 100)) page
order by :newest limit 100 offset 0;

\echo '== flagged, district'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where district_id in (:d) and flag_count > 0 order by :newest limit 100)
 union (select :cols from complaint where enquiry_officer_id = :cell and flag_count > 0 order by :newest limit 100)) page
order by :newest limit 100 offset 0;

\echo '== station inbox, due soonest'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where station_id = :st and status = 'STATION_INBOX' order by due_on nulls last, registered_at, id limit 100)
 union (select :cols from complaint where enquiry_officer_id = :sho and status = 'STATION_INBOX' order by due_on nulls last, registered_at, id limit 100)) page
order by due_on nulls last, registered_at, id limit 100 offset 0;

\echo '== defaulters of the station'
explain (analyze, buffers, costs off)
select * from ((select :cols from complaint where station_id = :st and due_on < :'today' and clock_paused = false
   and status not in ('DISPOSED','FEEDBACK_PENDING','CLOSED','CLOSED_NO_FEEDBACK','APPEALED','SPECIAL_CLOSED','TRANSFERRED') order by :newest limit 100)
 union (select :cols from complaint where enquiry_officer_id = :sho and due_on < :'today' and clock_paused = false
   and status not in ('DISPOSED','FEEDBACK_PENDING','CLOSED','CLOSED_NO_FEEDBACK','APPEALED','SPECIAL_CLOSED','TRANSFERRED') order by :newest limit 100)) page
order by :newest limit 100 offset 0;

\echo '== my cases: open enquiries, due soonest'
explain (analyze, buffers, costs off)
select :cols from complaint where enquiry_officer_id = :io
  and status in ('ASSIGNED','UNDER_ENQUIRY','RETURNED','SPECIAL_CLOSURE_PROPOSED')
order by due_on nulls last, registered_at, id limit 100 offset 0;

\echo '== my cases: defaulters'
explain (analyze, buffers, costs off)
select :cols from complaint where enquiry_officer_id = :io and due_on < :'today' and clock_paused = false
   and status not in ('DISPOSED','FEEDBACK_PENDING','CLOSED','CLOSED_NO_FEEDBACK','APPEALED','SPECIAL_CLOSED','TRANSFERRED')
order by :newest limit 100 offset 0;
