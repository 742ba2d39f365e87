import type { RulePackInput } from '../pack-schema';
import { PROPERTY_FIELDS } from './record-fields';
import { withClockStarts } from './clock-starts';
import { propertyProcedure } from './procedures/property';

const S = 'seed002 客户管理制度8'; // xx物业管理服务有限公司 顾客投诉处理（具体内容 1–10）

const NOT_RECORDED = {
  zh: '本程序不记录通知这个人的时间，所以从受理投诉起计时；3 / 5 / 10 分钟这一串时限都从同一起点算，比每一步从上一步算起更严格。',
  en: 'The app records no time at which this person was told, so the clock runs from receipt of the complaint; the chain 3 / 5 / 10 minutes is read from one start, which is stricter than counting each step from the previous one.',
};

/**
 * The property company's complaint rules (seed002-part2 §3). The front desk
 * decides by nature and degree (具体内容2): unreasonable (3), routine reasonable
 * (4–5) or emergency / important-major / developer matters (6–7), the last
 * with an escalation chain of 3, 5 and 10 minutes and written reports in 24 h
 * and 48 h.
 */
/** 1.0.0, where every limit ran from receipt (NOT_RECORDED): kept shipped so a complaint graded by it keeps its rules. */
export const seed002Doc8PropertyPackV100: RulePackInput = {
  id: 'seed002-doc8-property',
  version: '1.0.0',
  name: { zh: '顾客投诉处理规定', en: 'Customer complaint handling rules' },
  organisation: { zh: 'xx物业管理服务有限公司', en: 'xx Property Management Services Co., Ltd.' },
  source: `${S} 目的、适用范围、具体内容1–10`,
  classes: [
    {
      code: 'routine',
      label: { zh: '日常投诉合理事项', en: 'Routine reasonable complaint' },
      source: `${S} 具体内容4`,
      choice: {
        zh: '默认等级：大多数投诉是日常的合理投诉。把它排在第一位，是因为分级只能把记录从默认等级往上调，不合理投诉必须排在它之上，勾选后才能生效。',
        en: 'The default: most complaints are routine reasonable ones. It is listed first because grading can only raise a record above the default class, so an unreasonable complaint must rank above it to be reachable by its tick.',
      },
    },
    {
      code: 'unreasonable',
      label: { zh: '非合理投诉事项', en: 'Unreasonable complaint' },
      source: `${S} 具体内容3`,
      choice: { zh: '排在日常投诉之上只是为了让勾选生效（见日常投诉）；紧急或重大事项仍然排在它之上。', en: 'Ranked above routine only so that ticking it takes effect (see routine); an emergency or major matter still outranks it.' },
    },
    {
      code: 'major',
      label: { zh: '紧急抢险抢修、重要重大或需要开发商解决等事项', en: 'Emergency repair, important or major matter, or matter the developer must solve' },
      source: `${S} 具体内容6`,
    },
  ],
  defaultClass: 'routine',
  criteria: [
    { id: 'routine.reasonable', classCode: 'routine', source: `${S} 具体内容4`, label: { zh: '属日常投诉合理事项', en: 'A routine reasonable complaint' } },
    { id: 'unreasonable', classCode: 'unreasonable', source: `${S} 具体内容3`, label: { zh: '属非合理投诉事项', en: 'An unreasonable complaint' } },
    { id: 'major.emergency-repair', classCode: 'major', source: `${S} 具体内容6`, label: { zh: '紧急抢险抢修', en: 'Emergency rescue or repair' } },
    { id: 'major.important', classCode: 'major', source: `${S} 具体内容6`, label: { zh: '重要重大事项', en: 'Important or major matter' } },
    { id: 'major.developer', classCode: 'major', source: `${S} 具体内容6`, label: { zh: '需要开发商解决等事项', en: 'Matter the developer must solve' } },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'entry',
      label: { zh: '将相关信息反馈客户中心前台', en: 'Pass the complaint to the customer-centre front desk' },
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      source: `${S} 具体内容1`,
      choice: { zh: '“一般情况下在24小时内反馈”：24小时是通常的时限；原文没有列出例外，所以适用于所有投诉。', en: '“一般情况下在24小时内反馈”: 24 hours is the normal limit; the source names no exceptions, so it applies to every complaint.' },
    },
    {
      milestone: 'dispatch',
      label: { zh: '向相关部门传递，要求限期处理和回复', en: 'Pass to the relevant department with a deadline for handling and reply' },
      classes: ['routine'],
      from: 'received',
      duration: { unit: 'hours', amount: 12 },
      source: `${S} 具体内容2`,
      choice: {
        zh: '“客户中心前台接到投诉信息后…于12小时内”：本程序没有前台收到的时间，所以从受理起算。只适用于日常投诉：不合理投诉由客户中心自己解释（3），紧急/重大投诉在3分钟内交给部门（6）。',
        en: '“客户中心前台接到投诉信息后…于12小时内”: the app has no front-desk receipt time, so counted from receipt. Routine only: unreasonable complaints are explained by the customer centre itself (3) and emergency/major ones go to the department within 3 minutes (6).',
      },
    },
    {
      milestone: 'response',
      step: 'response.delay',
      label: { zh: '不能按规定时间完成工作的，向客户中心前台作出回应', en: 'If the work cannot be finished in time, respond to the front desk' },
      classes: ['routine'],
      from: 'dispatched',
      duration: { unit: 'hours', amount: 2 },
      source: `${S} 具体内容4`,
      choice: {
        zh: '原文中这是有条件的（只在部门不能按时完成时）；规则结构不支持有条件的时限，所以部门在派单后2小时内作出延期答复或提交完成报告，都算完成这一步。',
        en: 'Conditional in the source (only when the department cannot finish in time); the schema has no conditional deadlines, so the department meets this step by a delay response or by its completion report within 2 hours of dispatch.',
      },
    },
    {
      milestone: 'response',
      step: 'response.completion',
      label: { zh: '问题处理妥善后反馈客户中心', en: 'Report completion to the customer centre' },
      classes: ['routine', 'major'],
      from: 'resolved',
      duration: { unit: 'hours', amount: 2 },
      source: `${S} 具体内容5`,
      choice: { zh: '“相关部门将问题处理妥善后”：适用于部门处理的所有等级（日常和重大）；不合理投诉由客户中心自己处理。', en: '“相关部门将问题处理妥善后”: applied to every class a department handles (routine and major); an unreasonable complaint is handled by the customer centre itself.' },
    },
    {
      milestone: 'callBack',
      label: { zh: '回访顾客', en: 'Revisit the customer' },
      classes: ['routine'],
      from: 'resolved',
      duration: { unit: 'workingDays', amount: 2 },
      source: `${S} 具体内容5`,
      choice: { zh: '“回访时效在2个工作日内执行”：从工作完成时起算。', en: '“回访时效在2个工作日内执行”: counted from completion of the work.' },
    },
    {
      milestone: 'escalation',
      step: 'escalation.dept',
      label: { zh: '知会相关部门作应急处理', en: 'Tell the relevant department to act as an emergency' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'minutes', amount: 3 },
      source: `${S} 具体内容6`,
    },
    {
      milestone: 'escalation',
      step: 'escalation.supervisor',
      label: { zh: '管理处负责人上报物业公司主管领导', en: 'Management-office head reports to the property company’s supervising leader' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'minutes', amount: 5 },
      source: `${S} 具体内容6`,
      choice: {
        zh: `“遇不能解决之重要重大事项，须于接报后的5分钟内”：在管理处负责人解决不了时适用。${NOT_RECORDED.zh}`,
        en: `“遇不能解决之重要重大事项，须于接报后的5分钟内”: applies when the management-office head cannot solve it. ${NOT_RECORDED.en}`,
      },
    },
    {
      milestone: 'escalation',
      step: 'escalation.supervisor.written',
      label: { zh: '提交相关书面报告（管理处负责人）', en: 'Written report by the management-office head' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      source: `${S} 具体内容6`,
      choice: {
        zh: `“并于24小时内提交相关书面报告”。${NOT_RECORDED.zh}`,
        en: `“并于24小时内提交相关书面报告”. ${NOT_RECORDED.en}`,
      },
    },
    {
      milestone: 'escalation',
      step: 'escalation.board',
      label: { zh: '物业公司主管领导电话上报董事领导决策处理', en: 'Supervising leader phones the board leader for a decision' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'minutes', amount: 10 },
      source: `${S} 具体内容7`,
      choice: {
        zh: `“遇不能协调解决的重要重大事项，须于接报后的10分钟内电话上报”：在主管领导协调不了时适用。${NOT_RECORDED.zh}`,
        en: `“遇不能协调解决的重要重大事项，须于接报后的10分钟内电话上报”: applies when the supervising leader cannot coordinate it. ${NOT_RECORDED.en}`,
      },
    },
    {
      milestone: 'escalation',
      step: 'escalation.board.written',
      label: { zh: '提交书面报告（物业公司主管领导）', en: 'Written report by the supervising leader' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'hours', amount: 48 },
      source: `${S} 具体内容7`,
      choice: {
        zh: `“并在48小时内提交书面报告”。${NOT_RECORDED.zh}`,
        en: `“并在48小时内提交书面报告”. ${NOT_RECORDED.en}`,
      },
    },
    {
      milestone: 'verification',
      label: { zh: '发展商客户服务部会同物业公司跟进验证', en: 'Developer’s customer service and the property company verify' },
      classes: ['major'],
      from: 'resolved',
      duration: { unit: 'hours', amount: 8 },
      source: `${S} 具体内容7`,
    },
    {
      milestone: 'callBack',
      label: { zh: '完成后回访客户', en: 'Revisit the customer after completion' },
      classes: ['major'],
      from: 'resolved',
      duration: { unit: 'workingDays', amount: 2 },
      source: `${S} 具体内容7`,
    },
    {
      milestone: 'reply',
      step: 'reply.firstReceiver',
      label: { zh: '客户中心协调处理完毕，反馈首问责任人', en: 'Tell the first-contact person once the customer centre has finished' },
      from: 'resolved',
      duration: { unit: 'hours', amount: 2 },
      source: `${S} 具体内容8`,
      choice: { zh: '规则结构中没有“告知内部人员”这一步；放在“答复”下，作为单独的一步。从处理完毕、即客户中心协调结束时起算。', en: 'The schema has no milestone for telling an internal person; kept under reply with its own step. Counted from resolution, when the customer centre’s coordination is finished.' },
    },
  ],
  escalationTriggers: [
    {
      code: 'customer-not-persuaded',
      label: { zh: '对于难以说服的顾客，由部门负责人出面协调解决', en: 'A customer who cannot be persuaded: the department head steps in to coordinate' },
      source: `${S} 具体内容3`,
    },
    {
      code: 'beyond-management-office',
      label: {
        zh: '各管理处负责人遇不能解决之重要重大事项，上报物业公司主管领导',
        en: 'Important or major matter the management-office head cannot solve: report to the property company’s supervising leader',
      },
      source: `${S} 具体内容6`,
    },
    {
      code: 'beyond-supervising-leader',
      label: {
        zh: '物业公司主管领导遇不能协调解决的重要重大事项，电话上报董事领导决策处理',
        en: 'Important or major matter the supervising leader cannot coordinate: phone the board leader for a decision',
      },
      source: `${S} 具体内容7`,
    },
  ],
  notifications: [
    {
      id: 'major.department',
      when: { classCode: 'major' },
      notify: [{ zh: '相关部门', en: 'Relevant department' }],
      to: ['unit_head'],
      limit: { unit: 'minutes', amount: 3 },
      source: `${S} 具体内容6`,
      choice: { zh: '“须在3分钟内知会相关部门作应急处理”：相关部门对应“部门负责人”角色，从受理起算。', en: '“须在3分钟内知会相关部门作应急处理”: 相关部门 → the unit head role, from receipt.' },
    },
    {
      id: 'major.supervising-leader',
      when: { event: 'escalated', reasonCode: 'beyond-management-office' },
      notify: [{ zh: '物业公司主管领导', en: 'The property company’s supervising leader' }],
      to: ['leader_in_charge'],
      limit: { unit: 'minutes', amount: 5 },
      writtenFollowUp: { unit: 'hours', amount: 24 },
      source: `${S} 具体内容6`,
      choice: { zh: '“各管理处负责人遇不能解决之重要重大事项，须于接报后的5分钟内上报…并于24小时内提交相关书面报告”：管理处负责人以这个理由升级时发出；主管领导对应“分管领导”角色。书面报告在升级后24小时内提交。', en: '“各管理处负责人遇不能解决之重要重大事项，须于接报后的5分钟内上报…并于24小时内提交相关书面报告”: raised when the management-office head escalates for this reason; 主管领导 → the leader in charge role. The written report is due 24 hours after the escalation.' },
    },
    {
      id: 'major.board',
      when: { event: 'escalated', reasonCode: 'beyond-supervising-leader' },
      notify: [{ zh: '董事领导（电话上报）', en: 'Board leader (by phone)' }],
      to: ['general_manager'],
      limit: { unit: 'minutes', amount: 10 },
      confirmByPhone: true,
      writtenFollowUp: { unit: 'hours', amount: 48 },
      source: `${S} 具体内容7`,
      choice: { zh: '“须于接报后的10分钟内电话上报董事领导决策处理，并在48小时内提交书面报告”：本程序没有董事会角色；董事领导对应本程序最高的“总经理”角色。电话上报记为电话确认。', en: '“须于接报后的10分钟内电话上报董事领导决策处理，并在48小时内提交书面报告”: the app has no board role; 董事领导 → the general manager role, the highest it has. The call is recorded as the phone confirmation.' },
    },
    {
      id: 'major.developer',
      when: { classCode: 'major' },
      notify: [{ zh: '发展商客户服务部', en: 'Developer’s customer-service department' }],
      source: `${S} 具体内容7`,
      choice: { zh: '重大事项未结期间通知它，以便它参加完工后8小时内的验证；原文没有规定何时通知。外单位在本程序中没有收件箱：只显示为需要通知的对象，不发送。', en: 'Told while a major matter is open so it can join the verification within 8 hours of completion; the source gives no moment for telling it. An outside company has no inbox in the app: shown as who must be told, not routed.' },
    },
  ],
};

const TOLD = {
  zh: '“接报后”：从这个人接到报告时起算，即在本案上记录的“通知了谁、何时、方式”；记录之前，这一步显示在等待通知。',
  en: '“接报后”: counted from when this person was told, as recorded on the case (who, when, how); until it is recorded the step shows that it waits for it.',
};

/**
 * 1.1.0: the chain of 具体内容6–7 counts each 接报后 limit from the moment that person was told (issue 23 item 2),
 * recorded on the case, instead of from receipt. Kept shipped for the complaints graded by it.
 */
export const seed002Doc8PropertyPackV110: RulePackInput = withClockStarts(seed002Doc8PropertyPackV100, '1.1.0', {
  'escalation.supervisor': {
    startsAt: 'notified:station_lead',
    choice: {
      zh: `“各管理处负责人遇不能解决之重要重大事项，须于接报后的5分钟内上报物业公司主管领导”：从管理处负责人接报时起算。管理处负责人对应本程序的“网点负责人”角色。${TOLD.zh}`,
      en: `“各管理处负责人遇不能解决之重要重大事项，须于接报后的5分钟内上报物业公司主管领导”: from when the management-office head was told; 管理处负责人 → the station lead role. ${TOLD.en}`,
    },
  },
  'escalation.supervisor.written': {
    startsAt: 'notified:station_lead',
    choice: {
      zh: `“并于24小时内提交相关书面报告”：原文没有说24小时从何时起算；按同一句的“接报后”理解，从管理处负责人接报时起算。${TOLD.zh}`,
      en: `“并于24小时内提交相关书面报告”: the source does not say where the 24 hours start; read with the same sentence's 接报后, from when the management-office head was told. ${TOLD.en}`,
    },
  },
  'escalation.board': {
    startsAt: 'notified:leader_in_charge',
    choice: {
      zh: `“物业公司主管领导遇不能协调解决的重要重大事项，须于接报后的10分钟内电话上报董事领导”：从主管领导接报时起算；主管领导对应“分管领导”角色。${TOLD.zh}`,
      en: `“物业公司主管领导遇不能协调解决的重要重大事项，须于接报后的10分钟内电话上报董事领导”: from when the supervising leader was told; 主管领导 → the leader in charge role. ${TOLD.en}`,
    },
  },
  'escalation.board.written': {
    startsAt: 'notified:leader_in_charge',
    choice: {
      zh: `“并在48小时内提交书面报告”：原文没有说48小时从何时起算；按同一句的“接报后”理解，从主管领导接报时起算。${TOLD.zh}`,
      en: `“并在48小时内提交书面报告”: the source does not say where the 48 hours start; read with the same sentence's 接报后, from when the supervising leader was told. ${TOLD.en}`,
    },
  },
});

/** 1.2.0: who receives, handles, refers, verifies and calls back per class (具体内容1–8, issue 23 item 1). */
export const seed002Doc8PropertyPackV120: RulePackInput = { ...seed002Doc8PropertyPackV110, version: '1.2.0', procedure: propertyProcedure };

/** 1.3.0: the record's 住址 (具体内容 1). */
export const seed002Doc8PropertyPack: RulePackInput = { ...seed002Doc8PropertyPackV120, version: '1.3.0', recordFields: PROPERTY_FIELDS };
