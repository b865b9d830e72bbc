-- Escalations reach people, once: who each recorded step told, the channels that carry it (e-mail, chat robots),
-- one delivery row per (step, channel, recipient) claimed by one dispatcher at a time, and who acknowledged it.

-- The clock's deadline when the step fired (NULL for the creation step), for the message; the roles told.
ALTER TABLE escalations ADD COLUMN deadline_at TEXT;
ALTER TABLE escalations ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1));

-- The people a step told (staff of its roles, and the ticket's owner when the step names the owner).
CREATE TABLE escalation_recipients (
    escalation_id INTEGER NOT NULL REFERENCES escalations(id),
    staff_id      INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (escalation_id, staff_id)
);

-- How a role hears of an escalation. role 'owner' stands for the ticket's owner. kind 'smtp': a mail to each
-- recipient's staff.email; kind 'webhook': one POST to a WeChat Work / DingTalk style robot at url.
CREATE TABLE escalation_channels (
    id         INTEGER PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('owner', 'agent', 'technician', 'ops_manager', 'operations_manager',
                                             'vip_manager', 'supervisor', 'leadership', 'dept_maintainer')),
    kind       TEXT NOT NULL CHECK (kind IN ('smtp', 'webhook')),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    url        TEXT NOT NULL DEFAULT '' CHECK (length(url) <= 2000),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (role, kind, name),
    CHECK (kind <> 'webhook' OR url <> '')
);

-- One message to send. recipient: an e-mail address (smtp) or the channel's name (webhook).
-- A dispatcher claims a row (claimed_by, claimed_until) before sending, so that two never send the same one.
CREATE TABLE escalation_deliveries (
    id              INTEGER PRIMARY KEY,
    escalation_id   INTEGER NOT NULL REFERENCES escalations(id),
    channel_id      INTEGER NOT NULL REFERENCES escalation_channels(id),
    recipient       TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 254),
    staff_id        INTEGER REFERENCES staff(id),
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 2000),
    claimed_by      TEXT,
    claimed_until   TEXT,
    sent_at         TEXT,
    UNIQUE (escalation_id, channel_id, recipient)
);
CREATE INDEX escalation_deliveries_due_idx ON escalation_deliveries (next_attempt_at, id)
    WHERE status IN ('pending', 'sending');

-- Each person acknowledges a step for themselves.
CREATE TABLE escalation_acks (
    escalation_id INTEGER NOT NULL REFERENCES escalations(id),
    staff_id      INTEGER NOT NULL REFERENCES staff(id),
    at            TEXT NOT NULL,
    PRIMARY KEY (escalation_id, staff_id)
);
