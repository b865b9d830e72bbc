-- Return visits (issue 6): each generated visit carries the key core::planVisits gives it, so that generating
-- again finds it instead of adding another; who is expected to make it; and corrections of a logged visit as
-- amendments that keep the original. sql/postgres/0008_return_visits.sql is the same for PostgreSQL (there
-- also with its grants and row-level security; an embedded file belongs to one person).

-- plan_key: "after_fault/t42", "vip_call/d5/2026-11", … (core/VisitPlanner.h); NULL for a visit made by hand.
ALTER TABLE return_visits ADD COLUMN plan_key TEXT CHECK (length(plan_key) BETWEEN 1 AND 200);
ALTER TABLE return_visits ADD COLUMN owner TEXT NOT NULL DEFAULT 'desk' CHECK (owner IN ('desk', 'account_manager'));
UPDATE return_visits SET owner = 'account_manager' WHERE kind = 'vip';
CREATE UNIQUE INDEX return_visits_plan_key_idx ON return_visits (plan_key) WHERE plan_key IS NOT NULL;
-- Keyset paging of the schedule on (due_at, id), unfiltered and by assignee ("my visits").
CREATE INDEX return_visits_due_at_idx ON return_visits (due_at, id);
CREATE INDEX return_visits_assignee_idx ON return_visits (assignee_id, due_at, id);

-- A logged visit is evidence: what was logged stays as it was; corrections go to return_visit_amendments.
CREATE TRIGGER return_visits_keep_logged BEFORE UPDATE ON return_visits
WHEN OLD.state = 'done' AND (NEW.state IS NOT OLD.state OR NEW.done_at IS NOT OLD.done_at
                             OR NEW.reached IS NOT OLD.reached OR NEW.summary IS NOT OLD.summary
                             OR NEW.satisfaction IS NOT OLD.satisfaction OR NEW.follow_up IS NOT OLD.follow_up
                             OR NEW.contact_id IS NOT OLD.contact_id OR NEW.due_at IS NOT OLD.due_at)
BEGIN
    SELECT RAISE(ABORT, 'return visit was logged: amend it instead of changing it');
END;

-- One correction of one field of a logged visit, append-only. old_value is what the field said before this
-- amendment (the logged value or the previous amendment's); the visit row itself never changes.
CREATE TABLE return_visit_amendments (
    id            INTEGER PRIMARY KEY,
    visit_id      INTEGER NOT NULL REFERENCES return_visits(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    amended_at    TEXT NOT NULL,
    author_id     INTEGER REFERENCES staff(id),
    field         TEXT NOT NULL CHECK (field IN ('reached', 'summary', 'satisfaction', 'follow_up')),
    old_value     TEXT NOT NULL DEFAULT '' CHECK (length(old_value) <= 10000),
    new_value     TEXT NOT NULL DEFAULT '' CHECK (length(new_value) <= 10000),
    reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000)
);
CREATE INDEX return_visit_amendments_visit_idx ON return_visit_amendments (visit_id, amended_at, id);
CREATE TRIGGER return_visit_amendments_no_update BEFORE UPDATE ON return_visit_amendments
BEGIN
    SELECT RAISE(ABORT, 'return_visit_amendments is append-only: UPDATE refused');
END;
CREATE TRIGGER return_visit_amendments_no_delete BEFORE DELETE ON return_visit_amendments
BEGIN
    SELECT RAISE(ABORT, 'return_visit_amendments is append-only: DELETE refused');
END;
