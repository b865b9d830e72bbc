<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>govops::app::CommandLine</name>
    <message>
        <location filename="../app/gui/CommandLine.cpp" line="+28"/>
        <source>GovOps Console: operations console for a government cloud</source>
        <translation>政务云运维台：政务云的运维控制台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo database (created and filled with demo data on first use) without signing in.</source>
        <translation>打开演示数据库（首次使用时创建并填入演示数据），无需登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preselect the connection profile &lt;name&gt;.</source>
        <translation>预先选中连接配置 &lt;name&gt;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the console: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the saved window layout and start with the default one.</source>
        <translation>忘记已保存的窗口布局，以默认布局启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>govops::app::DemoStartup</name>
    <message>
        <location filename="../app/gui/DemoStartup.cpp" line="+32"/>
        <location line="+44"/>
        <location line="+37"/>
        <source>GovOps Console</source>
        <translation>政务云运维台</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Opening the demo database…</source>
        <translation>正在打开演示数据库…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo database %1 cannot be opened: %2</source>
        <translation>无法打开演示数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The demo data could not be loaded: %1</source>
        <translation>无法载入演示数据：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo agent</source>
        <translation>演示受理员</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+64"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>govops::app::LoginDialog</name>
    <message>
        <location filename="../app/gui/LoginDialog.cpp" line="+31"/>
        <source>Embedded database %1</source>
        <translation>内置数据库 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1@%2:%3/%4, TLS %5</source>
        <translation>PostgreSQL %1@%2:%3/%4，TLS %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default user)</source>
        <translation>（默认用户）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sign In to GovOps Console</source>
        <translation>登录政务云运维台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No connection profile yet: add one to say where the database is.</source>
        <translation>还没有连接配置：请添加一个，指明数据库的位置。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Remove Profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection profile &quot;%1&quot;? A password remembered for it stays in the keyring while another profile uses the same server and user; otherwise it is removed too.</source>
        <translation>删除连接配置“%1”？若另有配置使用同一服务器和用户，为其记住的密码仍保留在密钥环中；否则一并删除。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your login name.</source>
        <translation>请输入您的登录名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected. Looking up your staff record…</source>
        <translation>已连接，正在查找您的员工信息…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not sign in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
</context>
<context>
    <name>govops::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+113"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>About GovOps Console</source>
        <translation>关于政务云运维台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GovOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console of a government cloud: tickets, SLA clocks, the CMDB, resource charts and customer return visits in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;政务云运维台 %1&lt;/h3&gt;&lt;p&gt;政务云的运维控制台：工单、SLA 计时、配置管理库、资源图表与客户回访，尽在一个窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GovOps Console</source>
        <translation>政务云运维台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — GovOps Console</source>
        <translation>%1 — 政务云运维台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Panel</source>
        <translation>转到面板(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock Layout</source>
        <translation>锁定布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the panels where they are: no moving, floating or closing by accident.</source>
        <translation>固定各面板的位置：防止误移动、误浮动或误关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GovOps Console</source>
        <translation>关于政务云运维台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Read-only: nothing can be changed. %1</source>
        <translation>只读：无法修改任何内容。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: %1</source>
        <translation>无法连接数据库：%1</translation>
    </message>
</context>
<context>
    <name>govops::app::ProfileDialog</name>
    <message>
        <location filename="../app/gui/ProfileDialog.cpp" line="+26"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New Connection Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Connection Profile</source>
        <translation>编辑连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded database (SQLite file)</source>
        <translation>内置数据库（SQLite 文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database File</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>db.example.gov.cn</source>
        <translation>db.example.gov.cn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database role, e.g. govops</source>
        <translation>数据库角色，例如 govops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify-full checks the server&apos;s certificate and name: use it across any network you do not control.</source>
        <translation>verify-full 会校验服务器的证书和名称：凡经过不受您控制的网络，都应使用它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: ~/.postgresql/root.crt</source>
        <translation>默认：~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database user:</source>
        <translation>数据库用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode:</source>
        <translation>TLS 模式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own login name in the console, as your staff record has it.</source>
        <translation>您在运维台中的登录名，与员工信息中的一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your login name:</source>
        <translation>您的登录名：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s host name and the database name.</source>
        <translation>请输入服务器主机名和数据库名。</translation>
    </message>
</context>
<context>
    <name>govops::app::SessionLookup</name>
    <message>
        <location filename="../app/gui/SessionLookup.cpp" line="+39"/>
        <source>The staff account &quot;%1&quot; is no longer active.</source>
        <translation>员工账号“%1”已停用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff member has the login name &quot;%1&quot; in this database. Check the name, or ask an administrator to add you.</source>
        <translation>此数据库中没有登录名为“%1”的员工。请检查登录名，或请管理员添加您。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The demo database has no service-desk agent.</source>
        <translation>演示数据库中没有服务受理员。</translation>
    </message>
</context>
<context>
    <name>govops::app::ShellStatus</name>
    <message>
        <location filename="../app/gui/ShellStatus.cpp" line="+73"/>
        <source>Profile: %1</source>
        <translation>连接配置：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <comment>person · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>person (department)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: ready</source>
        <translation>数据库：就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: read-only</source>
        <translation>数据库：只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: connecting…</source>
        <translation>数据库：正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: unreachable</source>
        <translation>数据库：无法连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: not connected</source>
        <translation>数据库：未连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud API: connected</source>
        <translation>云平台接口：已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: simulator</source>
        <translation>云平台接口：模拟器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: unreachable</source>
        <translation>云平台接口：无法连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud API: not configured</source>
        <translation>云平台接口：未配置</translation>
    </message>
</context>
<context>
    <name>govops::charts::ResourceChartsPanel</name>
    <message>
        <location filename="../modules/charts/Panels.cpp" line="+14"/>
        <source>Resource Charts</source>
        <translation>资源监控图表</translation>
    </message>
    <message>
        <location filename="../modules/charts/ResourceChartsPanel.cpp" line="+33"/>
        <source>Resource charts arrive in a later release</source>
        <translation>资源监控图表将在后续版本中提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will watch live CPU, memory, disk and network use of the selected hosts and cloud hosts, and the temperature and humidity of the machine rooms.</source>
        <translation>这里将实时显示所选主机和云主机的 CPU、内存、磁盘与网络使用情况，以及机房的温度和湿度。</translation>
    </message>
</context>
<context>
    <name>govops::cmdb::CmdbTreePanel</name>
    <message>
        <location filename="../modules/cmdb/CmdbTreePanel.cpp" line="+33"/>
        <source>The CMDB tree arrives in a later release</source>
        <translation>配置管理树将在后续版本中提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will browse each department&apos;s business systems, cloud hosts, physical hosts, volumes and networks, kept in step with the cloud platform.</source>
        <translation>这里将按委办局浏览其应用系统、云主机、物理主机、存储卷与网络，并与云平台保持同步。</translation>
    </message>
    <message>
        <location filename="../modules/cmdb/Panels.cpp" line="+14"/>
        <source>CMDB Tree</source>
        <translation>配置管理树</translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaTimersPanel</name>
    <message>
        <location filename="../modules/sla/Panels.cpp" line="+14"/>
        <source>SLA Timers</source>
        <translation>SLA计时</translation>
    </message>
    <message>
        <location filename="../modules/sla/SlaTimersPanel.cpp" line="+33"/>
        <source>SLA timers arrive in a later release</source>
        <translation>SLA 计时将在后续版本中提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will see the response, handling-plan and resolution clocks of open faults count down, and which ones are about to breach and must be escalated.</source>
        <translation>这里将显示未关闭故障的响应、处理方案和解决时限倒计时，以及哪些即将超时、需要升级。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketQueuePanel</name>
    <message>
        <location filename="../modules/tickets/Panels.cpp" line="+14"/>
        <source>Ticket Queue</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <location filename="../modules/tickets/TicketQueuePanel.cpp" line="+33"/>
        <source>The ticket queue arrives in a later release</source>
        <translation>工单队列将在后续版本中提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will work every open ticket from the portal, the mailboxes and the hotline: its grade, owner, department and SLA countdown, sorted and filtered on the server.</source>
        <translation>这里将处理来自门户网站、邮箱和服务热线的所有未关闭工单：显示其等级、负责人、委办局和 SLA 倒计时，并在服务器端排序和筛选。</translation>
    </message>
</context>
<context>
    <name>govops::ui::Session</name>
    <message>
        <location filename="../modules/ui/Session.cpp" line="+12"/>
        <source>Service desk agent</source>
        <translation>服务受理岗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;M technician</source>
        <translation>运维专业技术员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;M manager</source>
        <translation>运维管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations manager</source>
        <translation>运营管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VIP account manager</source>
        <translation>VIP客户经理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business leadership</source>
        <translation>业务主管领导</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department application maintainer</source>
        <translation>委办局应用维护人员</translation>
    </message>
</context>
<context>
    <name>govops::visits::VisitSchedulePanel</name>
    <message>
        <location filename="../modules/visits/Panels.cpp" line="+14"/>
        <source>Return-Visit Schedule</source>
        <translation>客户回访计划</translation>
    </message>
    <message>
        <location filename="../modules/visits/VisitSchedulePanel.cpp" line="+33"/>
        <source>The return-visit schedule arrives in a later release</source>
        <translation>客户回访计划将在后续版本中提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here you will see the return visits that are due: after service operations and faults, on days 3, 8 and 15 for new customers, and monthly and quarterly for VIP customers.</source>
        <translation>这里将显示到期的回访：业务受理和故障处理之后的回访、新客户第 3、8、15 天的回访，以及 VIP 客户每月和每季度的回访。</translation>
    </message>
</context>
</TS>
