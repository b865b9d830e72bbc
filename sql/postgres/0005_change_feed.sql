-- Live updates across consoles (storage::ChangeFeed): every insert or update of a row that a console shows
-- sends NOTIFY govops_changes '<table>:<id>:<version>', delivered when the transaction commits and never
-- for one that rolls back. The version is 0 where the table has none (ticket_events, escalations).
-- sql/sqlite/0005_change_feed.sql keeps a change log instead, which the consoles poll.

-- A trigger given the argument 'versioned' reads NEW.version; PL/pgSQL compiles the function per table, so the
-- branch is only looked at on tables that have the column.
CREATE FUNCTION govops_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_version integer := 0;
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'versioned' THEN
        row_version := NEW.version;
    END IF;
    PERFORM pg_notify('govops_changes', TG_TABLE_NAME || ':' || NEW.id || ':' || row_version);
    RETURN NULL;
END;
$$;

CREATE TRIGGER tickets_notify AFTER INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change('versioned');
CREATE TRIGGER ticket_events_notify AFTER INSERT OR UPDATE ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change();
CREATE TRIGGER escalations_notify AFTER INSERT OR UPDATE ON escalations
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change();
CREATE TRIGGER return_visits_notify AFTER INSERT OR UPDATE ON return_visits
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change('versioned');
CREATE TRIGGER configuration_items_notify AFTER INSERT OR UPDATE ON configuration_items
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change('versioned');
CREATE TRIGGER post_incident_analyses_notify AFTER INSERT OR UPDATE ON post_incident_analyses
    FOR EACH ROW EXECUTE FUNCTION govops_notify_change('versioned');
