-- The default policy data: SLA policy version 1 from the grade table of the service contract
-- (seed 001 §5.10.1, §4.3; seed 000 §4.2), its escalation steps, and the standard return-visit scripts.
-- An operations manager publishes later versions; tickets keep the version they were opened under.
-- These rows are the ones tests/unit/core/SlaFixtures.h builds (the storage tests compare them field by field).

INSERT INTO sla_policy (version, name, description, state, active, time_zone, opening, close_of_business,
                        post_incident_grades, activated_at)
VALUES (1, '政务云运维服务级别（默认）',
        'Default policy: fault grades I-IV (response 10 min; handling plan 30 min, grade IV 2 h; resolution 3/6/12/24 h), ' ||
        'customer updates every 20-30 min for every open fault, VM allocation in 2 working days, physical servers in 7.',
        'active', true, 'Asia/Shanghai', '08:30', '17:30', 'I,II', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- 24x7 clocks in seconds, warning at 75 %. Resolution may pause while waiting for the customer.
INSERT INTO sla_rule (policy_version, clock, grade, ticket_kinds, unit, amount, warning_share, warning_after_seconds,
                      pausable) VALUES
    (1, 'response',      NULL,  'fault,service_request,consultation', 'wall_seconds',   600, 0.75, NULL, false),
    (1, 'handling_plan', NULL,  'fault',                              'wall_seconds',  1800, 0.75, NULL, false),
    (1, 'handling_plan', 'IV',  'fault',                              'wall_seconds',  7200, 0.75, NULL, false),
    (1, 'resolution',    'I',   'fault,consultation',                 'wall_seconds', 10800, 0.75, NULL, true),
    (1, 'resolution',    'II',  'fault,consultation',                 'wall_seconds', 21600, 0.75, NULL, true),
    (1, 'resolution',    'III', 'fault,consultation',                 'wall_seconds', 43200, 0.75, NULL, true),
    (1, 'resolution',    'IV',  'fault,consultation',                 'wall_seconds', 86400, 0.75, NULL, true);

-- Resource allocation from the approved request, in working days of the business calendar (seed 001 §4.3).
INSERT INTO sla_rule (policy_version, clock, grade, ticket_kinds, unit, amount, warning_share, warning_after_seconds,
                      pausable) VALUES
    (1, 'allocation_vm',       NULL, 'service_request', 'working_days', 2, 0.75, NULL, true),
    (1, 'allocation_physical', NULL, 'service_request', 'working_days', 7, 0.75, NULL, true);

-- While a fault stays open the customer hears from us every 20-30 minutes (seed 000 §4.2②): due at 20 min,
-- breached at 30.
INSERT INTO sla_rule (policy_version, clock, grade, ticket_kinds, unit, amount, warning_share, warning_after_seconds,
                      pausable) VALUES
    (1, 'customer_update', NULL, 'fault', 'wall_seconds', 1800, 0.75, 1200, false);

-- Grade I and II faults go to leadership at once; the warning tells the owner, 90 % the shift supervisor;
-- a breach tells the supervisor, and leadership too for grade I/II (seed 001 §5.8, §6.1).
INSERT INTO sla_escalation_rule (policy_version, step, step_trigger, share, notify_owner, roles, extra_grades,
                                 extra_roles, ticket_kinds, grades, clocks) VALUES
    (1, 'created',    'at_creation', NULL, false, 'leadership', '',     '',           'fault', 'I,II', ''),
    (1, 'warning',    'at_warning',  NULL, true,  '',           '',     '',           '',      '',     ''),
    (1, 'supervisor', 'at_share',    0.9,  false, 'supervisor', '',     '',           '',      '',     ''),
    (1, 'breach',     'at_breach',   NULL, false, 'supervisor', 'I,II', 'leadership', '',      '',     '');

-- Standard return-visit scripts (回访话术), seed 000 §4.2.
INSERT INTO visit_scripts (kind, version, title, body) VALUES
    ('after_service', 1, '日常业务受理回访',
     '您好，我是政务云服务台的工作人员。您单位申请的业务（开通账号/资源新增/变更/回收）已于近日办理完成，' ||
     '请问试运行是否正常？使用中是否遇到问题？如一切正常，本次业务即予关闭；如有问题，我们将立即安排处理。感谢您对政务云工作的支持。'),
    ('after_fault', 1, '故障回访',
     '您好，我是政务云服务台的工作人员。贵单位此前报告的故障已处理完毕，请问目前业务是否恢复正常？' ||
     '对本次故障处理的响应速度和处理结果是否满意？您还有什么意见或建议？我们会认真记录并改进。'),
    ('new_customer', 1, '新客户回访',
     '您好，我是政务云服务台的工作人员。贵单位首次使用政务云资源，我们向您说明迁移注意事项：迁移前请做好数据备份，' ||
     '确认安全策略与端口开通需求，对外提供HTTP服务需先完成ICP备案（约需20天）。我们将在第3天、第8天和第15天与您回访，' ||
     '了解迁移进展；如迁移已完成，请告知我们。'),
    ('vip', 1, 'VIP客户回访',
     '您好，我是您单位的VIP客户经理。按照约定，我们每月电话回访、每季度上门拜访一次。请问近期政务云资源使用情况如何？' ||
     '业务系统运行是否稳定？对服务有哪些意见或新的需求？我们将逐项记录并跟踪落实。');
