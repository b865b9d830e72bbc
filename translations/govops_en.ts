<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>govops::app::CommandLine</name>
    <message>
        <location filename="../app/gui/CommandLine.cpp" line="+28"/>
        <source>GovOps Console: operations console for a government cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo database (created and filled with demo data on first use) without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preselect the connection profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the console: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the saved window layout and start with the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::DemoStartup</name>
    <message>
        <location filename="../app/gui/DemoStartup.cpp" line="+32"/>
        <location line="+44"/>
        <location line="+37"/>
        <source>GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Opening the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+64"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::LoginDialog</name>
    <message>
        <location filename="../app/gui/LoginDialog.cpp" line="+31"/>
        <source>Embedded database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1@%2:%3/%4, TLS %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sign In to GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No connection profile yet: add one to say where the database is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection profile &quot;%1&quot;? A password remembered for it stays in the keyring while another profile uses the same server and user; otherwise it is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected. Looking up your staff record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+113"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GovOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console of a government cloud: tickets, SLA clocks, the CMDB, resource charts and customer return visits in one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the panels where they are: no moving, floating or closing by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GovOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Read-only: nothing can be changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::ProfileDialog</name>
    <message>
        <location filename="../app/gui/ProfileDialog.cpp" line="+26"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Connection Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded database (SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>db.example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database role, e.g. govops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify-full checks the server&apos;s certificate and name: use it across any network you do not control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: ~/.postgresql/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own login name in the console, as your staff record has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s host name and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::SessionLookup</name>
    <message>
        <location filename="../app/gui/SessionLookup.cpp" line="+39"/>
        <source>The staff account &quot;%1&quot; is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff member has the login name &quot;%1&quot; in this database. Check the name, or ask an administrator to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo database has no service-desk agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::app::ShellStatus</name>
    <message>
        <location filename="../app/gui/ShellStatus.cpp" line="+73"/>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <comment>person · role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>person (department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud API: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::charts::ResourceChartsPanel</name>
    <message>
        <location filename="../modules/charts/Panels.cpp" line="+14"/>
        <source>Resource Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/charts/ResourceChartsPanel.cpp" line="+33"/>
        <source>Resource charts arrive in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will watch live CPU, memory, disk and network use of the selected hosts and cloud hosts, and the temperature and humidity of the machine rooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::cmdb::CmdbTreePanel</name>
    <message>
        <location filename="../modules/cmdb/CmdbTreePanel.cpp" line="+33"/>
        <source>The CMDB tree arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will browse each department&apos;s business systems, cloud hosts, physical hosts, volumes and networks, kept in step with the cloud platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/cmdb/Panels.cpp" line="+14"/>
        <source>CMDB Tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaTimersPanel</name>
    <message>
        <location filename="../modules/sla/Panels.cpp" line="+14"/>
        <source>SLA Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sla/SlaTimersPanel.cpp" line="+33"/>
        <source>SLA timers arrive in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will see the response, handling-plan and resolution clocks of open faults count down, and which ones are about to breach and must be escalated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketQueuePanel</name>
    <message>
        <location filename="../modules/tickets/Panels.cpp" line="+14"/>
        <source>Ticket Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/tickets/TicketQueuePanel.cpp" line="+33"/>
        <source>The ticket queue arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will work every open ticket from the portal, the mailboxes and the hotline: its grade, owner, department and SLA countdown, sorted and filtered on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::ui::Session</name>
    <message>
        <location filename="../modules/ui/Session.cpp" line="+12"/>
        <source>Service desk agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;M technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;M manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VIP account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department application maintainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govops::visits::VisitSchedulePanel</name>
    <message>
        <location filename="../modules/visits/Panels.cpp" line="+14"/>
        <source>Return-Visit Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/visits/VisitSchedulePanel.cpp" line="+33"/>
        <source>The return-visit schedule arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will see the return visits that are due: after service operations and faults, on days 3, 8 and 15 for new customers, and monthly and quarterly for VIP customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
