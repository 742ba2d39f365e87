/**
 * Role templates and the permissions each role grants.
 *
 * The source organisations name many posts (seed004 §7, seed003-part2 §4.4).
 * We ship the roles every site needs; the labels live in the renderer's i18n
 * files. A user may hold several roles; permissions are the union.
 */
export const ROLES = [
  'receiver', // 受理人/坐席: front-line first receiver (首问负责制) — any employee
  'handler', // 投诉处理专人: works a case to resolution
  'call_centre', // 呼叫中心/客服中心: validity, importance, assignment, call-backs (篇6 第三十八条)
  'station_lead', // 站长/网点负责人: prints and signs checklists, manages site users
  'unit_head', // 部门负责人: copied on major complaints, approves escalations
  'leader_in_charge', // 分管领导/分管副总裁: approves extensions
  'head_office_admin', // 总部管理员: publishes rules, templates, users
  'admin_hr', // 行政人事部: reviews the investigation report and attaches its opinion (seed003 篇4 第九条、第十二条、第二十五条)
  'general_manager', // 总经理: approves (批阅) the investigation report (篇4 第十二条); the company's consent to compensation (篇1 9.2.1)
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'complaint.create',
  'complaint.read',
  'complaint.grade', // set or override the severity class, escalate (篇6 第三十八条(一)5: the call centre)
  'complaint.assign', // validity check, assignment, and any handling step on any case (call centre, lead, unit head)
  'complaint.callBack', // 回访 (篇6 第三十六条: the call centre)
  'complaint.refer', // report a case beyond the outlet's authority to head office (the outlet head confirms)
  'complaint.approveExtension', // approve or refuse an extension (篇6 第十八条: 分管副总裁)
  'opinionBook.read', // 客户意见簿 (seed002 客户管理制度4 第三条、第九条)
  'opinionBook.record', // transcribe an entry from the paper book
  'opinionBook.check', // 每日查阅, 处理意见 and signature, turn an entry into a complaint: the complaint manager and the outlet head
  'media.read', // 负面新闻台账 (seed001 S1)
  'media.record', // register an incident, evidence, notifications, checklist ticks: S1's 第一发现人 may be anyone
  'media.manage', // mark an incident handled (主管经理, 企划部)
  'customer.read', // look up and open customer files (every role: intake looks customers up)
  'customer.create', // a new customer file (every role: front-line staff create one at intake)
  'customer.edit', // correct a customer file (the roles that keep case records: call centre, lead, unit head, head office)
  'customer.flag', // set or clear the 投诉苗头 flag and name the follow-up owner (seed001 S1 (二): 客服等部门重点跟进)
  'users.read',
  'users.manage',
  'site.manage',
  'sync.read',
  'sync.manage', // enrol this computer with head office and sync on demand (站长, 总部管理员)
  'caseRecords.write', // fill the investigation report, propose compensation, set corrective actions (受理部门/处理人; the case's assignee may too)
  'report.managerReview', // 主管审核 of the investigation report (篇4 第十一条)
  'report.adminHrOpinion', // 行政人事部 reviews and attaches its opinion (篇4 第十二条)
  'report.gmApprove', // 总经理批阅 (篇4 第十二条)
  'compensation.approve', // 需由公司同意后方可执行 (篇1 9.2.1 a) b))
  'capa.verify', // verify a corrective action's effect (seed001 S15 4.1 g); seed004 §J 3.2)
  'sanction.record', // record a penalty or reward on a cited article (篇6 第三十八条(一)8, 篇5 4.4.5)
  'checklist.read', // 检查表、台帐 and their records
  'checklist.fill', // fill a checklist or register, raise and report corrective actions (station employees: seed000 §1.1 当班员工, 区域责任人)
  'checklist.verifyAction', // verify a checklist's corrective action and close it (井站长 / 部门负责人)
  'checklist.editTemplates', // draft, validate and publish checklist template versions (总部管理员 publishes templates: see head_office_admin)
  'statistics.read', // 报表 for the whole site: the producers and recipients the sources name (呼叫中心, 站长, 分管领导, 行政人事部, 总经理; shared/reports/definitions)
  'statistics.readUnit', // 报表 for one's own unit only (部门负责人)
  /*
   * A customer's full phone, ID number and address (寄递用户信息, seed002 客户管理制度1 第三条). Every read
   * answers with them masked, for everyone: 第三十四条 gives each employee the minimum data scope the job
   * needs, and a list, a search or a print needs no full number. A holder sees one record in full by
   * asking for it with a reason (privacy.reveal), and each such view is registered like an archive
   * consultation (第二十五条 查阅登记; 第三十七条 人员、时间、地点和事项). Held by those whose work is to call
   * or correct customers: the call centre (回访, seed003 篇6 第三十六条), the station lead and the unit head.
   */
  'personal.readFull',
  // The register of those views, exports and deletions: the outlet's own audit (seed002 客户管理制度1 第三十三条).
  'privacy.auditRead',
  // 授信客户风险分类 (seed000 第二篇 二、认定程序): the lead business institution proposes, the credit and risk departments review, the credit committee decides.
  'riskClass.propose',
  'riskClass.review',
  'riskClass.decide',
  // 客户信用等级 (seed002 客户管理制度3 第十九条): who sees the gradings, who proposes (营销部经理), reviews (主管副总、财务总监) and approves (总经理). shared/credit/credit-approval.ts
  'credit.read',
  'credit.propose',
  'credit.review',
  'credit.approve',
  // 《客户授信额度执行评价表》 (seed002 客户管理制度3 第四十条): 财务部 fills in the month's figures; the app has no finance post, the station lead fills in for it (shared/credit/credit-monthly.ts).
  'credit.fillFigures',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = ['complaint.create', 'complaint.read', 'sync.read', 'customer.read', 'customer.create', 'opinionBook.read', 'opinionBook.record', 'media.read', 'media.record', 'checklist.read', 'checklist.fill'];
/** Keeping customer files right and deciding who follows a customer up: the roles that run cases, not every counter clerk. */
const CUSTOMER_KEEPERS: Permission[] = ['customer.edit', 'customer.flag'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  receiver: EVERYONE,
  handler: [...EVERYONE, 'opinionBook.check', 'caseRecords.write'],
  call_centre: [...EVERYONE, ...CUSTOMER_KEEPERS, 'personal.readFull', 'users.read', 'complaint.grade', 'complaint.assign', 'complaint.callBack', 'opinionBook.check', 'caseRecords.write', 'statistics.read'],
  station_lead: [
    ...EVERYONE,
    ...CUSTOMER_KEEPERS,
    'personal.readFull',
    'privacy.auditRead',
    'riskClass.propose',
    'riskClass.review',
    'users.read',
    'users.manage',
    'site.manage',
    'sync.manage',
    'complaint.grade',
    'complaint.assign',
    'complaint.callBack',
    'complaint.refer',
    'opinionBook.check',
    'media.manage',
    'caseRecords.write',
    'report.managerReview',
    'capa.verify',
    'sanction.record',
    'checklist.verifyAction',
    'statistics.read',
    'credit.read',
    'credit.propose',
    'credit.fillFigures',
    // Implied by 'statistics.read'; held too, so that a unit head's rights stay within a station lead's (who may create the post).
    'statistics.readUnit',
  ],
  unit_head: [...EVERYONE, ...CUSTOMER_KEEPERS, 'personal.readFull', 'riskClass.propose', 'riskClass.review', 'users.read', 'complaint.grade', 'complaint.assign', 'media.manage', 'caseRecords.write', 'report.managerReview', 'capa.verify', 'sanction.record', 'checklist.verifyAction', 'statistics.readUnit', 'credit.read', 'credit.propose'],
  // 分管领导 speaks for the company on compensation that needs its consent (篇1 9.2.1 “需由公司同意”), as on extensions.
  leader_in_charge: [...EVERYONE, 'riskClass.decide', 'users.read', 'complaint.approveExtension', 'media.manage', 'compensation.approve', 'statistics.read', 'credit.read', 'credit.review'],
  head_office_admin: [...EVERYONE, ...CUSTOMER_KEEPERS, 'users.read', 'users.manage', 'site.manage', 'sync.manage', 'complaint.grade', 'complaint.assign', 'complaint.callBack', 'media.manage', 'checklist.editTemplates', 'statistics.read'],
  admin_hr: [...EVERYONE, 'users.read', 'report.adminHrOpinion', 'sanction.record', 'statistics.read'],
  general_manager: [...EVERYONE, 'users.read', 'report.gmApprove', 'compensation.approve', 'sanction.record', 'statistics.read', 'credit.read', 'credit.approve'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/*
 * Who may give which roles, and act on whose account (issue 18 §1.4).
 *
 * A set of roles is WITHIN a person's rights when every permission those
 * roles grant is one the person's own roles grant (permissions are the union
 * of roles). A role outside them is ABOVE the person, whatever its title: it
 * would let the account do something the person cannot. So a station lead
 * may create a receiver, a handler, a call-centre agent, a unit head or
 * another station lead; not a leader in charge (extension approval), an
 * administration & HR or general manager account (report opinions and
 * approvals, compensation approval) nor a head-office administrator
 * (templates). Those come from an account holding every permission they
 * grant, or from head office's staff list (sync).
 *
 * Acting on an account (disabling, enabling, resetting its PIN) follows the
 * same rule for the roles the account holds: resetting a PIN would otherwise
 * let the person sign in as someone with more rights.
 */

/** The roles of `target` that grant a permission `actor` lacks (empty: all within the actor's rights). */
export function rolesAbove(actor: readonly Role[], target: readonly Role[]): Role[] {
  const own = permissionsOf(actor);
  return target.filter((role) => ROLE_PERMISSIONS[role].some((permission) => !own.has(permission)));
}

export function rolesWithin(actor: readonly Role[], target: readonly Role[]): boolean {
  return rolesAbove(actor, target).length === 0;
}
