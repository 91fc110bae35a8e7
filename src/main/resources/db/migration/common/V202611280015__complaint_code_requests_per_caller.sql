-- One caller's requests for codes across all numbers, for the per-caller limit.
create index complaint_code_request_client on complaint_code_request (client, requested_at);
