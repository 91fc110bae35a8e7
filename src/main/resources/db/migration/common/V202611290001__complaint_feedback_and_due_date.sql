-- Reopens are counted like returns. The due date is the deadline module's, kept here as well so
-- that the complainant and every list can show it without asking another module.
alter table complaint add column reopen_count integer not null default 0;
alter table complaint add column due_on date;
alter table complaint add column clock_paused boolean not null default false;
