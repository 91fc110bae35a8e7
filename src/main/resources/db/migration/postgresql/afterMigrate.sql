-- After every migration (Flyway callback), run by the owner of the schema: the application's own
-- role (samadhan.database.app-role) may read and write the working tables, and may only add to the
-- record: the history, the evidence and the record of administration cannot be changed or removed
-- by the login the application runs with, whatever a bug or an intruder in it tries. The role owns
-- nothing, so it cannot disable a trigger either; set session_replication_role needs a superuser.
-- Without an app role (one login for everything, as in development) nothing is granted here.
do $$
declare
    app text := '${approle}';
    kept text[] := array[
        -- history and record of administration: append only
        'complaint_history', 'jurisdiction_change',
        -- evidence: what the enquiry found, what reviewers decided, what the detector flagged
        'enquiry_contact', 'enquiry_report', 'enquiry_site_visit', 'enquiry_visit_photo',
        'review_decision', 'scrutiny_flag', 'scrutiny_override', 'scrutiny_site_photo', 'feedback_answer',
        'attachment'];
    -- rows that are closed once (a posting ends, a statement gets its scan) but never removed
    never_removed text[] := array['jurisdiction_posting', 'enquiry_statement', 'review_special_closure'];
    t text;
begin
    if app = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'samadhan.database.app-role names % but no such role exists', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    foreach t in array kept loop
        execute format('revoke update, delete, truncate on %I from %I', t, app);
    end loop;
    foreach t in array never_removed loop
        execute format('revoke delete, truncate on %I from %I', t, app);
    end loop;
end $$;
