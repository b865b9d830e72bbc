-- Live updates across consoles (storage::ChangeFeed): SQLite has no NOTIFY, so triggers append every insert or
-- update of a row that a console shows to change_log, and each console polls it for seq > the last it saw.
-- The version is 0 where the table has none (ticket_events, escalations). Consoles prune rows older than a few
-- minutes; AUTOINCREMENT keeps seq rising even when the log has been emptied.
-- sql/postgres/0005_change_feed.sql sends the same changes with NOTIFY.

CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl     TEXT NOT NULL,
    row_id  INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX change_log_at_idx ON change_log (at);

CREATE TRIGGER tickets_log_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('tickets', NEW.id, NEW.version);
END;
CREATE TRIGGER tickets_log_update AFTER UPDATE ON tickets
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('tickets', NEW.id, NEW.version);
END;
CREATE TRIGGER ticket_events_log_insert AFTER INSERT ON ticket_events
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('ticket_events', NEW.id, 0);
END;
CREATE TRIGGER ticket_events_log_update AFTER UPDATE ON ticket_events
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('ticket_events', NEW.id, 0);
END;
CREATE TRIGGER escalations_log_insert AFTER INSERT ON escalations
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('escalations', NEW.id, 0);
END;
CREATE TRIGGER escalations_log_update AFTER UPDATE ON escalations
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('escalations', NEW.id, 0);
END;
CREATE TRIGGER return_visits_log_insert AFTER INSERT ON return_visits
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('return_visits', NEW.id, NEW.version);
END;
CREATE TRIGGER return_visits_log_update AFTER UPDATE ON return_visits
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('return_visits', NEW.id, NEW.version);
END;
CREATE TRIGGER configuration_items_log_insert AFTER INSERT ON configuration_items
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('configuration_items', NEW.id, NEW.version);
END;
CREATE TRIGGER configuration_items_log_update AFTER UPDATE ON configuration_items
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('configuration_items', NEW.id, NEW.version);
END;
CREATE TRIGGER post_incident_analyses_log_insert AFTER INSERT ON post_incident_analyses
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('post_incident_analyses', NEW.id, NEW.version);
END;
CREATE TRIGGER post_incident_analyses_log_update AFTER UPDATE ON post_incident_analyses
BEGIN
    INSERT INTO change_log (tbl, row_id, version) VALUES ('post_incident_analyses', NEW.id, NEW.version);
END;
