-- GovOps Console schema, SQLite. sql/postgres/0001_schema.sql is the same schema for PostgreSQL.
-- Every row that belongs to a department carries department_id, so that row-level security can key on it.
-- Times are UTC text in one sortable form (2025-03-01T08:00:00.000Z); booleans are 0/1; JSON travels as text.

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    short_name  TEXT NOT NULL CHECK (length(short_name) BETWEEN 1 AND 40),
    region      TEXT NOT NULL DEFAULT '' CHECK (length(region) <= 60),
    vip         INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1)),          -- flagged for priority protection
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    role          TEXT NOT NULL CHECK (role IN ('main_contact', 'info_centre_head', 'other')),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    title         TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 100),
    phone         TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    email         TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_department_idx ON contacts (department_id);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name  TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role          TEXT NOT NULL CHECK (role IN ('agent', 'technician', 'ops_manager', 'operations_manager',
                                                'vip_manager', 'supervisor', 'leadership', 'dept_maintainer')),
    department_id INTEGER REFERENCES departments(id),     -- set for department application maintainers
    phone         TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    email         TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (role <> 'dept_maintainer' OR department_id IS NOT NULL)
);
CREATE INDEX staff_role_idx ON staff (role);
CREATE INDEX staff_department_idx ON staff (department_id);

-- Every customer has one accountable manager (a VIP account manager for VIP customers).
ALTER TABLE departments ADD COLUMN account_manager_id INTEGER REFERENCES staff(id);

CREATE TABLE business_systems (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description   TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    vip           INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0, 1)),        -- flagged for priority protection
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (department_id, name)
);

CREATE TABLE configuration_items (
    id                 INTEGER PRIMARY KEY,
    department_id      INTEGER REFERENCES departments(id),   -- NULL: the platform's own (hosts, core network)
    business_system_id INTEGER REFERENCES business_systems(id),
    kind               TEXT NOT NULL CHECK (kind IN ('vm', 'host', 'physical_server', 'volume', 'network',
                                                     'security_device', 'link', 'application')),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    external_id        TEXT CHECK (length(external_id) <= 200),  -- id in the IaaS platform
    attributes         TEXT NOT NULL DEFAULT '{}' CHECK (length(attributes) <= 100000),
    state              TEXT NOT NULL DEFAULT 'active'
                       CHECK (state IN ('provisioning', 'active', 'stopped', 'error', 'retired')),
    source             TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('synced', 'manual')),
    last_synced_at     TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX configuration_items_external_idx ON configuration_items (kind, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX configuration_items_department_idx ON configuration_items (department_id, kind);
CREATE INDEX configuration_items_system_idx ON configuration_items (business_system_id);

CREATE TABLE ci_relations (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER REFERENCES departments(id),
    from_ci_id    INTEGER NOT NULL REFERENCES configuration_items(id),
    to_ci_id      INTEGER NOT NULL REFERENCES configuration_items(id),
    kind          TEXT NOT NULL CHECK (kind IN ('runs_on', 'attached_to', 'connected_to', 'depends_on', 'part_of')),
    source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('synced', 'manual')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (from_ci_id, to_ci_id, kind),
    CHECK (from_ci_id <> to_ci_id)
);
CREATE INDEX ci_relations_to_idx ON ci_relations (to_ci_id);

CREATE TABLE shifts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    starts_at     TEXT NOT NULL,
    ends_at       TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES staff(id),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (ends_at > starts_at)
);
CREATE INDEX shifts_starts_idx ON shifts (starts_at);

CREATE TABLE shift_members (
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (shift_id, staff_id)
);

CREATE TABLE handovers (
    id             INTEGER PRIMARY KEY,
    from_shift_id  INTEGER NOT NULL REFERENCES shifts(id),
    to_shift_id    INTEGER REFERENCES shifts(id),
    from_staff_id  INTEGER NOT NULL REFERENCES staff(id),
    to_staff_id    INTEGER NOT NULL REFERENCES staff(id),
    handed_at      TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 10000)
);
CREATE INDEX handovers_handed_idx ON handovers (handed_at);

-- SLA policy as versioned data: a ticket keeps the version it was opened under. Rows carry exactly what
-- core::SlaPolicy needs (modules/core/SLA.md, "Policy data the database carries"); enumerations use core's
-- storage strings, lists are comma-separated storage strings ('' = empty). `state` says which version new
-- tickets get (one 'active' at a time); `active` is core's flag: false stops every escalation of the version.
CREATE TABLE sla_policy (
    version              INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description          TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    state                TEXT NOT NULL CHECK (state IN ('draft', 'active', 'superseded')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    time_zone            TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    opening              TEXT NOT NULL DEFAULT '08:30' CHECK (opening GLOB '[0-2][0-9]:[0-5][0-9]'),
    close_of_business    TEXT NOT NULL DEFAULT '17:30' CHECK (close_of_business GLOB '[0-2][0-9]:[0-5][0-9]'),
    post_incident_grades TEXT NOT NULL DEFAULT 'I,II' CHECK (post_incident_grades NOT GLOB '*[^IV,]*'),
    created_by           INTEGER REFERENCES staff(id),
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    activated_at         TEXT,
    CHECK (opening < close_of_business)
);
CREATE UNIQUE INDEX sla_policy_one_active_idx ON sla_policy (state) WHERE state = 'active';

-- One clock of one policy version (core::ClockRule). grade NULL: every grade without a row of its own.
-- A clock runs either in wall seconds (24x7) or in working days of the business calendar.
CREATE TABLE sla_rule (
    id                    INTEGER PRIMARY KEY,
    policy_version        INTEGER NOT NULL REFERENCES sla_policy(version),
    clock                 TEXT NOT NULL CHECK (clock IN ('response', 'handling_plan', 'resolution', 'customer_update',
                                                         'allocation_vm', 'allocation_physical')),
    grade                 TEXT CHECK (grade IN ('I', 'II', 'III', 'IV')),
    ticket_kinds          TEXT NOT NULL CHECK (length(ticket_kinds) > 0 AND ticket_kinds NOT GLOB '*[^a-z_,]*'),
    unit                  TEXT NOT NULL CHECK (unit IN ('wall_seconds', 'working_days')),
    amount                INTEGER NOT NULL CHECK (amount > 0),
    warning_share         REAL NOT NULL DEFAULT 0.75 CHECK (warning_share > 0 AND warning_share < 1),
    warning_after_seconds INTEGER CHECK (warning_after_seconds > 0),   -- instead of the share, e.g. 1200 for the update clock
    pausable              INTEGER NOT NULL DEFAULT 0 CHECK (pausable IN (0, 1)),            -- may waiting for the customer pause this clock?
    CHECK (warning_after_seconds IS NULL OR unit = 'wall_seconds')
);
CREATE UNIQUE INDEX sla_rule_unique_idx ON sla_rule (policy_version, clock, coalesce(grade, ''), ticket_kinds);

-- Who is told what, and when (core::EscalationRule); read in id order. Empty filter lists match everything.
CREATE TABLE sla_escalation_rule (
    id             INTEGER PRIMARY KEY,
    policy_version INTEGER NOT NULL REFERENCES sla_policy(version),
    step           TEXT NOT NULL CHECK (step IN ('created', 'warning', 'supervisor', 'breach')),
    step_trigger   TEXT NOT NULL CHECK (step_trigger IN ('at_creation', 'at_warning', 'at_share', 'at_breach')),
    share          REAL CHECK (share > 0 AND share <= 1),   -- at_share only
    notify_owner   INTEGER NOT NULL DEFAULT 0 CHECK (notify_owner IN (0, 1)),
    roles          TEXT NOT NULL DEFAULT '',     -- roles told
    extra_grades   TEXT NOT NULL DEFAULT '',     -- for these grades …
    extra_roles    TEXT NOT NULL DEFAULT '',     -- … these roles are told as well
    ticket_kinds   TEXT NOT NULL DEFAULT '',     -- filter
    grades         TEXT NOT NULL DEFAULT '',     -- filter
    clocks         TEXT NOT NULL DEFAULT '',     -- filter
    CHECK ((step_trigger = 'at_share') = (share IS NOT NULL))
);

-- Holidays and make-up working days (调休), loaded per year by an operations manager.
CREATE TABLE business_calendar (
    day        TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    year       INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name       TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 100),
    loaded_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (year = CAST(substr(day, 1, 4) AS INTEGER))
);
CREATE INDEX business_calendar_year_idx ON business_calendar (year);

CREATE TABLE tickets (
    id                      INTEGER PRIMARY KEY,
    number                  TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 32),
    kind                    TEXT NOT NULL CHECK (kind IN ('fault', 'service_request', 'consultation')),
    grade                   INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    channel                 TEXT NOT NULL CHECK (channel IN ('phone', 'mailbox', 'portal')),
    status                  TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'in_progress', 'waiting_customer',
                                                            'resolved', 'closed')),
    title                   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description             TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    reporter                TEXT NOT NULL DEFAULT '' CHECK (length(reporter) <= 100),   -- who called or wrote
    reporter_contact        TEXT NOT NULL DEFAULT '' CHECK (length(reporter_contact) <= 254),
    owner_id                INTEGER REFERENCES staff(id),
    department_id           INTEGER NOT NULL REFERENCES departments(id),
    business_system_id      INTEGER REFERENCES business_systems(id),
    ci_id                   INTEGER REFERENCES configuration_items(id),
    responsibility          TEXT CHECK (responsibility IN ('platform', 'carrier', 'customer_system', 'third_party')),
    sla_policy_version      INTEGER NOT NULL REFERENCES sla_policy(version),
    created_by              INTEGER REFERENCES staff(id),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    deadline_at             TEXT NOT NULL,  -- the deadline that matters next (the queue sorts on it)
    responded_at            TEXT,
    plan_submitted_at       TEXT,
    last_customer_update_at TEXT,
    resolved_at             TEXT,
    closed_at               TEXT,
    version                 INTEGER NOT NULL DEFAULT 1
);
-- Keyset paging of the queue: every sort key ends in id, so (key…, id) is unique and indexed.
CREATE INDEX tickets_deadline_idx ON tickets (deadline_at, id);
CREATE INDEX tickets_open_deadline_idx ON tickets (deadline_at, id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_created_idx ON tickets (created_at, id);
CREATE INDEX tickets_grade_idx ON tickets (grade, deadline_at, id);
CREATE INDEX tickets_status_idx ON tickets (status, deadline_at, id);
CREATE INDEX tickets_department_idx ON tickets (department_id, deadline_at, id);
CREATE INDEX tickets_owner_idx ON tickets (owner_id, deadline_at, id);

-- The history of a ticket, append-only: triggers refuse UPDATE and DELETE.
CREATE TABLE ticket_events (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    kind          TEXT NOT NULL CHECK (kind IN ('created', 'comment', 'status_change', 'customer_update', 'handover',
                                                'assignment', 'grade_change', 'clock_pause', 'clock_resume',
                                                'escalation', 'analysis', 'visit', 'edit')),
    actor_id      INTEGER REFERENCES staff(id),
    at            TEXT NOT NULL,
    payload       TEXT NOT NULL DEFAULT '{}' CHECK (length(payload) <= 40000)
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, at, id);

CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only: UPDATE refused');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket_events is append-only: DELETE refused');
END;

CREATE TABLE handover_tickets (
    handover_id   INTEGER NOT NULL REFERENCES handovers(id),
    ticket_id     INTEGER NOT NULL REFERENCES tickets(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    PRIMARY KEY (handover_id, ticket_id)
);

-- Time a clock stood still while waiting for the customer; resumed_at NULL: still paused.
CREATE TABLE ticket_clock_pauses (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    clock         TEXT NOT NULL,
    paused_at     TEXT NOT NULL,
    resumed_at    TEXT,
    reason        TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    actor_id      INTEGER REFERENCES staff(id),
    CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
);
CREATE INDEX ticket_clock_pauses_ticket_idx ON ticket_clock_pauses (ticket_id);

-- Grade I and II faults close only with one: time, cause and result clear (时间清、原因清、结果清), and prevention.
CREATE TABLE post_incident_analyses (
    id                  INTEGER PRIMARY KEY,
    ticket_id           INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
    department_id       INTEGER NOT NULL REFERENCES departments(id),
    occurred_at         TEXT NOT NULL,
    recovered_at        TEXT,
    cause               TEXT NOT NULL CHECK (length(cause) BETWEEN 1 AND 10000),
    result              TEXT NOT NULL CHECK (length(result) BETWEEN 1 AND 10000),
    preventive_measures TEXT NOT NULL CHECK (length(preventive_measures) BETWEEN 1 AND 10000),
    author_id           INTEGER REFERENCES staff(id),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version             INTEGER NOT NULL DEFAULT 1
);

-- Standard scripts (回访话术) per kind of return visit, versioned.
CREATE TABLE visit_scripts (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('after_service', 'after_fault', 'new_customer', 'vip')),
    version    INTEGER NOT NULL DEFAULT 1,
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (kind, version)
);

-- A visit record is evidence: updated only with a version check, never deleted.
CREATE TABLE return_visits (
    id                 INTEGER PRIMARY KEY,
    department_id      INTEGER NOT NULL REFERENCES departments(id),
    kind               TEXT NOT NULL CHECK (kind IN ('after_service', 'after_fault', 'new_customer', 'vip')),
    mode               TEXT NOT NULL DEFAULT 'call' CHECK (mode IN ('call', 'on_site')),
    ticket_id          INTEGER REFERENCES tickets(id),
    business_system_id INTEGER REFERENCES business_systems(id),
    contact_id         INTEGER REFERENCES contacts(id),
    assignee_id        INTEGER REFERENCES staff(id),
    script_id          INTEGER REFERENCES visit_scripts(id),
    plan_day           INTEGER,                        -- new customers: day 3, 8 or 15
    due_at             TEXT NOT NULL,
    state              TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'missed', 'cancelled')),
    done_at            TEXT,
    reached            TEXT NOT NULL DEFAULT '' CHECK (length(reached) <= 200),
    summary            TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 10000),
    satisfaction       INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    follow_up          TEXT NOT NULL DEFAULT '' CHECK (length(follow_up) <= 10000),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX return_visits_due_idx ON return_visits (state, due_at, id);
CREATE INDEX return_visits_department_idx ON return_visits (department_id, due_at, id);
CREATE TRIGGER return_visits_no_delete BEFORE DELETE ON return_visits
BEGIN
    SELECT RAISE(ABORT, 'return_visits is evidence: DELETE refused');
END;

-- An escalation step is recorded once per core::EscalationKey (ticket, clock, cycle, step): clock is core's
-- clock string or 'ticket' for the creation step; cycle is 0 except on the repeating customer-update clock.
CREATE TABLE escalations (
    id                INTEGER PRIMARY KEY,
    ticket_id         INTEGER NOT NULL REFERENCES tickets(id),
    department_id     INTEGER NOT NULL REFERENCES departments(id),
    clock             TEXT NOT NULL CHECK (clock IN ('ticket', 'response', 'handling_plan', 'resolution', 'customer_update',
                                                    'allocation_vm', 'allocation_physical')),
    cycle             INTEGER NOT NULL DEFAULT 0 CHECK (cycle >= 0),
    step              TEXT NOT NULL CHECK (step IN ('created', 'warning', 'supervisor', 'breach')),
    fired_at          TEXT NOT NULL,
    notified_staff_id INTEGER REFERENCES staff(id),
    notified_role     TEXT NOT NULL DEFAULT '',
    acknowledged_at   TEXT,
    UNIQUE (ticket_id, clock, cycle, step)
);
CREATE INDEX escalations_fired_idx ON escalations (fired_at, id);

-- Who did what, append-only.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor_id      INTEGER REFERENCES staff(id),
    actor_login   TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
    entity        TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 64),
    entity_id     INTEGER,
    department_id INTEGER REFERENCES departments(id),
    detail        TEXT NOT NULL DEFAULT '{}' CHECK (length(detail) <= 40000)
);
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_department_idx ON audit_log (department_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;
