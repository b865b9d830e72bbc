-- CMDB sync: departments linked to their IaaS project, and one row per sync run.

ALTER TABLE departments ADD COLUMN iaas_project_id TEXT CHECK (length(iaas_project_id) <= 200);
CREATE UNIQUE INDEX departments_iaas_project_idx ON departments (iaas_project_id) WHERE iaas_project_id IS NOT NULL;

CREATE TABLE cmdb_sync_runs (
    id                 INTEGER PRIMARY KEY,
    source             TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 500),   -- the cloud's auth URL
    started_at         TEXT NOT NULL,
    finished_at        TEXT NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
    items_added        INTEGER NOT NULL DEFAULT 0,
    items_changed      INTEGER NOT NULL DEFAULT 0,
    items_retired      INTEGER NOT NULL DEFAULT 0,
    relations_added    INTEGER NOT NULL DEFAULT 0,
    relations_removed  INTEGER NOT NULL DEFAULT 0,
    error              TEXT NOT NULL DEFAULT '' CHECK (length(error) <= 10000)
);
CREATE INDEX cmdb_sync_runs_started_idx ON cmdb_sync_runs (started_at);
