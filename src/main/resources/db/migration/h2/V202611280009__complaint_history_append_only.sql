-- The history is append-only on H2 as well: a Java trigger refuses UPDATE and DELETE.
create trigger complaint_history_append_only
    before update, delete on complaint_history
    for each row call 'org.samadhan.complaint.internal.AppendOnlyTrigger';
