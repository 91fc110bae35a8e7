-- Issue 9: the monthly limit protects the complainant, not the attacker. Portal filings made
-- without proving the mobile (anyone can type anyone's number) are counted in
-- intake_mobile_quota; once that is used up, the portal asks for a one-time code sent to the number,
-- and filings made with it are counted here, apart, so that a stranger can never use up the
-- owner's own ten.
create table intake_confirmed_quota (
    mobile         varchar(10) not null,
    calendar_month varchar(7)  not null,
    used           integer     not null,
    primary key (mobile, calendar_month)
);

-- The same one-time codes prove a mobile before filing: such a code belongs to a number, not to a
-- complaint.
alter table complaint_citizen_code alter column complaint_id drop not null;
alter table complaint_citizen_code add column mobile varchar(10);
alter table complaint_citizen_code add constraint complaint_citizen_code_owner
    check ((complaint_id is null and mobile is not null) or (complaint_id is not null and mobile is null));
create index complaint_citizen_code_mobile on complaint_citizen_code (mobile, issued_at);
