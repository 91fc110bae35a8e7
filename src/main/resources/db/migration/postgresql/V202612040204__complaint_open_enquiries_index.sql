-- PostgreSQL only: "my cases", the investigating officer's page, lists their open enquiries due
-- soonest first. The officer index (enquiry_officer_id, registered_at) holds every complaint the
-- officer ever had, most of them disposed: at 1M complaints, 870 open among an officer's 28,700
-- took 240 ms to find and sort. This index holds only open enquiries, in due-date order, so only
-- the updates of a complaint while its enquiry is open write to it; the list reads its first page
-- in order. H2 has no partial indexes and keeps none.
create index complaint_open_enquiries on complaint (enquiry_officer_id, due_on, registered_at, id)
    where status in ('ASSIGNED', 'UNDER_ENQUIRY', 'RETURNED', 'SPECIAL_CLOSURE_PROPOSED');
