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
  create-login LOGIN   create or update the PostgreSQL login of the staff member LOGIN, in the group of
                       their staff role; the password is read from standard input
  cmdb sync            sync the CMDB with the OpenStack cloud at --cloud (credentials from OS_USERNAME,
                       OS_PASSWORD, OS_PROJECT_NAME, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME,
                       OS_REGION_NAME, OS_CACERT, as for the OpenStack CLI)
  escalate             record the escalation steps that are due and deliver them (mail, chat robots);
                       --watch repeats every --interval seconds until stopped (SIGINT, SIGTERM).
                       The SMTP password comes from GOVOPS_SMTP_PASSWORD or the keyring
                       (key smtp:USER@HOST:PORT)
  visits generate      add the return visits owed from --from to --to (default: this month and the next),
                       move or cancel those still planned; running it again changes nothing
  export visits        write the return visits to --out as --format ics, xlsx or csv; filters:
                       --department ID, --kind KIND, --from DATE, --to DATE (due days, both included)

The database is a URL: sqlite:///path/govops.db or postgresql://user@host:5432/db?sslmode=verify-full.
Passwords never go on the command line: libpq reads PGPASSWORD and ~/.pgpass, else the keyring is used.
Exit status: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>管理 GovOps Console 数据库。

命令：
  migrate              创建或升级数据库结构（PostgreSQL 数据库结构只能通过此命令变更）
  seed                 加载演示数据（仅一次），可用 --tickets N 另外生成 N 张工单
  check                测试连接并检查数据库结构版本
  import-calendar FILE 为文件中列出的年份导入节假日和调休工作日（CSV：date,kind,name）
  store-password       将服务器密码保存到系统密钥环，密码从标准输入读取
  forget-password      从密钥环中删除该密码
  create-login LOGIN   为工作人员 LOGIN 创建或更新 PostgreSQL 登录名，并加入其人员角色对应的组；
                       密码从标准输入读取
  cmdb sync            将 CMDB 与 --cloud 指定的 OpenStack 云同步（凭据取自 OS_USERNAME、
                       OS_PASSWORD、OS_PROJECT_NAME、OS_USER_DOMAIN_NAME、OS_PROJECT_DOMAIN_NAME、
                       OS_REGION_NAME、OS_CACERT，与 OpenStack CLI 相同）
  escalate             记录到期的升级步骤并发送通知（邮件、聊天机器人）；
                       使用 --watch 时每隔 --interval 秒重复执行，直到被停止（SIGINT、SIGTERM）。
                       SMTP 密码取自 GOVOPS_SMTP_PASSWORD 或密钥环
                       （键名 smtp:USER@HOST:PORT）
  visits generate      添加 --from 至 --to 期间应做的回访（默认为本月和下月），
                       调整或取消仍在计划中的回访；重复运行不会产生任何变化
  export visits        将回访以 --format ics、xlsx 或 csv 格式写入 --out；筛选条件：
                       --department ID、--kind KIND、--from DATE、--to DATE（按到期日，含首尾两天）

数据库以 URL 表示：sqlite:///path/govops.db 或 postgresql://user@host:5432/db?sslmode=verify-full。
密码绝不写在命令行上：libpq 读取 PGPASSWORD 和 ~/.pgpass，否则使用密钥环。
退出状态：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database URL (default: the GOVOPS_DB environment variable).</source>
        <translation>数据库 URL（默认取环境变量 GOVOPS_DB）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-18"/>
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
        <location line="+3"/>
        <source>escalate: keep going, one pass every interval.</source>
        <translation>escalate：持续运行，每隔一个间隔执行一轮。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalate --watch: seconds between passes.</source>
        <translation>escalate --watch：每轮检查之间间隔的秒数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalate: the mail server, smtps://host:465 or smtp://host:587 (STARTTLS).</source>
        <translation>escalate：邮件服务器，smtps://host:465 或 smtp://host:587 (STARTTLS)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>escalate: the sender&apos;s mail address.</source>
        <translation>escalate：发件人邮箱地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalate: the user name on the mail server.</source>
        <translation>escalate：邮件服务器上的用户名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits generate, export visits: the first day (YYYY-MM-DD).</source>
        <translation>visits generate、export visits：起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>visits generate, export visits: the last day (YYYY-MM-DD).</source>
        <translation>visits generate、export visits：结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export visits: ics, xlsx or csv.</source>
        <translation>export visits：ics、xlsx 或 csv。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export visits: the file to write.</source>
        <translation>export visits：要写入的文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export visits: only this department&apos;s.</source>
        <translation>export visits：仅导出该部门的回访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export visits: only this kind (after_service, after_fault, new_customer, vip).</source>
        <translation>export visits：仅导出该类型（after_service、after_fault、new_customer、vip）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migrate, seed, check, import-calendar, store-password, forget-password, cmdb sync, escalate, visits generate or export visits</source>
        <translation>migrate、seed、check、import-calendar、store-password、forget-password、cmdb sync、escalate、visits generate 或 export visits</translation>
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
        <location line="+6"/>
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
        <source>create-login takes the staff member&apos;s login.</source>
        <translation>create-login 需要工作人员的登录名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visits command takes one subcommand: generate.</source>
        <translation>visits 命令只有一个子命令：generate。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export command takes what to export: visits.</source>
        <translation>export 命令需要指定导出内容：visits。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import-calendar takes one CSV file.</source>
        <translation>import-calendar 需要且只需要一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; takes no further arguments.</source>
        <translation>“%1”不接受其他参数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a day as YYYY-MM-DD.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>--to comes before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>export visits needs --format ics, xlsx or csv.</source>
        <translation>export visits 需要 --format ics、xlsx 或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export visits needs --out FILE.</source>
        <translation>export visits 需要 --out FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind takes after_service, after_fault, new_customer or vip.</source>
        <translation>--kind 可取 after_service、after_fault、new_customer 或 vip。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--department takes a department&apos;s id.</source>
        <translation>--department 需要部门 ID。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cmdb sync needs the cloud&apos;s Keystone URL: --cloud https://keystone.example:5000/v3 or OS_AUTH_URL.</source>
        <translation>cmdb sync 需要云平台的 Keystone 地址：--cloud https://keystone.example:5000/v3 或 OS_AUTH_URL。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--interval takes a number of seconds from 1 to 86400.</source>
        <translation>--interval 需要 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--smtp-url takes smtps://host:465 or smtp://host:587.</source>
        <translation>--smtp-url 可取 smtps://host:465 或 smtp://host:587。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMTP URL carries a password: set GOVOPS_SMTP_PASSWORD or use the keyring instead.</source>
        <translation>SMTP URL 中含有密码：请改为设置 GOVOPS_SMTP_PASSWORD 或使用密钥环。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--smtp-url needs --smtp-from with the sender&apos;s mail address.</source>
        <translation>--smtp-url 需要同时用 --smtp-from 指定发件人邮箱地址。</translation>
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
        <location filename="../app/admin/Commands.cpp" line="+87"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+128"/>
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
        <location line="+21"/>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Saved the password for %1 in the system keyring.</source>
        <translation>已将 %1 的密码保存到系统密钥环。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a PostgreSQL server has logins of their own.</source>
        <translation>只有 PostgreSQL 服务器才有独立的登录账号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created the login %1 in %2.</source>
        <translation>已在 %2 中创建登录名 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the login %1 in %2.</source>
        <translation>已更新 %2 中的登录名 %1。</translation>
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
    <message>
        <location line="+25"/>
        <source>No SMTP password for %1: set GOVOPS_SMTP_PASSWORD or save it in the keyring under &apos;%2&apos; (%3)</source>
        <translation>没有 %1 的 SMTP 密码：请设置 GOVOPS_SMTP_PASSWORD，或将其保存到密钥环的“%2”下（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Recorded: ticket %1, %2 #%3, %4; %n person(s) told.</source>
        <translation>
            <numerusform>已记录：工单 %1，%2 #%3，%4；已通知 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated %1 open ticket(s), %2 running clock(s); recorded %3 step(s).</source>
        <translation>已评估 %1 个未关闭工单、%2 个运行中的计时；已记录 %3 个步骤。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivered to %1.</source>
        <translation>已发送给 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries: %1 sent, %2 to retry, %3 given up.</source>
        <translation>通知发送：已发送 %1 条，待重试 %2 条，已放弃 %3 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Return visits due from %1 to %2: %3 owed; %4 added, %5 moved, %6 cancelled.</source>
        <translation>%1 至 %2 期间到期的回访：应回访 %3 次；新增 %4 次，调整 %5 次，取消 %6 次。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown export format &apos;%1&apos;: use ics, xlsx or csv.</source>
        <translation>未知的导出格式“%1”：请使用 ics、xlsx 或 csv。</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Wrote %n return visit(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条回访写入 %1。</numerusform>
        </translation>
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
        <location filename="../app/gui/DemoCloud.cpp" line="+31"/>
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
        <location filename="../app/gui/DemoStartup.cpp" line="+33"/>
        <location line="+44"/>
        <location line="+39"/>
        <source>GovOps Console</source>
        <translation>政务云运维台</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Opening the demo database…</source>
        <translation>正在打开演示数据库…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo database %1 cannot be opened: %2</source>
        <translation>无法打开演示数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The demo data could not be loaded: %1</source>
        <translation>无法载入演示数据：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo agent</source>
        <translation>演示受理员</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+70"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>govops::app::LoginDialog</name>
    <message>
        <location filename="../app/gui/LoginDialog.cpp" line="+32"/>
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
        <location line="+73"/>
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
        <location line="+28"/>
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
        <location filename="../modules/core/Domain.cpp" line="+142"/>
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
        <location filename="../modules/core/SlaPolicy.cpp" line="+101"/>
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
        <location filename="../modules/core/Ticket.cpp" line="+146"/>
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
    <name>govops::exports::VisitExport</name>
    <message>
        <location filename="../modules/exports/VisitExport.cpp" line="+56"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business system</source>
        <translation>应用系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan key</source>
        <translation>计划标识</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After a service operation</source>
        <translation>服务操作后回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a fault</source>
        <translation>故障后回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP customer</source>
        <translation>VIP 客户回访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+39"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Ticket: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Assignee: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return visit (%1, %2): %3</source>
        <translation>回访（%1，%2）：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarterly VIP visit on site: %1</source>
        <translation>VIP 季度现场回访：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly VIP call: %1</source>
        <translation>VIP 月度电话回访：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not build the recurring VIP visits.</source>
        <translation>无法生成VIP定期回访。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+60"/>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Could not write the calendar.</source>
        <translation>无法写入日历。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not write the workbook %1</source>
        <translation>无法写入工作簿 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <name>govops::notify::DeliveryQueue</name>
    <message>
        <location filename="../modules/notify/DeliveryQueue.cpp" line="+45"/>
        <source>Could not take escalation deliveries to send</source>
        <translation>无法获取待发送的升级通知</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Could not read the escalation deliveries</source>
        <translation>无法读取升级通知的发送记录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not record a sent escalation</source>
        <translation>无法记录已发送的升级通知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not record a failed escalation delivery</source>
        <translation>无法记录发送失败的升级通知</translation>
    </message>
</context>
<context>
    <name>govops::notify::EscalationMessage</name>
    <message>
        <location filename="../modules/notify/EscalationMessage.cpp" line="+22"/>
        <source>creation</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handling plan</source>
        <translation>处置方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer update</source>
        <translation>客户进展通报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM allocation</source>
        <translation>虚拟机分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>physical server allocation</source>
        <translation>物理服务器分配</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new urgent ticket</source>
        <translation>新的紧急工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nearing its deadline</source>
        <translation>即将到达截止时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close to breach, supervisor informed</source>
        <translation>即将超时，已通知值班主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[GovOps] %1 %2: %3</source>
        <translation>[GovOps] %1 %2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket: %1 (grade %2)</source>
        <translation>工单：%1（%2级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock: %1</source>
        <translation>计时：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step: %1</source>
        <translation>升级步骤：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the GovOps Console to take it on or acknowledge it.</source>
        <translation>请打开政务云运维台认领或确认。</translation>
    </message>
</context>
<context>
    <name>govops::notify::SmtpSender</name>
    <message>
        <location filename="../modules/notify/SmtpSender.cpp" line="+73"/>
        <source>the server&apos;s name cannot be resolved</source>
        <translation>无法解析服务器名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the user name or password</source>
        <translation>服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not offer STARTTLS (use smtps:// or a server with TLS)</source>
        <translation>服务器不支持 STARTTLS（请使用 smtps:// 或支持 TLS 的服务器）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection broke off</source>
        <translation>连接已中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the mail</source>
        <translation>服务器拒收了邮件</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not send the mail to %1 through %2: %3.</source>
        <translation>无法通过 %2 向 %1 发送邮件：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail server %1 is not an smtp:// or smtps:// URL.</source>
        <translation>邮件服务器 %1 不是 smtp:// 或 smtps:// URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libcurl could not start</source>
        <translation>libcurl 无法启动</translation>
    </message>
</context>
<context>
    <name>govops::notify::WebhookSender</name>
    <message>
        <location filename="../modules/notify/WebhookSender.cpp" line="+37"/>
        <source>Could not post to the chat robot at %1: %2.</source>
        <translation>无法向 %1 的聊天机器人发送消息：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the robot answered with HTTP status %1</source>
        <translation>机器人返回了 HTTP 状态码 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the robot refused the message (%1)</source>
        <translation>机器人拒收了消息（%1）</translation>
    </message>
</context>
<context>
    <name>govops::sla::EscalationWatch</name>
    <message>
        <location filename="../modules/sla/EscalationWatch.cpp" line="+146"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1, %2 clock: %3.</source>
        <translation>工单 %1，%2计时：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 was reported at once on creation.</source>
        <translation>工单 %1 在创建时已立即上报。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: deadline passed</source>
        <translation>%1：已超过截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: deadline near</source>
        <translation>%1：即将到达截止时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 clock of ticket %2 has breached its deadline.</source>
        <translation>工单 %2 的%1计时已超过截止时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 clock of ticket %2 has reached its warning point.</source>
        <translation>工单 %2 的%1计时已到达预警点。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot acknowledge yet: your staff record has not been read from the database.</source>
        <translation>暂时无法确认：尚未从数据库读取到您的人员信息。</translation>
    </message>
</context>
<context>
    <name>govops::sla::HandoverDialog</name>
    <message>
        <location filename="../modules/sla/HandoverDialog.cpp" line="+112"/>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading your open tickets…</source>
        <translation>正在加载您的未关闭工单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My open tickets</source>
        <translation>我的未关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets of my whole shift</source>
        <translation>本班次全部未关闭工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>下一截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last customer update</source>
        <translation>最近一次客户进展通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the next shift</source>
        <translation>给下一班次的备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the next shift should know about the desk as a whole</source>
        <translation>需要下一班次了解的服务台整体情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over:</source>
        <translation>移交：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken over by:</source>
        <translation>接班人：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift %1, %2 – %3</source>
        <translation>班次 %1，%2 – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shift is planned for now: the handover opens one for the current period.</source>
        <translation>当前没有排定的班次：交接班将为当前时段新建一个班次。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Handed %n ticket(s) over to %1.</source>
        <translation>
            <numerusform>已将 %n 张工单移交给 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govops::sla::SlaClockModel</name>
    <message>
        <location filename="../modules/sla/SlaClockModel.cpp" line="+89"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by me</source>
        <translation>已由我确认</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Reported at creation</source>
        <translation>创建时已上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warned</source>
        <translation>已预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor told</source>
        <translation>已通知值班主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breach reported</source>
        <translation>已上报超时</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n d %1</source>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
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
        <location filename="../modules/sla/SlaTimersPanel.cpp" line="+161"/>
        <source>All clocks</source>
        <translation>全部计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every clock you may see, or only those of tickets you own</source>
        <translation>显示您有权查看的全部计时，或仅显示您负责的工单的计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the escalations of the selected clocks as seen by you (%1)</source>
        <translation>将所选计时的升级标记为已由您确认（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift handover…</source>
        <translation>交接班…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand your open tickets over to the next shift (%1)</source>
        <translation>将您未关闭的工单移交给下一班次（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading the SLA clocks…</source>
        <translation>正在加载SLA计时…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of your tickets has a running clock</source>
        <translation>您的工单中没有正在运行的计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &quot;All clocks&quot; to see the clocks of the whole desk.</source>
        <translation>选择“全部计时”可查看整个服务台的计时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SLA clock is running</source>
        <translation>没有运行中的SLA计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every open ticket has met its deadlines. New tickets appear here with their response, handling-plan and resolution clocks.</source>
        <translation>所有未关闭工单均未超过截止时间。新工单将连同其响应、处置方案和解决计时显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n notice(s) wait for your acknowledgement. Latest: %1</source>
        <translation>
            <numerusform>有 %n 条通知等待您确认。最新：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
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
    <name>govops::storage::ChangeFeed</name>
    <message>
        <location filename="../modules/storage/ChangeFeed.cpp" line="+171"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>Could not read the change log</source>
        <translation>无法读取变更日志</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Could not prune the change log</source>
        <translation>无法清理变更日志</translation>
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
        <location filename="../modules/storage/Database.cpp" line="+338"/>
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
        <location filename="../modules/storage/Database.cpp" line="-263"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+87"/>
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
    <name>govops::storage::EscalationRepository</name>
    <message>
        <location filename="../modules/storage/EscalationRepository.cpp" line="+96"/>
        <location line="+180"/>
        <source>Could not read the escalations</source>
        <translation>无法读取升级记录</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>The database holds an escalation this program does not know.</source>
        <translation>数据库中有本程序无法识别的升级记录。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not record the escalation</source>
        <translation>无法记录升级</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Could not acknowledge the escalation</source>
        <translation>无法确认该升级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation %1 does not exist.</source>
        <translation>升级 %1 不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the acknowledgements</source>
        <translation>无法读取确认记录</translation>
    </message>
</context>
<context>
    <name>govops::storage::HandoverRepository</name>
    <message>
        <location filename="../modules/storage/HandoverRepository.cpp" line="+39"/>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afternoon shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose who hands over and who takes over.</source>
        <translation>请选择交班人和接班人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the work over to somebody else.</source>
        <translation>请将工作移交给其他人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A handover needs at least one ticket.</source>
        <translation>交接至少需要包含一个工单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover note</source>
        <translation>交接备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A ticket is listed twice in the handover.</source>
        <translation>交接清单中有工单重复列出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note on a ticket</source>
        <translation>工单备注</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+67"/>
        <source>Could not read the shifts</source>
        <translation>无法读取班次</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Could not read the shift&apos;s members</source>
        <translation>无法读取班次成员</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not create the current shift</source>
        <translation>无法创建当前班次</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the staff</source>
        <translation>无法读取员工信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff member %1.</source>
        <translation>不存在工作人员 %1。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not record the handover</source>
        <translation>无法记录交接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the ticket</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket %1 is closed: there is nothing to hand over.</source>
        <translation>工单 %1 已关闭，无需交接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not record the handover of a ticket</source>
        <translation>无法记录工单的移交</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write the ticket&apos;s history</source>
        <translation>无法写入工单历史记录</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the handover</source>
        <translation>无法读取交接记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No handover %1.</source>
        <translation>不存在交接班记录 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the handover&apos;s tickets</source>
        <translation>无法读取交接班中的工单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the handovers</source>
        <translation>无法读取交接记录列表</translation>
    </message>
</context>
<context>
    <name>govops::storage::LoginRoles</name>
    <message>
        <location filename="../modules/storage/LoginRoles.cpp" line="+90"/>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a password of ASCII letters, digits and punctuation: PostgreSQL treats other characters in a way this tool does not repeat, and the sign-in would fail.</source>
        <translation>请使用由 ASCII 字母、数字和标点组成的密码：PostgreSQL 对其他字符的处理方式本工具无法复现，会导致登录失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No staff member has the login &quot;%1&quot;. Add the person first.</source>
        <translation>没有登录名为“%1”的人员。请先添加该人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The staff account &quot;%1&quot; is no longer active.</source>
        <translation>员工账号“%1”已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login &quot;%1&quot; is reserved for the database&apos;s own roles.</source>
        <translation>登录名“%1”已保留给数据库自身的角色使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not create the database login &quot;%1&quot;</source>
        <translation>无法创建数据库登录账号“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A database role &quot;%1&quot; exists that is not a plain login (a superuser, a role that creates roles, a group, or the administrator&apos;s own). It is left alone.</source>
        <translation>已存在数据库角色“%1”，但它不是普通登录角色（而是超级用户、可创建角色的角色、组或管理员自己的角色），因此保持不变。</translation>
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
    <name>govops::storage::SavedViewRepository</name>
    <message>
        <location filename="../modules/storage/SavedViewRepository.cpp" line="+29"/>
        <source>Could not read the saved views</source>
        <translation>无法读取已保存的视图</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The view&apos;s name</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The view&apos;s definition</source>
        <translation>视图定义</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not remove the view</source>
        <translation>无法删除该视图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This view does not exist any more.</source>
        <translation>此视图已不存在。</translation>
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
    <name>govops::storage::TicketFactsQuery</name>
    <message>
        <location filename="../modules/storage/TicketFacts.cpp" line="+128"/>
        <source>Could not read the open tickets</source>
        <translation>无法读取未关闭的工单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the history of the open tickets</source>
        <translation>无法读取未关闭工单的历史记录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not read the ticket</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the ticket&apos;s history</source>
        <translation>无法读取该工单的历史记录</translation>
    </message>
</context>
<context>
    <name>govops::storage::TicketRepository</name>
    <message>
        <location filename="../modules/storage/TicketRepository.cpp" line="+85"/>
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
        <location line="+56"/>
        <source>Could not create the ticket</source>
        <translation>无法创建工单</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+253"/>
        <location line="+44"/>
        <source>Could not read the ticket</source>
        <translation>无法读取工单</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+297"/>
        <source>Ticket %1 does not exist.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Could not read the ticket queue</source>
        <translation>无法读取工单队列</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not count the tickets</source>
        <translation>无法统计工单数量</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not save the ticket %1</source>
        <translation>无法保存工单 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ticket %1 was changed by someone else at %2 (it is now at version %3, yours was %4). Reload it and make your change again.</source>
        <translation>工单 %1 已于 %2 被其他人修改（当前版本为 %3，您的版本为 %4）。请重新加载后再次修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed ticket %2 at %3 (it is now at version %4, yours was %5). Reload it and make your change again.</source>
        <translation>%1 已于 %3 修改了工单 %2（当前版本为 %4，您的版本为 %5）。请重新加载后再次修改。</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>govops::storage::TicketWorkflow</name>
    <message>
        <location filename="../modules/storage/TicketWorkflow.cpp" line="+126"/>
        <source>Could not read the staff list</source>
        <translation>无法读取人员列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such person (staff %1).</source>
        <translation>没有此人（员工 %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the SLA policy</source>
        <translation>无法读取 SLA 策略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No SLA policy is active: an operations manager must publish one first.</source>
        <translation>没有生效的SLA策略：请运维经理先发布一个策略。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not read the post-incident analysis</source>
        <translation>无法读取故障分析报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1 has no post-incident analysis yet.</source>
        <translation>工单 %1 尚无故障分析报告。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say whose responsibility the fault was (platform, carrier, the customer&apos;s system or a third party) before resolving it.</source>
        <translation>解决前请说明故障的责任归属（平台、运营商、客户自有系统或第三方）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+258"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The SLA policy version %1 of ticket %2 is not loaded.</source>
        <translation>工单 %2 的SLA策略版本 %1 未加载。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The ticket kind &apos;%1&apos; is not one of: %2.</source>
        <translation>工单类型“%1”不在允许的取值之中：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+215"/>
        <source>The grade must be I, II, III or IV.</source>
        <translation>等级必须为一级、二级、三级或四级。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 has already claimed ticket %2.</source>
        <translation>%1 已认领工单 %2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not claim ticket %1</source>
        <translation>无法认领工单 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+24"/>
        <source>%1 is no longer active and cannot own tickets.</source>
        <translation>%1 已停用，不能负责工单。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Ticket %1 is already assigned to %2.</source>
        <translation>工单 %1 已指派给 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hand-over note</source>
        <translation>移交备注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ticket %1 is already with %2.</source>
        <translation>工单 %1 已由 %2 负责。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The channel &apos;%1&apos; is not one of: %2.</source>
        <translation>受理渠道“%1”不在允许的取值之中：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update</source>
        <translation>进展通报</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The status &apos;%1&apos; is not one of: %2.</source>
        <translation>状态“%1”不在允许的取值之中：%2。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket %1 already has grade %2.</source>
        <translation>工单 %1 已是%2级。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say when the fault began.</source>
        <translation>请说明故障开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service cannot have been restored before the fault began.</source>
        <translation>服务恢复时间不能早于故障开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 saved the post-incident analysis of ticket %2 at %3 meanwhile. Reload it and make your change again.</source>
        <translation>%1 已于 %3 保存了工单 %2 的故障分析报告。请重新加载后再次修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Could not save the post-incident analysis</source>
        <translation>无法保存故障分析报告</translation>
    </message>
</context>
<context>
    <name>govops::storage::VisitPlanSource</name>
    <message>
        <location filename="../modules/storage/VisitPlanSource.cpp" line="+28"/>
        <source>Could not read what return visits are owed</source>
        <translation>无法读取待办的回访</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The active SLA policy names an unknown time zone, %1.</source>
        <translation>现行 SLA 策略指定了未知时区 %1。</translation>
    </message>
</context>
<context>
    <name>govops::storage::VisitRepository</name>
    <message>
        <location filename="../modules/storage/VisitRepository.cpp" line="+122"/>
        <source>The satisfaction is %1; it goes from 1 (very unhappy) to 5 (very happy).</source>
        <translation>满意度为 %1；取值范围为 1（非常不满意）到 5（非常满意）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The satisfaction &apos;%1&apos; is not a number from 1 to 5.</source>
        <translation>满意度“%1”不是 1 到 5 之间的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>Who was reached</source>
        <translation>联系到的人</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+104"/>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>The follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Could not read the return visit</source>
        <translation>无法读取回访</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The return visit %1 does not exist.</source>
        <translation>回访 %1 不存在。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+232"/>
        <source>Could not read the return-visit schedule</source>
        <translation>无法读取回访计划</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Could not count the return visits</source>
        <translation>无法统计回访数量</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The return visit %1 was cancelled: it is no longer owed.</source>
        <translation>回访 %1 已取消：无需再回访。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed the return visit %1 meanwhile (it is now at version %2, yours was %3). Reload it and make your change again.</source>
        <translation>其他人已修改回访 %1（当前为版本 %2，您的为版本 %3）。请重新加载后再次修改。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not log the return visit %1</source>
        <translation>无法登记回访 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The return visit %1 was already logged; a logged visit is never overwritten: amend it instead.</source>
        <translation>回访 %1 已登记；已登记的回访不能覆盖，请改为更正。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not add the return visit to the ticket&apos;s history</source>
        <translation>无法将回访添加到工单历史记录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>Could not amend the return visit %1</source>
        <translation>无法修改回访 %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The return visit %1 has not been logged yet: log it instead of amending it.</source>
        <translation>回访 %1 尚未登记：请直接登记，而不是更正。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not read the corrections of the return visit</source>
        <translation>无法读取该回访的更正记录</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The planning window %1 to %2 is not a range of days.</source>
        <translation>计划时段 %1 至 %2 不是有效的日期范围。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not write the return-visit schedule</source>
        <translation>无法写入回访计划</translation>
    </message>
</context>
<context>
    <name>govops::tickets::ActionDialog</name>
    <message>
        <location filename="../modules/tickets/ActionDialog.cpp" line="+57"/>
        <source>Restored what you typed here before and had not saved yet.</source>
        <translation>已恢复您此前在此处输入但尚未保存的内容。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing you typed is lost: it stays here (and in your drafts). Press %1 to try again.</source>
        <translation>您输入的内容不会丢失：仍保留在此处（以及您的草稿中）。按 %1 重试。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving …</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 / %2</source>
        <extracomment>A field&apos;s length and the most it takes: 12 / 200</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is %2 characters long; at most %3 fit. Shorten it: nothing has been saved yet.</source>
        <translation>“%1”长度为 %2 个字符，最多只能容纳 %3 个。请缩短：目前尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::ConflictDialog</name>
    <message>
        <location filename="../modules/tickets/ConflictDialog.cpp" line="+26"/>
        <source>&amp;Apply My Change</source>
        <translation>应用我的修改(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit My Change</source>
        <translation>编辑我的修改(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard My Change</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone Else Saved This Ticket</source>
        <translation>其他人已保存此工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Your change was not saved. Compare, then apply it to the version stored now, or discard it.</source>
        <translation>%1
您的修改未保存。请比较后将其应用到当前保存的版本，或放弃修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change:</source>
        <translation>您的修改：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored now:</source>
        <translation>当前已保存：</translation>
    </message>
</context>
<context>
    <name>govops::ui::Drafts</name>
    <message>
        <location filename="../modules/tickets/Drafts.cpp" line="+62"/>
        <source>Your draft could not be kept: the folder %1 cannot be created.</source>
        <translation>无法保留您的草稿：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your draft could not be kept in %1.</source>
        <translation>无法将您的草稿保存在 %1 中。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::GradeDialog</name>
    <message>
        <location filename="../modules/tickets/ResolveDialog.cpp" line="+63"/>
        <source>Change the Grade of %1</source>
        <translation>更改 %1 的等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change Grade</source>
        <translation>更改等级(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a different grade: the ticket already has this one.</source>
        <translation>请选择其他等级：工单已是该等级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for the new grade: it stays in the ticket&apos;s history.</source>
        <translation>请说明调整等级的原因：该原因将保留在工单处理记录中。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::NewTicketDialog</name>
    <message>
        <location filename="../modules/tickets/NewTicketDialog.cpp" line="+28"/>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Ticket</source>
        <translation>创建工单(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the department …</source>
        <translation>选择部门 …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business system:</source>
        <translation>应用系统(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporter:</source>
        <translation>报告人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong or wanted, in a few words</source>
        <translation>用几句话说明出了什么问题或有什么需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone or e-mail to call back</source>
        <translation>回拨电话或电子邮箱</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The ticket needs a title: a few words that say what is wrong or wanted.</source>
        <translation>工单需要标题：用几句话说明出了什么问题或有什么需求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the department the ticket is for.</source>
        <translation>请选择工单所属的部门。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::NoteDialog</name>
    <message>
        <location filename="../modules/tickets/NoteDialog.cpp" line="+20"/>
        <source>Comment on %1</source>
        <translation>为 %1 添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Comment</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment (for the team, not the customer):</source>
        <translation>备注（仅团队可见，不对客户）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer Update for %1</source>
        <translation>%1 的客户进展通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record Update</source>
        <translation>记录进展通报(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What the customer was told:</source>
        <translation>已告知客户的内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handling Plan for %1</source>
        <translation>%1 的处置方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit Plan</source>
        <translation>提交方案(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan (what will be done, by whom, by when):</source>
        <translation>处置方案（做什么、由谁做、何时完成）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Change Status to %2</source>
        <translation>%1：将状态改为%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change Status</source>
        <translation>更改状态(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional):</source>
        <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write the comment first: an empty one says nothing.</source>
        <translation>请先填写备注：空备注没有意义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what the customer was told.</source>
        <translation>请记录已告知客户的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the plan before submitting it.</source>
        <translation>请先填写处置方案再提交。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::PostIncidentDialog</name>
    <message>
        <location filename="../modules/tickets/PostIncidentDialog.cpp" line="+33"/>
        <source>Post-incident Analysis of %1</source>
        <translation>%1 的故障分析报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Analysis</source>
        <translation>保存分析(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault &amp;began:</source>
        <translation>故障开始时间(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;restored:</source>
        <translation>服务恢复时间(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esult (what was done, what it achieved):</source>
        <translation>处理结果（做了什么、达到了什么效果）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preventive measures:</source>
        <translation>预防措施(&amp;P)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the times (service restored after the fault began)</source>
        <translation>时间（故障开始后服务恢复的时间）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete: time, cause, result and prevention are all stated.</source>
        <translation>完整：时间、原因、结果和预防措施均已说明。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The analysis must be clear on time, cause and result, with preventive measures. %1</source>
        <translation>故障分析报告须写明时间、原因和处理结果，并提出预防措施。%1</translation>
    </message>
</context>
<context>
    <name>govops::tickets::ResolveDialog</name>
    <message>
        <location filename="../modules/tickets/ResolveDialog.cpp" line="-74"/>
        <source>Resolve %1</source>
        <translation>解决 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whose side the cause was on …</source>
        <translation>选择原因归属方 …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not applicable)</source>
        <translation>（不适用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Responsibility:</source>
        <translation>责任归属(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>处理情况(&amp;W)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say whose side the cause was on: outages that were not the provider&apos;s do not count against availability.</source>
        <translation>请说明原因归属哪一方：非云服务商责任的中断不计入可用性。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::StaffPickerDialog</name>
    <message>
        <location filename="../modules/tickets/StaffPickerDialog.cpp" line="+25"/>
        <source>Assign %1</source>
        <translation>指派 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand Over %1</source>
        <translation>移交 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand Over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name or role</source>
        <translation>输入姓名或岗位的一部分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to:</source>
        <translation>指派给(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hand over to:</source>
        <translation>移交给(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note for the next owner:</source>
        <translation>给下一位负责人的备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the person the ticket goes to.</source>
        <translation>请选择接收该工单的人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note for the next owner: what was done, what is pending, whom the customer expects.</source>
        <translation>请为下一位负责人写一条备注：已做了什么、还有什么待处理、客户在等谁的回复。</translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketActions</name>
    <message>
        <location filename="../modules/tickets/TicketActions.cpp" line="+59"/>
        <source>Status: %1
Grade: %2
Owner: %3
Title: %4
Last saved: %5</source>
        <translation>状态：%1
等级：%2
负责人：%3
标题：%4
上次保存：%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault began: %1
Service restored: %2
Cause: %3
Result: %4
Prevention: %5</source>
        <translation>故障开始：%1
服务恢复：%2
原因：%3
处理结果：%4
预防措施：%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the post-incident analysis:
</source>
        <translation>保存故障分析报告：
</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;New Ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;laim</source>
        <translation>认领(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assign…</source>
        <translation>指派(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand Over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Comment…</source>
        <translation>备注(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer &amp;Update…</source>
        <translation>客户进展通报(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit &amp;Plan…</source>
        <translation>提交处置方案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change &amp;Status</source>
        <translation>更改状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change &amp;Grade…</source>
        <translation>更改等级(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post-incident &amp;Analysis…</source>
        <translation>故障分析报告(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a ticket for a call, an e-mail or a portal request</source>
        <translation>为来电、邮件或门户请求新建工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the ticket: you become its one owner</source>
        <translation>认领该工单：您将成为其唯一负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch the ticket to a colleague</source>
        <translation>将工单派给同事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the ticket to the next owner, with a note</source>
        <translation>将工单移交给下一位负责人，并附上备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal note for the team</source>
        <translation>供团队内部查看的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the progress you reported to the customer (restarts the update clock)</source>
        <translation>记录已向客户通报的进展（重新开始通报计时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the handling plan</source>
        <translation>提交处置方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the ticket to another status</source>
        <translation>将工单转到其他状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise or lower the grade, with the reason</source>
        <translation>提高或降低等级，并说明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the ticket as resolved, with whose side the cause was on</source>
        <translation>将工单记录为已解决，并注明原因归属方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the ticket for good</source>
        <translation>永久关闭该工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time, cause, result and prevention of the fault</source>
        <translation>故障的时间、原因、结果和预防措施</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The ticket actions are not available: %1</source>
        <translation>工单操作不可用：%1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a new ticket: %1</source>
        <translation>新建工单：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is yours now.</source>
        <translation>%1 现由您负责。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim %1</source>
        <translation>认领 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hand Over</source>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 handed over to %2.</source>
        <translation>%1 已移交给 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over to %1 with the note:
%2</source>
        <translation>交接给 %1，备注：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 assigned to %2.</source>
        <translation>%1 已指派给 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to %1</source>
        <translation>指派给 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Comment added to %1.</source>
        <translation>已为 %1 添加备注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:
%1</source>
        <translation>备注：
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer update recorded on %1.</source>
        <translation>已在 %1 上记录客户进展通报。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer update (%1):
%2</source>
        <translation>客户进展通报（%1）：
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handling plan of %1 submitted.</source>
        <translation>%1 的处置方案已提交。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling plan:
%1</source>
        <translation>处置方案：
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在为%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status to %1. Note:
%2</source>
        <translation>将状态改为%1。备注：
%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is now grade %2.</source>
        <translation>%1 现为%2级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the grade to %1. Reason:
%2</source>
        <translation>将等级更改为%1。原因：
%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 resolved.</source>
        <translation>%1 已解决。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve (responsibility: %1). What was done:
%2</source>
        <translation>解决（责任归属：%1）。处理情况：
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Close %1 for good? A closed ticket cannot be reopened.</source>
        <translation>永久关闭 %1？工单关闭后无法重新打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Ticket</source>
        <translation>关闭工单(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post-incident Analysis</source>
        <translation>故障分析报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Post-incident analysis of %1 saved.</source>
        <translation>%1 的故障分析报告已保存。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ticket %1 opened.</source>
        <translation>工单 %1 已创建。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already Claimed</source>
        <translation>已被认领</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+32"/>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Not Closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the &amp;Analysis…</source>
        <translation>填写故障分析报告(&amp;A)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No analysis is stored.</source>
        <translation>没有已保存的分析。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved yet: someone else saved first. Your text is still here; OK now saves it over the version stored now.</source>
        <translation>尚未保存：其他人已先保存。您输入的内容仍在此处；现在点击“确定”将覆盖当前已保存的版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your change was discarded; the ticket shows what is stored.</source>
        <translation>您的修改已被放弃；工单显示的是已保存的内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketDetailView</name>
    <message>
        <location filename="../modules/tickets/TicketDetailView.cpp" line="+65"/>
        <location line="+236"/>
        <source>staff #%1</source>
        <translation>员工 #%1</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>By %1, grade %2</source>
        <translation>%1 提交，等级 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Responsibility: %1</source>
        <translation>责任归属：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claimed by %1</source>
        <translation>由 %1 认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1</source>
        <translation>转至 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By %1</source>
        <translation>%1 提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Fault began:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Service restored:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Cause:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Result:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Preventive measures:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;故障开始：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;服务恢复：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;原因：&lt;/b&gt;%3&lt;br&gt;&lt;b&gt;处理结果：&lt;/b&gt;%4&lt;br&gt;&lt;b&gt;预防措施：&lt;/b&gt;%5</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business system:</source>
        <translation>应用系统：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration item:</source>
        <translation>配置项：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility:</source>
        <translation>责任归属：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Incomplete: the ticket cannot be closed until time, cause, result and prevention are all stated.</source>
        <translation>不完整：须写明时间、原因、处理结果和预防措施后，工单才能关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No analysis yet. A grade %1 fault cannot be closed without one: time, cause, result and preventive measures.</source>
        <translation>尚无故障分析报告。%1级故障必须提交报告才能关闭：包括时间、原因、处理结果和预防措施。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 left when resumed</source>
        <translation>恢复时剩余 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Met late</source>
        <translation>逾期达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No ticket chosen</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a ticket in the queue to see its SLA clocks, its history and, for serious faults, the post-incident analysis.</source>
        <translation>在队列中选择一张工单，即可查看其 SLA 计时、处理记录，严重故障还可查看故障分析报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;CI</source>
        <translation>显示配置项(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the configuration item in the CMDB panel</source>
        <translation>在CMDB面板中显示该配置项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-incident analysis</source>
        <translation>故障分析报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Analysis…</source>
        <translation>编辑故障分析报告(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketFilterBar</name>
    <message>
        <location filename="../modules/tickets/TicketFilterBar.cpp" line="+77"/>
        <source>Every grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaching soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open tickets whose next deadline is less than %1 minutes away or already passed</source>
        <translation>下一截止时间在 %1 分钟内或已过的未关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number, title or reporter (Ctrl+F)</source>
        <translation>编号、标题或报告人（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
</context>
<context>
    <name>govops::tickets::TicketQueueModel</name>
    <message>
        <location filename="../modules/tickets/TicketQueueModel.cpp" line="+437"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business system</source>
        <translation>应用系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deadline</source>
        <translation>下一截止时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>时长</translation>
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
        <location filename="../modules/tickets/TicketQueuePanel.cpp" line="+124"/>
        <location line="+373"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the top of the queue (Ctrl+Home)</source>
        <translation>回到队列顶部（Ctrl+Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the queue, without paging through it (Ctrl+End)</source>
        <translation>直接跳到队列末尾，无需逐页翻看（Ctrl+End）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current filter and order as a view of your own</source>
        <translation>将当前筛选条件和排序保存为个人视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen saved view</source>
        <translation>删除所选的已保存视图</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No open tickets</source>
        <translation>没有未关闭的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets from the portal, the mailboxes and the hotline appear here as they arrive.</source>
        <translation>来自门户、邮箱和热线的工单到达后将显示在此处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets match this filter</source>
        <translation>没有符合此筛选条件的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filter or choose another view to see the whole queue.</source>
        <translation>清除筛选条件或选择其他视图以查看整个队列。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The database cannot be reached: %1. The queue shows what it had loaded.</source>
        <translation>无法连接数据库：%1。队列显示的是已加载的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is read-only: %1. You can look at tickets but not change them.</source>
        <translation>数据库为只读：%1。您可以查看工单，但不能修改。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Current filter</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>View &quot;%1&quot; saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete your saved view &quot;%1&quot;?</source>
        <translation>删除您保存的视图“%1”？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>View &quot;%1&quot; deleted.</source>
        <translation>视图“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>govops::ui::DomainWords</name>
    <message>
        <location filename="../modules/ui/DomainWords.cpp" line="+21"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1d %2</source>
        <extracomment>A countdown of more than a day: %1 days, then hours:minutes (2d 03:12)</extracomment>
        <translation>%1天 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d %2h</source>
        <translation>%1天 %2小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I – Urgent: business stopped or data lost</source>
        <translation>一级 – 紧急：业务中断或数据丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>II – Severe: degraded, business still runs</source>
        <translation>二级 – 严重：服务降级，业务仍可运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>III – Major: errors or warnings, business unaffected</source>
        <translation>三级 – 较严重：出现错误或告警，业务未受影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IV – Ordinary: how-to, configuration, booked service</source>
        <translation>四级 – 普通：使用咨询、配置、预约服务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloud platform (the provider)</source>
        <translation>云平台（服务商）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer&apos;s own system</source>
        <translation>客户自有系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer updated</source>
        <translation>已通报客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade changed</source>
        <translation>等级已更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock paused</source>
        <translation>计时已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock resumed</source>
        <translation>计时已恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-incident analysis</source>
        <translation>故障分析报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Handling plan</source>
        <translation>处置方案</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer update</source>
        <translation>客户进展通报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM allocation</source>
        <translation>虚拟机分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physical server allocation</source>
        <translation>物理服务器分配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
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
