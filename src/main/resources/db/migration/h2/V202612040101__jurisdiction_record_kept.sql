-- On H2 as on PostgreSQL: the record of administration is never updated or deleted, and a
-- posting is only ever ended, once (Java triggers).
create trigger jurisdiction_change_append_only
    before update, delete on jurisdiction_change
    for each row call 'org.samadhan.jurisdiction.internal.AppendOnlyTrigger';

create trigger jurisdiction_posting_history
    before update, delete on jurisdiction_posting
    for each row call 'org.samadhan.jurisdiction.internal.PostingEndedOnceTrigger';
