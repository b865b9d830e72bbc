-- The ticket workflow and queue (issue 3): plan events, who saved last, the lifecycle order, free-text
-- search, and each person's saved queue views. sql/postgres/0004_ticket_workflow.sql is the same for PostgreSQL.

-- A handling plan submitted is an event of its own (storage::TicketWorkflow::submitPlan). SQLite cannot
-- change a CHECK constraint: the table is rebuilt (ids kept), with its index and append-only triggers.
CREATE TABLE ticket_events_rebuilt (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    kind          TEXT NOT NULL CHECK (kind IN ('created', 'comment', 'status_change', 'customer_update', 'handover',
                                                'assignment', 'grade_change', 'clock_pause', 'clock_resume',
                                                'escalation', 'analysis', 'visit', 'edit', 'plan')),
    actor_id      INTEGER REFERENCES staff(id),
    at            TEXT NOT NULL,
    payload       TEXT NOT NULL DEFAULT '{}' CHECK (length(payload) <= 40000)
);
INSERT INTO ticket_events_rebuilt (id, ticket_id, department_id, kind, actor_id, at, payload)
    SELECT id, ticket_id, department_id, kind, actor_id, at, payload FROM ticket_events;
DROP TABLE ticket_events;
ALTER TABLE ticket_events_rebuilt RENAME TO ticket_events;
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, at, id);

CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only: UPDATE refused');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only: DELETE refused');
END;

-- Who saved the ticket last, so that a version conflict can say who and when (with updated_at).
ALTER TABLE tickets ADD COLUMN updated_by INTEGER REFERENCES staff(id);

-- The queue sorts statuses in lifecycle order, not alphabetically: a rank the database keeps itself,
-- indexed like the other sort keys (keyset paging on (status_rank, deadline_at, id)).
ALTER TABLE tickets ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (
    CASE status WHEN 'new' THEN 1 WHEN 'assigned' THEN 2 WHEN 'in_progress' THEN 3
                WHEN 'waiting_customer' THEN 4 WHEN 'resolved' THEN 5 WHEN 'closed' THEN 6 END) VIRTUAL;
CREATE INDEX tickets_status_rank_idx ON tickets (status_rank, deadline_at, id);

-- The desk's default view is the open tickets: each sort key of the queue has an index over them alone, so that
-- sorting the open tickets by grade or status never walks the million closed ones (deadline: 0001).
CREATE INDEX tickets_open_grade_idx ON tickets (grade, deadline_at, id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_open_status_rank_idx ON tickets (status_rank, deadline_at, id)
    WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_open_created_idx ON tickets (created_at, id) WHERE status NOT IN ('resolved', 'closed');

-- The SLA engine reads every ticket that is not closed (storage::TicketFactsQuery::unclosed): a few thousand
-- among a million closed ones, found without reading the closed ones.
CREATE INDEX tickets_unclosed_idx ON tickets (id) WHERE status <> 'closed';

-- Free text: SQLite's LIKE scans; the embedded database is small (PostgreSQL has a trigram index).

-- A person's saved queue views: the JSON of a filter and sort under a name of their choice.
CREATE TABLE saved_views (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    definition  TEXT NOT NULL DEFAULT '{}' CHECK (length(definition) <= 20000),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (staff_id, name)
);
