-- Security is the database's job: people sign in to PostgreSQL with their own login (= staff.login, made by
-- `govops-admin create-login`), which is a member of the group role of their staff role. Every group is a
-- member of govops_staff. Each gets the least it needs; row-level security keeps a department application
-- maintainer to their own department's rows. The role that migrates owns the tables and keeps every right
-- (row-level security is not forced on the owner). sql/sqlite/0007_security.sql is empty on purpose: an
-- embedded file belongs to one person.
--
-- Roles belong to the whole cluster, not to one database: they are made once and found again by the next
-- database migrated on the same server (two migrating at once both succeed).

DO $$
DECLARE
    grp text;
BEGIN
    FOREACH grp IN ARRAY ARRAY['govops_staff', 'govops_agent', 'govops_technician', 'govops_ops_manager',
                               'govops_operations_manager', 'govops_vip_manager', 'govops_supervisor',
                               'govops_leadership', 'govops_dept_maintainer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;   -- another migration made it meanwhile
            END;
        END IF;
        IF grp <> 'govops_staff' AND NOT pg_has_role(grp, 'govops_staff', 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT govops_staff TO %I', grp);
            EXCEPTION WHEN unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- The schema these tables live in, whatever it is called.
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO govops_staff', current_schema());
END
$$;

-- Whose rows the session may see. SECURITY DEFINER: the policies below must read staff whatever the caller may
-- read; search_path is fixed (pg_temp last) so that nobody can put another "staff" in its way.
DO $$
BEGIN
    EXECUTE format($f$
        CREATE FUNCTION govops_session_department() RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1$I, pg_temp AS
        'SELECT department_id FROM staff WHERE login = session_user AND active'
    $f$, current_schema());
    -- Provider staff (an active staff row without a department) see every department.
    EXECUTE format($f$
        CREATE FUNCTION govops_session_sees_all_departments() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1$I, pg_temp AS
        'SELECT EXISTS (SELECT 1 FROM staff WHERE login = session_user AND active AND department_id IS NULL)'
    $f$, current_schema());
END
$$;
REVOKE ALL ON FUNCTION govops_session_department() FROM PUBLIC;
REVOKE ALL ON FUNCTION govops_session_sees_all_departments() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION govops_session_department() TO govops_staff;
GRANT EXECUTE ON FUNCTION govops_session_sees_all_departments() TO govops_staff;

-- What every console reads. schema_version: read only, so a console can check the schema.
GRANT SELECT ON schema_version, departments, contacts, staff, business_systems, configuration_items, ci_relations,
    shifts, shift_members, handovers, sla_policy, sla_rule, sla_escalation_rule, business_calendar, tickets,
    ticket_events, handover_tickets, ticket_clock_pauses, post_incident_analyses, visit_scripts, return_visits,
    escalations, audit_log, cmdb_sync_runs, saved_views, escalation_recipients, escalation_channels,
    escalation_deliveries, escalation_acks
    TO govops_staff;

-- What everybody does with tickets (a maintainer only within their department, see the policies): open and
-- work them, their history (append-only: INSERT only), clock pauses, post-incident analyses, the audit trail,
-- escalation steps any console may record and deliver, and their own saved views.
GRANT INSERT, UPDATE ON tickets, ticket_clock_pauses, post_incident_analyses, escalations, escalation_deliveries
    TO govops_staff;
GRANT INSERT ON ticket_events, audit_log, escalation_recipients, escalation_acks TO govops_staff;
GRANT INSERT, UPDATE, DELETE ON saved_views TO govops_staff;
-- TicketRepository::reserveId takes the next ticket id before inserting (identity columns need nothing more).
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO govops_staff', pg_get_serial_sequence('tickets', 'id'));
END
$$;

-- Shift work: whoever works in shifts hands over (a handover opens its shift when there is none yet).
GRANT INSERT ON shifts, handovers, handover_tickets
    TO govops_agent, govops_technician, govops_ops_manager, govops_operations_manager, govops_vip_manager,
       govops_supervisor;
GRANT INSERT, DELETE ON shift_members TO govops_supervisor;
GRANT UPDATE ON shifts TO govops_supervisor;

-- Return visits (evidence: never deleted) and the contacts they reach.
GRANT INSERT, UPDATE ON return_visits TO govops_agent, govops_vip_manager, govops_operations_manager;
GRANT INSERT, UPDATE ON contacts TO govops_agent, govops_vip_manager, govops_operations_manager;

-- The CMDB and resources: O&M and operations managers.
GRANT INSERT, UPDATE ON configuration_items TO govops_ops_manager, govops_operations_manager;
GRANT INSERT, DELETE ON ci_relations TO govops_ops_manager, govops_operations_manager;
GRANT INSERT ON cmdb_sync_runs TO govops_ops_manager, govops_operations_manager;

-- Customers, policy as data, the calendar, escalation channels and visit scripts: the operations manager.
GRANT INSERT, UPDATE ON departments, business_systems, sla_policy, sla_rule, sla_escalation_rule,
    escalation_channels, visit_scripts
    TO govops_operations_manager;
GRANT INSERT, DELETE ON business_calendar TO govops_operations_manager;   -- a year is loaded as a whole

-- Row-level security on every table whose rows belong to a department. The sub-selects run once per
-- statement, not once per row.
DO $$
DECLARE
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['tickets', 'ticket_events', 'ticket_clock_pauses', 'post_incident_analyses',
                               'handover_tickets', 'return_visits', 'escalations', 'contacts', 'business_systems',
                               'configuration_items', 'ci_relations'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
        EXECUTE format($p$
            CREATE POLICY %1$I ON %2$I TO govops_staff
                USING ((SELECT govops_session_sees_all_departments())
                       OR department_id = (SELECT govops_session_department()))
                WITH CHECK ((SELECT govops_session_sees_all_departments())
                            OR department_id = (SELECT govops_session_department()))
        $p$, tbl || '_department', tbl);
    END LOOP;
END
$$;

-- The audit trail: a maintainer reads their department's entries and may write entries of no department.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_department ON audit_log TO govops_staff
    USING ((SELECT govops_session_sees_all_departments())
           OR department_id = (SELECT govops_session_department()))
    WITH CHECK ((SELECT govops_session_sees_all_departments())
                OR department_id IS NULL OR department_id = (SELECT govops_session_department()));

-- Who an escalation told, and how: visible with the escalation itself.
DO $$
DECLARE
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['escalation_recipients', 'escalation_deliveries', 'escalation_acks'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tbl);
        EXECUTE format($p$
            CREATE POLICY %1$I ON %2$I TO govops_staff
                USING (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id))
                WITH CHECK (EXISTS (SELECT 1 FROM escalations e WHERE e.id = escalation_id))
        $p$, tbl || '_escalation', tbl);
    END LOOP;
END
$$;

-- A saved view belongs to one person.
ALTER TABLE saved_views ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_views_own ON saved_views TO govops_staff
    USING (staff_id IN (SELECT id FROM staff WHERE login = session_user))
    WITH CHECK (staff_id IN (SELECT id FROM staff WHERE login = session_user));
