-- The default policy data: SLA policy version 1 from the grade table of the service contract
-- (seed 001 §5.10.1, §4.3; seed 000 §4.2), its escalation steps, and the standard return-visit scripts.
-- An operations manager publishes later versions; tickets keep the version they were opened under.

INSERT INTO sla_policy (version, name, description, state, time_zone, warn_share_percent, business_day_end, activated_at)
VALUES (1, '政务云运维服务级别（默认）',
        'Default policy: fault grades I-IV (response 10 min; handling plan 30 min, grade IV 2 h; resolution 3/6/12/24 h), ' ||
        'customer updates every 20-30 min for grade I/II faults, VM allocation in 2 working days, physical servers in 7.',
        'active', 'Asia/Shanghai', 75, '17:30', now());

-- Fault grades, 24x7 clocks. Response and handling plan apply to every kind by grade (consultations are grade IV).
INSERT INTO sla_rule (policy_version, clock, ticket_kind, grade, minutes, working_days, pausable) VALUES
    (1, 'response',      NULL, 1,   10, NULL, false),
    (1, 'response',      NULL, 2,   10, NULL, false),
    (1, 'response',      NULL, 3,   10, NULL, false),
    (1, 'response',      NULL, 4,   10, NULL, false),
    (1, 'handling_plan', NULL, 1,   30, NULL, false),
    (1, 'handling_plan', NULL, 2,   30, NULL, false),
    (1, 'handling_plan', NULL, 3,   30, NULL, false),
    (1, 'handling_plan', NULL, 4,  120, NULL, false),
    (1, 'resolution',    NULL, 1,  180, NULL, false),
    (1, 'resolution',    NULL, 2,  360, NULL, false),
    (1, 'resolution',    NULL, 3,  720, NULL, true),
    (1, 'resolution',    NULL, 4, 1440, NULL, true);

-- While a hard fault stays open the customer hears from us every 20-30 minutes (seed 000 §4.2②).
INSERT INTO sla_rule (policy_version, clock, ticket_kind, grade, minutes, working_days, pausable) VALUES
    (1, 'customer_update_due',    'fault', 1, 20, NULL, false),
    (1, 'customer_update_breach', 'fault', 1, 30, NULL, false),
    (1, 'customer_update_due',    'fault', 2, 20, NULL, false),
    (1, 'customer_update_breach', 'fault', 2, 30, NULL, false);

-- Resource allocation from the approved request, in working days of the business calendar (seed 001 §4.3).
INSERT INTO sla_rule (policy_version, clock, ticket_kind, grade, minutes, working_days, pausable) VALUES
    (1, 'vm_allocation',       'service_request', NULL, NULL, 2, true),
    (1, 'physical_allocation', 'service_request', NULL, NULL, 7, true);

-- Grade I and II faults go to leadership at once; nearing a breach warns the owner, then the shift
-- supervisor; a breach notifies the supervisor (seed 001 §5.8, §6.1).
INSERT INTO sla_escalation_rule (policy_version, step, fires_on, ticket_kind, grade, share_percent, notify) VALUES
    (1, 'notify_leadership', 'on_create', 'fault', 1, NULL, 'leadership'),
    (1, 'notify_leadership', 'on_create', 'fault', 2, NULL, 'leadership'),
    (1, 'warn_owner',        'at_share',  NULL, NULL, NULL, 'owner'),
    (1, 'warn_supervisor',   'at_share',  NULL, NULL, 90,   'shift_supervisor'),
    (1, 'breach',            'on_breach', NULL, NULL, NULL, 'shift_supervisor');

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
