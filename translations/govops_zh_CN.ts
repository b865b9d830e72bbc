<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>govops::admin::CommandLine</name>
    <message>
        <location filename="../app/admin/main.cpp" line="+50"/>
        <source>Run &apos;govops-admin --help&apos; for the commands and options.</source>
        <translation>运行 &apos;govops-admin --help&apos; 查看全部命令和选项。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Administers a GovOps Console database.

Commands:
  migrate              create or upgrade the schema (the only way a PostgreSQL schema changes)
  seed                 load the demo data (once), plus --tickets N generated tickets
  check                test the connection and the schema version
  import-calendar FILE load holidays and make-up working days (date,kind,name CSV) for the years it lists
  store-password       save the server password in the system keyring, read from standard input
  forget-password      remove it from the keyring
  cmdb sync            sync the CMDB with the OpenStack cloud at --cloud (credentials from OS_USERNAME,
                       OS_PASSWORD, OS_PROJECT_NAME, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME,
                       OS_REGION_NAME, OS_CACERT, as for the OpenStack CLI)

The database is a URL: sqlite:///path/govops.db or postgresql://user@host:5432/db?sslmode=verify-full.
Passwords never go on the command line: libpq reads PGPASSWORD and ~/.pgpass, else the keyring is used.
Exit status: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>管理政务云运维台的数据库。

命令：
  migrate              创建或升级数据库结构（PostgreSQL 数据库结构只能由此变更）
  seed                 载入演示数据（仅一次），可加 --tickets N 另外生成 N 张工单
  check                检查连接和数据库结构版本
  import-calendar FILE 载入文件所列年份的节假日和调休上班日（date,kind,name 格式的 CSV）
  store-password       将服务器密码保存到系统密钥环（从标准输入读取）
  forget-password      从密钥环中删除该密码
  cmdb sync            与 --cloud 指定的 OpenStack 云平台同步配置管理库（凭据取自 OS_USERNAME、
                       OS_PASSWORD、OS_PROJECT_NAME、OS_USER_DOMAIN_NAME、OS_PROJECT_DOMAIN_NAME、
                       OS_REGION_NAME、OS_CACERT，与 OpenStack 命令行相同）

数据库以 URL 指定：sqlite:///path/govops.db 或 postgresql://user@host:5432/db?sslmode=verify-full。
密码绝不放在命令行上：libpq 会读取 PGPASSWORD 和 ~/.pgpass，否则使用密钥环中的密码。
退出状态：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database URL (default: the GOVOPS_DB environment variable).</source>
        <translation>数据库 URL（默认取环境变量 GOVOPS_DB）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>seed: also generate N tickets spread over the last year.</source>
        <translation>seed：另外生成 N 张分布在过去一年内的工单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed: the random seed, for the same data each time.</source>
        <translation>seed：随机数种子，种子相同则每次生成的数据相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what is done, step by step.</source>
        <translation>逐步记录所做的操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>提示信息的语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cmdb sync: the cloud&apos;s Keystone URL (default: the OS_AUTH_URL environment variable).</source>
        <translation>cmdb sync：云平台的 Keystone 地址（默认取环境变量 OS_AUTH_URL）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrate, seed, check, import-calendar, store-password, forget-password or cmdb sync</source>
        <translation>migrate、seed、check、import-calendar、store-password、forget-password 或 cmdb sync</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords are never given on the command line: set PGPASSWORD, use ~/.pgpass, or save the password in the keyring with &apos;govops-admin store-password&apos;.</source>
        <translation>密码不能在命令行上给出：请设置 PGPASSWORD、使用 ~/.pgpass，或用 &apos;govops-admin store-password&apos; 将密码保存到密钥环。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cmdb command takes one subcommand: sync.</source>
        <translation>cmdb 命令只有一个子命令：sync。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import-calendar takes one CSV file.</source>
        <translation>import-calendar 需要且只需要一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; takes no further arguments.</source>
        <translation>“%1”不接受其他参数。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cmdb sync needs the cloud&apos;s Keystone URL: --cloud https://keystone.example:5000/v3 or OS_AUTH_URL.</source>
        <translation>cmdb sync 需要云平台的 Keystone 地址：--cloud https://keystone.example:5000/v3 或 OS_AUTH_URL。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--tickets takes a number from 0 to 100000000.</source>
        <translation>--tickets 须为 0 到 100000000 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed 须为整数。</translation>
    </message>
</context>
<context>
    <name>govops::admin::Commands</name>
    <message>
        <location filename="../app/admin/Commands.cpp" line="+72"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Applying migration %1 (%2) …</source>
        <translation>正在执行迁移 %1（%2）…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loaded the default business calendar (%1 days).</source>
        <translation>已载入默认工作日历（%1 天）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to do: %1</source>
        <translation>无需操作：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied %1 migration(s). %2</source>
        <translation>已执行 %1 个迁移。%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Demo data: %1 departments, %2 staff, %3 configuration items, %4 tickets.</source>
        <translation>演示数据：%1 个委办局、%2 名员工、%3 个配置项、%4 张工单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database already holds departments: the base demo data was left as it is.</source>
        <translation>数据库中已有委办局：基础演示数据保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated %1 tickets.</source>
        <translation>已生成 %1 张工单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s.</source>
        <translation>完成，用时 %1 秒。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection does not answer</source>
        <translation>连接无响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 (%2 %3).</source>
        <translation>已连接到 %1（%2 %3）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not count</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loaded %1 days for %2.</source>
        <translation>已载入 %2 年的 %1 天。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a PostgreSQL server has a password.</source>
        <translation>只有 PostgreSQL 服务器才有密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the password for %1 in the system keyring.</source>
        <translation>已将 %1 的密码保存到系统密钥环。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed any password for %1 from the system keyring.</source>
        <translation>已从系统密钥环中删除 %1 的密码（如有）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set OS_USERNAME and OS_PASSWORD (and OS_PROJECT_NAME) for the cloud, as for the OpenStack CLI.</source>
        <translation>请像使用 OpenStack 命令行一样，为云平台设置 OS_USERNAME 和 OS_PASSWORD（以及 OS_PROJECT_NAME）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CMDB synced from %1: %2 added, %3 changed, %4 retired; %5 relations added, %6 removed.</source>
        <translation>已从 %1 同步配置管理库：新增 %2 项，变更 %3 项，退役 %4 项；新增关系 %5 条，删除 %6 条。</translation>
    </message>
</context>
<context>
    <name>govops::app::CommandLine</name>
    <message>
        <location filename="../app/gui/CommandLine.cpp" line="+16"/>
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
    <name>govops::app::DemoCloud</name>
    <message>
        <location filename="../app/gui/DemoCloud.cpp" line="+30"/>
        <source>starting the simulator</source>
        <translation>正在启动模拟器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the simulator could not start</source>
        <translation>模拟器无法启动</translation>
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
        <location filename="../app/gui/main.cpp" line="+69"/>
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
        <location line="+18"/>
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
        <translation>这里将按委办局浏览其业务系统、云主机、物理主机、存储卷与网络，并与云平台保持同步。</translation>
    </message>
    <message>
        <location filename="../modules/cmdb/Panels.cpp" line="+14"/>
        <source>CMDB Tree</source>
        <translation>配置管理树</translation>
    </message>
</context>
<context>
    <name>govops::core::BusinessCalendar</name>
    <message>
        <location filename="../modules/core/BusinessCalendar.cpp" line="+104"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a quoted field is not closed properly</source>
        <translation>带引号的字段没有正确结束</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected the header &quot;date,kind,name&quot;, found &quot;%1&quot;</source>
        <translation>表头应为“date,kind,name”，实为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected 3 fields (date,kind,name), found %1</source>
        <translation>应有 3 个字段（date,kind,name），实有 %1 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kind must be &quot;holiday&quot; or &quot;workday&quot;, not &quot;%1&quot;</source>
        <translation>类型须为“holiday”（节假日）或“workday”（调休上班日），不能是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2; a make-up workday must be a Saturday or Sunday</source>
        <translation>%1（%2）不是周六或周日；调休上班日必须是周六或周日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is listed twice (first on line %2)</source>
        <translation>%1 重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no header &quot;date,kind,name&quot; and no data</source>
        <translation>没有表头“date,kind,name”，也没有数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more problems</source>
        <translation>……另有 %1 处问题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The business calendar has no data for %1: load the public holidays of %1 (the State Council notice) before working days in %1 can be counted.</source>
        <translation>工作日历中没有 %1 年的数据：请先载入 %1 年的法定节假日安排（国务院办公厅通知），才能计算 %1 年的工作日。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The working day must open before its close of business (opening %1, close %2).</source>
        <translation>上班时间必须早于下班时间（上班 %1，下班 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The working hours need a valid time zone.</source>
        <translation>工作时间需要有效的时区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A calendar row has no valid date.</source>
        <translation>日历中有一行没有有效日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice.</source>
        <translation>%1 重复出现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a %2; a make-up workday must be a Saturday or Sunday.</source>
        <translation>%1（%2）不是周六或周日；调休上班日必须是周六或周日。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The calendar has %1 and %2 but no data for %3: load %3 as well.</source>
        <translation>日历中有 %1 年和 %2 年，却没有 %3 年的数据：请一并载入 %3 年。</translation>
    </message>
</context>
<context>
    <name>govops::core::Domain</name>
    <message>
        <location filename="../modules/core/Domain.cpp" line="+161"/>
        <source>The ticket is closed; a closed ticket cannot change.</source>
        <translation>工单已关闭；已关闭的工单不能再更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is already %1.</source>
        <translation>工单已处于 %1 状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A ticket cannot go from %1 to %2; from %1 it can go to: %3.</source>
        <translation>工单不能从 %1 变为 %2；从 %1 只能变为：%3。</translation>
    </message>
</context>
<context>
    <name>govops::core::Escalation</name>
    <message>
        <location filename="../modules/core/Escalation.cpp" line="+63"/>
        <source>Ticket %1 refers to SLA policy version %2, which is not loaded: it cannot be escalated.</source>
        <translation>工单 %1 引用的 SLA 策略版本 %2 未加载：无法对其升级告警。</translation>
    </message>
</context>
<context>
    <name>govops::core::PostIncident</name>
    <message>
        <location filename="../modules/core/PostIncident.cpp" line="+24"/>
        <source>time (when it began and when service was restored)</source>
        <translation>时间（故障开始和服务恢复的时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A grade %1 fault cannot be closed without its post-incident analysis. Missing: %2.</source>
        <translation>%1 级故障须完成故障分析报告后才能关闭。缺少：%2。</translation>
    </message>
</context>
<context>
    <name>govops::core::SlaPolicy</name>
    <message>
        <location filename="../modules/core/SlaPolicy.cpp" line="+111"/>
        <source>The working day must open before its close of business.</source>
        <translation>上班时间必须早于下班时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The working hours need a valid time zone.</source>
        <translation>工作时间需要有效的时区。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule %1: the duration must be positive.</source>
        <translation>规则 %1：时长必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule %1: the warning share must lie between 0 and 1 (exclusive).</source>
        <translation>规则 %1：预警比例必须在 0 和 1 之间（不含 0 和 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1: a fixed warning time needs a clock in wall time.</source>
        <translation>规则 %1：固定的预警时间只适用于按自然时间计时的时钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule %1: the warning must come before the breach.</source>
        <translation>规则 %1：预警必须早于超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1: it applies to no kind of ticket.</source>
        <translation>规则 %1：未适用于任何工单类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Rule %1 for %2 is defined twice.</source>
        <translation>规则 %1 对工单类型 %2 重复定义。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalation step %1: the share must lie in (0, 1].</source>
        <translation>升级步骤 %1：比例必须大于 0 且不大于 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation step %1 tells nobody.</source>
        <translation>升级步骤 %1 没有通知任何人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 escalation steps are supported.</source>
        <translation>最多支持 %1 个升级步骤。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA policy version %1 is not valid:
%2</source>
        <translation>SLA 策略版本 %1 无效：
%2</translation>
    </message>
</context>
<context>
    <name>govops::core::Ticket</name>
    <message>
        <location filename="../modules/core/Ticket.cpp" line="+157"/>
        <source>An event needs a time.</source>
        <translation>事件必须有时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is closed; a closed ticket cannot change.</source>
        <translation>工单已关闭；已关闭的工单不能再更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events must be applied in the order they happened.</source>
        <translation>事件必须按发生的先后顺序记录。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An allocation cannot be completed before it is approved.</source>
        <translation>资源分配在审批通过之前不能完成。</translation>
    </message>
</context>
<context>
    <name>govops::core::TicketClocks</name>
    <message>
        <location filename="../modules/core/TicketClocks.cpp" line="+160"/>
        <source>Ticket %1 refers to SLA policy version %2, which is not loaded: its clocks cannot be shown.</source>
        <translation>工单 %1 引用的 SLA 策略版本 %2 未加载：无法显示其计时。</translation>
    </message>
</context>
<context>
    <name>govops::iaas::CmdbSync</name>
    <message>
        <location filename="../modules/iaas/sync/CmdbSync.cpp" line="+31"/>
        <source>project listing (Keystone)</source>
        <translation>项目列表（Keystone）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server listing (Nova)</source>
        <translation>云主机列表（Nova）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hypervisor listing (Nova)</source>
        <translation>宿主机列表（Nova）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume listing (Cinder)</source>
        <translation>存储卷列表（Cinder）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network listing (Neutron)</source>
        <translation>网络列表（Neutron）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The CMDB sync has no cloud.</source>
        <translation>配置管理库同步未指定云平台。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>It was cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CMDB was left unchanged: the %1 failed. %2</source>
        <translation>配置管理库未作任何改动：%1获取失败。%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The CMDB sync has no database.</source>
        <translation>配置管理库同步未指定数据库。</translation>
    </message>
</context>
<context>
    <name>govops::iaas::IaasError</name>
    <message>
        <location filename="../modules/iaas/IaasError.cpp" line="+80"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>govops::iaas::OpenStackClient</name>
    <message>
        <location filename="../modules/iaas/OpenStackClient.cpp" line="+100"/>
        <source>identity service (Keystone)</source>
        <translation>身份认证服务（Keystone）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compute service (Nova)</source>
        <translation>计算服务（Nova）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block storage service (Cinder)</source>
        <translation>块存储服务（Cinder）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network service (Neutron)</source>
        <translation>网络服务（Neutron）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: the cloud refused the credentials or token (HTTP %3): %2</source>
        <translation>%1：云平台拒绝了凭据或令牌（HTTP %3）：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the account lacks the rights for this (HTTP %3; listing every project needs the admin role): %2</source>
        <translation>%1：账号没有执行此操作的权限（HTTP %3；列出全部项目需要 admin 角色）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not found (HTTP %3); check the endpoint in the service catalog: %2</source>
        <translation>%1：未找到（HTTP %3）；请检查服务目录中的接口地址：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the service failed (HTTP %3); try again later: %2</source>
        <translation>%1：服务出错（HTTP %3）；请稍后重试：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: redirected elsewhere (HTTP %3), which the console does not follow: %2</source>
        <translation>%1：请求被重定向到别处（HTTP %3），运维台不跟随重定向：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the request was refused (HTTP %3): %2</source>
        <translation>%1：请求被拒绝（HTTP %3）：%2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1: the service refused a freshly issued token (HTTP 401); the account may lack access to this service: %2</source>
        <translation>%1：服务拒绝了刚签发的令牌（HTTP 401）；该账号可能无权访问此服务：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1: %n received</source>
        <translation>
            <numerusform>%1：已接收 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the service keeps sending further pages (marker &quot;%2&quot; after %3 pages); the listing was stopped</source>
        <translation>%1：服务不断返回后续分页（%3 页之后的标记为“%2”）；已停止列举</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+425"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>The CA file &quot;%1&quot; cannot be read or holds no PEM certificate.</source>
        <translation>CA 证书文件“%1”无法读取，或其中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The identity URL &quot;%1&quot; is not an http(s) address.</source>
        <translation>身份认证 URL“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Servers</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flavors</source>
        <translation>云主机规格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hypervisors</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volumes</source>
        <translation>存储卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not authenticated yet: the service catalog is unknown.</source>
        <translation>尚未认证：服务目录未知。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not authenticated.</source>
        <translation>未认证。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>user &quot;%1&quot; in domain &quot;%2&quot;</source>
        <translation>域“%2”中的用户“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application credential &quot;%1&quot;</source>
        <translation>应用凭据“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: Keystone refused the credentials of %2 (HTTP 401). Check the user name, password or application credential, and the project: %3</source>
        <translation>%1：Keystone 拒绝了%2的凭据（HTTP 401）。请检查用户名、密码或应用凭据，以及项目：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the token has no service catalog; configure a project scope for the account</source>
        <translation>%1：令牌中没有服务目录；请为该账号配置项目范围</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: no answer within %2 s; the service is slow or unreachable</source>
        <translation>%1：%2 秒内无响应；服务过慢或无法访问</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>%1: the answer is larger than the limit of %2 MB</source>
        <translation>%1：响应超过了 %2 MB 的上限</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: the secure connection was refused: %2. Install the cloud&apos;s CA certificate system-wide or name it in the CA file setting.</source>
        <translation>%1：安全连接被拒绝：%2。请在系统范围安装云平台的 CA 证书，或在“CA 证书文件”设置中指定它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the connection broke before the whole answer arrived (%2 of %3 bytes): %4</source>
        <translation>%1：响应未完整接收连接就已中断（已收到 %3 字节中的 %2 字节）：%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot reach the service: %2</source>
        <translation>%1：无法访问服务：%2</translation>
    </message>
</context>
<context>
    <name>govops::iaas::OpenStackParse</name>
    <message>
        <location filename="../modules/iaas/OpenStackParse.cpp" line="+28"/>
        <source>the answer lacks the required field &quot;%1&quot;</source>
        <translation>响应缺少必需的字段“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; in the answer is not a JSON object</source>
        <translation>响应中的“%1”不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>the answer is not a JSON object with &quot;%1&quot;</source>
        <translation>响应不是包含“%1”的 JSON 对象</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3; the body looks cut short)</source>
        <translation>响应不是有效的 JSON（%3 字节中的第 %2 字节处：%1；响应内容似乎被截断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%3 字节中的第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer is empty where JSON was expected</source>
        <translation>应返回 JSON，但响应为空</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Keystone answered without the X-Subject-Token header</source>
        <translation>Keystone 的响应中没有 X-Subject-Token 头</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>any region</source>
        <translation>任何区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region &quot;%1&quot;</source>
        <translation>区域“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service catalog has no %1 endpoint for %2 on the %3 interface</source>
        <translation>服务目录中没有类型为 %1、位于%2、%3 接口的服务地址</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Keystone cut the project list short (its list_limit is lower than the number of projects); ask the cloud operator to raise it</source>
        <translation>Keystone 截短了项目列表（其 list_limit 小于项目数）；请联系云平台管理员调高该值</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(empty body)</source>
        <translation>（响应内容为空）</translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaTimersPanel</name>
    <message>
        <location filename="../modules/sla/Panels.cpp" line="+14"/>
        <source>SLA Timers</source>
        <translation>SLA 计时</translation>
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
    <name>govops::storage::AuditRepository</name>
    <message>
        <location filename="../modules/storage/AuditRepository.cpp" line="+22"/>
        <source>The audit action</source>
        <translation>审计操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit entity</source>
        <translation>审计对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit detail</source>
        <translation>审计详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write the audit log</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
</context>
<context>
    <name>govops::storage::CalendarRepository</name>
    <message>
        <location filename="../modules/storage/CalendarRepository.cpp" line="+30"/>
        <source>Calendar line %1: %2</source>
        <translation>日历第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected date,kind,name but found &apos;%1&apos;.</source>
        <translation>应为 date,kind,name，实为“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kind is &apos;%1&apos;; it must be holiday or workday.</source>
        <translation>类型为“%1”；必须是 holiday（节假日）或 workday（调休上班日）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a weekday; a make-up working day is a Saturday or Sunday.</source>
        <translation>%1 是周一至周五中的一天；调休上班日应为周六或周日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than 100 characters.</source>
        <translation>名称超过 100 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice.</source>
        <translation>%1 重复出现。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar file lists no days.</source>
        <translation>日历文件中没有任何日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load the business calendar</source>
        <translation>无法载入工作日历</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot read the calendar file %1: %2</source>
        <translation>无法读取日历文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>Could not read the business calendar</source>
        <translation>无法读取工作日历</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The business calendar holds an unknown kind of day.</source>
        <translation>工作日历中含有未知的日期类型。</translation>
    </message>
</context>
<context>
    <name>govops::storage::CmdbRepository</name>
    <message>
        <location filename="../modules/storage/CmdbRepository.cpp" line="+88"/>
        <source>Could not read the synced CMDB</source>
        <translation>无法读取已同步的配置管理库</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+149"/>
        <source>A CMDB sync is already running; try again when it has finished.</source>
        <translation>已有一次配置管理库同步正在进行，请待其完成后再试。</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Could not lock the CMDB</source>
        <translation>无法锁定配置管理库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write the synced CMDB</source>
        <translation>无法写入同步后的配置管理库</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+4"/>
        <source>Could not record the CMDB sync</source>
        <translation>无法记录本次配置管理库同步</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not read the CMDB sync runs</source>
        <translation>无法读取配置管理库同步记录</translation>
    </message>
</context>
<context>
    <name>govops::storage::Connection</name>
    <message>
        <location filename="../modules/storage/Connection.cpp" line="+40"/>
        <source>The SQLite driver for Qt (QSQLITE) is not installed: install libqt6sql6-sqlite.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）：请安装 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation>无法为数据库文件创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the database file %1</source>
        <translation>无法打开数据库文件 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot prepare the database file %1</source>
        <translation>无法初始化数据库文件 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed: install libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）：请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 asks for a password and none was found: set PGPASSWORD, add the server to ~/.pgpass or save the password in the system keyring.</source>
        <translation>%1 要求提供密码，但未找到密码：请设置 PGPASSWORD、将该服务器加入 ~/.pgpass，或将密码保存到系统密钥环。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the user name or password.</source>
        <translation>%1 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database or user does not exist on that server (%2).</source>
        <translation>%1：该服务器上不存在此数据库或用户（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot prepare the session on %1</source>
        <translation>无法在 %1 上初始化会话</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local server</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1/%2</source>
        <translation>PostgreSQL %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1@%2/%3</source>
        <translation>PostgreSQL %1@%2/%3</translation>
    </message>
</context>
<context>
    <name>govops::storage::Database</name>
    <message>
        <location filename="../modules/storage/Database.cpp" line="+243"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
</context>
<context>
    <name>govops::storage::DatabaseUrl</name>
    <message>
        <location filename="../modules/storage/DatabaseUrl.cpp" line="+42"/>
        <source>A SQLite URL names a file: sqlite:///absolute/path/govops.db (three slashes).</source>
        <translation>SQLite URL 应指向一个文件：sqlite:///absolute/path/govops.db（三个斜杠）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SQLite URL names no file: use sqlite:///absolute/path/govops.db.</source>
        <translation>SQLite URL 没有指定文件：请使用 sqlite:///absolute/path/govops.db。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL URL is malformed (%1): use postgresql://user@host:5432/database.</source>
        <translation>PostgreSQL URL 格式错误（%1）：请使用 postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>The URL carries a password. Passwords never go on a command line or in a profile: use PGPASSWORD, ~/.pgpass or the system keyring.</source>
        <translation>URL 中含有密码。密码绝不能放在命令行或连接配置中：请使用 PGPASSWORD、~/.pgpass 或系统密钥环。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The port in the PostgreSQL URL is out of range.</source>
        <translation>PostgreSQL URL 中的端口超出范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL URL names no database: use postgresql://user@host:5432/database.</source>
        <translation>PostgreSQL URL 没有指定数据库：请使用 postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation>未知的 sslmode“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sslrootcert path may not contain &apos;;&apos;.</source>
        <translation>sslrootcert 路径中不能含有“;”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option &apos;%1&apos; in the PostgreSQL URL: only sslmode and sslrootcert are understood.</source>
        <translation>PostgreSQL URL 中有未知选项“%1”：只支持 sslmode 和 sslrootcert。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No database given: pass --db URL or set GOVOPS_DB.</source>
        <translation>未指定数据库：请使用 --db URL 或设置 GOVOPS_DB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a database URL: use sqlite:///path/govops.db or postgresql://user@host:5432/database.</source>
        <translation>“%1”不是数据库 URL：请使用 sqlite:///path/govops.db 或 postgresql://user@host:5432/database。</translation>
    </message>
</context>
<context>
    <name>govops::storage::DatabaseWorker</name>
    <message>
        <location filename="../modules/storage/Database.cpp" line="-173"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database could not be upgraded, so the console only reads: %1</source>
        <translation>数据库无法升级，运维台只能读取数据：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The connection to %1 was lost. The console reconnects with the next request.</source>
        <translation>与 %1 的连接已断开。运维台会在下一次请求时重新连接。</translation>
    </message>
</context>
<context>
    <name>govops::storage::DemoData</name>
    <message>
        <location filename="../modules/storage/DemoData.cpp" line="+101"/>
        <source>Could not prepare the demo data</source>
        <translation>无法准备演示数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the demo data</source>
        <translation>无法写入演示数据</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Departments, contacts and business systems …</source>
        <translation>委办局、联系人和业务系统 …</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of the %2</source>
        <translation>%2%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staff in every role …</source>
        <translation>各岗位员工 …</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cloud resources and their relations …</source>
        <translation>云资源及其关联关系 …</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Shifts …</source>
        <translation>值班班次 …</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+6"/>
        <source>Could not read the SLA policy</source>
        <translation>无法读取 SLA 策略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data needs an active SLA policy with a resolution time for each grade: migrate the database first.</source>
        <translation>演示数据需要一个对各等级都规定了解决时限的现行 SLA 策略：请先迁移数据库。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tickets in every state, with their history …</source>
        <translation>各种状态的工单及其处理记录 …</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1, %2: %3. Reported by %4; please call back after handling.</source>
        <translation>%1，%2：%3。报告人：%4；处理完毕后请回电。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Handling plan submitted.</source>
        <translation>已提交处理方案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Progress reported to the customer by phone.</source>
        <translation>已电话告知客户处理进展。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the customer&apos;s test account.</source>
        <translation>等待客户提供测试账号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the customer.</source>
        <translation>等待客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handled; the customer confirmed.</source>
        <translation>已处理；客户已确认。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Business restored; no data was lost.</source>
        <translation>业务已恢复；无数据丢失。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shift handovers …</source>
        <translation>交接班记录 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open work handed over at the shift change; see the listed tickets.</source>
        <translation>交接班时移交未完成的工作；详见所列工单。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer waits for a call back.</source>
        <translation>客户在等待回电。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return visits …</source>
        <translation>客户回访 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the visit scripts</source>
        <translation>无法读取回访话术</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The customer confirmed that everything works.</source>
        <translation>客户确认一切正常。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the monthly resource report as well.</source>
        <translation>同时发送月度资源报告。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The demo data needs a reference time.</source>
        <translation>演示数据需要一个基准时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the departments</source>
        <translation>无法读取委办局</translation>
    </message>
    <message>
        <location filename="../modules/storage/DemoBulk.cpp" line="+131"/>
        <location line="+181"/>
        <source>Could not generate the tickets</source>
        <translation>无法生成工单</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 of %2 tickets …</source>
        <translation>已生成 %1 / %2 张工单 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuilding %1 indexes and keys …</source>
        <translation>正在重建 %1 个索引和键 …</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Could not read the demo data</source>
        <translation>无法读取演示数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated tickets need departments, staff and an active SLA policy: seed the base data first.</source>
        <translation>生成工单需要委办局、员工和现行的 SLA 策略：请先载入基础演示数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 tickets, now their history …</source>
        <translation>已生成 %1 张工单，正在生成处理记录 …</translation>
    </message>
</context>
<context>
    <name>govops::storage::DepartmentRepository</name>
    <message>
        <location filename="../modules/storage/DepartmentRepository.cpp" line="+43"/>
        <source>The department name</source>
        <translation>委办局名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region</source>
        <translation>所属板块</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the departments</source>
        <translation>无法读取委办局</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the department</source>
        <translation>无法读取委办局</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department %1 does not exist.</source>
        <translation>委办局 %1 不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not create the department %1</source>
        <translation>无法创建委办局 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the department %1</source>
        <translation>无法保存委办局 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone else changed the department %1 meanwhile. Reload it and make your change again.</source>
        <translation>其他人在此期间修改了委办局 %1。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the contacts</source>
        <translation>无法读取联系人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The contact role</source>
        <translation>联系人角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create the contact</source>
        <translation>无法创建联系人</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the business systems</source>
        <translation>无法读取业务系统</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The business system name</source>
        <translation>业务系统名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create the business system</source>
        <translation>无法创建业务系统</translation>
    </message>
</context>
<context>
    <name>govops::storage::Migrator</name>
    <message>
        <location filename="../modules/storage/Migrator.cpp" line="+44"/>
        <source>The database holds no GovOps schema yet. An administrator creates it with &apos;govops-admin migrate --db URL&apos;.</source>
        <translation>数据库中还没有 GovOps 数据库结构。请管理员用 &apos;govops-admin migrate --db URL&apos; 创建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database schema is version %1, this program needs version %2. An administrator upgrades it with &apos;govops-admin migrate --db URL&apos;; until then the console only reads.</source>
        <translation>数据库结构为第 %1 版，本程序需要第 %2 版。请管理员用 &apos;govops-admin migrate --db URL&apos; 升级；在此之前运维台只能读取数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database schema is current (version %1), but migrations %2 were changed after they were applied.</source>
        <translation>数据库结构为最新（第 %1 版），但迁移 %2 在执行之后被修改过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database schema is current (version %1).</source>
        <translation>数据库结构为最新（第 %1 版）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database schema is version %1, newer than this program understands (version %2). Install the newer GovOps Console; until then it only reads.</source>
        <translation>数据库结构为第 %1 版，比本程序支持的版本（第 %2 版）更新。请安装新版政务云运维台；在此之前只能读取数据。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The migrations folder %1 does not exist.</source>
        <translation>迁移文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration file %1 is not named NNNN_name.sql.</source>
        <translation>迁移文件 %1 的名称不符合 NNNN_name.sql 格式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the migration %1: %2</source>
        <translation>无法读取迁移 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migrations in %1 do not run 1, 2, 3 …: %2 comes where version %3 was expected.</source>
        <translation>%1 中的迁移没有按 1、2、3 … 连续编号：应为第 %3 版的位置出现了 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the database schema</source>
        <translation>无法读取数据库结构</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Could not read the schema version</source>
        <translation>无法读取数据库结构版本</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+22"/>
        <source>Could not lock the schema</source>
        <translation>无法锁定数据库结构</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Could not create the schema_version table</source>
        <translation>无法创建 schema_version 表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Migration %1 (%2) cannot be read: %3</source>
        <translation>无法读取迁移 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Migration %1 (%2) failed at statement %3</source>
        <translation>迁移 %1（%2）在第 %3 条语句处失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not record migration %1</source>
        <translation>无法记录迁移 %1</translation>
    </message>
</context>
<context>
    <name>govops::storage::SecretStore</name>
    <message>
        <location filename="../modules/storage/SecretStore.cpp" line="+35"/>
        <source>No password is saved in the keyring for this connection.</source>
        <translation>密钥环中没有保存此连接的密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the system keyring was refused, so the password is neither read nor saved there.</source>
        <translation>系统密钥环拒绝访问，因此无法从中读取或保存密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked or refused access (%1). The password cannot be saved; you will be asked for it each time.</source>
        <translation>系统密钥环已锁定或拒绝访问（%1）。密码无法保存；每次都需要输入密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No system keyring is available (%1). The password cannot be saved; you will be asked for it each time. Install and unlock a keyring such as gnome-keyring to remember it.</source>
        <translation>没有可用的系统密钥环（%1）。密码无法保存；每次都需要输入密码。如需记住密码，请安装并解锁 gnome-keyring 等密钥环。</translation>
    </message>
</context>
<context>
    <name>govops::storage::SlaPolicyRepository</name>
    <message>
        <location filename="../modules/storage/SlaPolicyRepository.cpp" line="+145"/>
        <source>The policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy description</source>
        <translation>策略说明</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Version %1 of the SLA policy holds a value this program does not know: “%2”.</source>
        <translation>SLA 策略第 %1 版含有本程序无法识别的值：“%2”。</translation>
    </message>
    <message>
        <location line="+146"/>
        <location line="+129"/>
        <source>Could not read the SLA policy</source>
        <translation>无法读取 SLA 策略</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>There is no such SLA policy version.</source>
        <translation>没有这个 SLA 策略版本。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the SLA rules</source>
        <translation>无法读取 SLA 规则</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the escalation steps</source>
        <translation>无法读取升级步骤</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No SLA policy is active: an operations manager must publish one.</source>
        <translation>没有现行的 SLA 策略：须由运营管理员发布一个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the SLA policy versions</source>
        <translation>无法读取 SLA 策略版本</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Someone else published SLA policy version %1 meanwhile. Reload it and make your changes again.</source>
        <translation>其他人在此期间发布了 SLA 策略第 %1 版。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not publish the SLA policy</source>
        <translation>无法发布 SLA 策略</translation>
    </message>
</context>
<context>
    <name>govops::storage::Sql</name>
    <message>
        <location filename="../modules/storage/Sql.cpp" line="+63"/>
        <source>%1: the database cannot be reached. Check the network and the server; the console reconnects by itself.</source>
        <translation>%1：无法连接数据库。请检查网络和服务器；运维台会自动重新连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the database is open for reading only, because its schema does not match this program (see the database state).</source>
        <translation>%1：数据库结构与本程序不匹配，数据库只能读取（详见数据库状态）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: such an entry already exists.</source>
        <translation>%1：已存在相同的记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the data breaks a rule of the database (%2).</source>
        <translation>%1：数据违反了数据库的约束（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: someone else changed the same data at the same moment. Try again.</source>
        <translation>%1：其他人同时修改了同一数据。请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the database refused the request (%2).</source>
        <translation>%1：数据库拒绝了请求（%2）。</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+4"/>
        <source>Could not start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No transaction to commit.</source>
        <translation>没有可提交的事务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the changes</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 may not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1长度为 %2 个字符，最多允许 %3 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1“%2”不在允许的取值之中：%3。</translation>
    </message>
</context>
<context>
    <name>govops::storage::SqlScript</name>
    <message>
        <location filename="../modules/storage/SqlScript.cpp" line="+20"/>
        <source>The SQL script has an unterminated %1 starting on line %2.</source>
        <translation>SQL 脚本中从第 %2 行开始的%1没有结束。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quoted name</source>
        <translation>带引号的名称</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dollar-quoted text</source>
        <translation>美元符号引用的文本</translation>
    </message>
</context>
<context>
    <name>govops::storage::StaffRepository</name>
    <message>
        <location filename="../modules/storage/StaffRepository.cpp" line="+45"/>
        <source>The login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role</source>
        <translation>岗位角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A department application maintainer needs a department.</source>
        <translation>委办局应用维护人员必须属于一个委办局。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the staff</source>
        <translation>无法读取员工信息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the staff member</source>
        <translation>无法读取该员工的信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff member %1.</source>
        <translation>没有员工 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not create the staff member %1</source>
        <translation>无法创建员工 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not save the staff member %1</source>
        <translation>无法保存员工 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone else changed %1 meanwhile. Reload and make your change again.</source>
        <translation>其他人在此期间修改了 %1。请重新加载后再修改一次。</translation>
    </message>
</context>
<context>
    <name>govops::storage::TicketRepository</name>
    <message>
        <location filename="../modules/storage/TicketRepository.cpp" line="+69"/>
        <source>The ticket kind</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reporter&apos;s contact</source>
        <translation>报告人联系方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grade must be I, II, III or IV.</source>
        <translation>等级必须是 I、II、III 或 IV。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket needs a department.</source>
        <translation>工单必须属于一个委办局。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event text</source>
        <translation>事件内容</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not number the ticket</source>
        <translation>无法为工单编号</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+14"/>
        <source>Could not read the SLA policy</source>
        <translation>无法读取 SLA 策略</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No SLA policy is active: an operations manager must publish one first.</source>
        <translation>没有现行的 SLA 策略：须先由运营管理员发布一个。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not create the ticket</source>
        <translation>无法创建工单</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+219"/>
        <source>Could not read the ticket</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+219"/>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Could not read the ticket queue</source>
        <translation>无法读取工单队列</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not count the tickets</source>
        <translation>无法统计工单数量</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save the ticket %1</source>
        <translation>无法保存工单 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone else changed ticket %1 meanwhile (it is now at version %2, yours was %3). Reload it and make your change again.</source>
        <translation>其他人在此期间修改了工单 %1（现为第 %2 版，您的是第 %3 版）。请重新加载后再修改一次。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not add to the ticket&apos;s history</source>
        <translation>无法添加工单处理记录</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not read the ticket&apos;s history</source>
        <translation>无法读取工单处理记录</translation>
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
