-- A supervisor's list of pause requests waiting for a decision reads them by status.
create index deadline_pause_status on deadline_pause (status, requested_at);
