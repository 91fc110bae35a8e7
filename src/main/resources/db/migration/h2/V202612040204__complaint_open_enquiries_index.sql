-- H2 has no partial indexes: "my cases" reads the officer index there (the demo's officers hold
-- few complaints). PostgreSQL adds a partial index of open enquiries in its own V202612040204;
-- this file keeps the two histories' versions alike.
comment on column complaint.due_on is 'The due date the deadline module shows (Complaints.showDue).';
