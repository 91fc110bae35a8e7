-- Issue 9: a stranger filing anonymously on the portal with someone else's mobile number must not
-- lock that person out of the front desk and 1076. Complaints an officer registers (operators, the
-- front desk, the helpline) are counted apart from the portal's anonymous ones, under the same limit.
create table intake_office_quota (
    mobile         varchar(10) not null,
    calendar_month varchar(7)  not null,
    used           integer     not null,
    primary key (mobile, calendar_month)
);
