import { CALL_BACK_FIELDS, COMPLAINT_FIELDS, EXPORT_FIELDS, RECORD_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { checklistColumn as c, columnsOf, hand, signer } from './columns';

/**
 * The postal personal-information registers of seed002 客户管理制度1 and the
 * testing station's complaint registers of 客户管理制度6. The postal rules
 * name the registers and what they record, not their columns: the columns are
 * the fields the extraction lists as implied (seed002-part1 §1.8).
 */
const D1 = 'seed002 客户管理制度1'; // 邮政行业寄递服务用户个人信息安全管理规定 (seed002-part1 §1)
const art = (n: string, text: string) => `${D1} 第${n}条: ${text} (seed002-part1 §1.5, §1.8)`;
const NONE_WHY = { zh: '本程序不保存这些记录，请手工填写。', en: 'The app keeps none of these records: fill them in by hand.' };
const exported = columnsOf(EXPORT_FIELDS);
const record = columnsOf(RECORD_FIELDS);

const ISSUE = art('十八', '对空白寄递详情单发放情况进行登记，对号段进行全程跟踪，形成跟踪记录');
export const blankWaybillLedger: LedgerDefinitionInput = {
  id: 'postal.blank-waybills',
  title: { zh: '空白寄递详情单发放登记及号段跟踪记录', en: 'Blank waybill issue register and number-range tracking record' },
  group: 'seed002',
  source: ISSUE,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('issued-on', '发放日期', 'Issued on', 'implied', ISSUE, 26),
    hand('issued-to', '领用人（单位）', 'Issued to', 'implied', ISSUE, 50),
    hand('range-from', '起始号段', 'Number range from', 'named', ISSUE, 44),
    hand('range-to', '终止号段', 'Number range to', 'named', ISSUE, 44),
    hand('tracking', '号段跟踪记录', 'Tracking of the range', 'named', ISSUE, 70, { grow: true }),
  ],
  permission: 'checklist.read',
};

const CONSULT = art('二十五', '内部人员因工作需要查阅档案时，应当确保档案完整无损，并做好查阅登记，不得私自携带离开存放地');
export const archiveConsultationLedger: LedgerDefinitionInput = {
  id: 'postal.archive-consultation',
  title: { zh: '寄递详情单实物档案查阅登记', en: 'Waybill archive consultation register' },
  group: 'seed002',
  source: CONSULT,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('consulted-at', '查阅时间', 'Consulted at', 'implied', CONSULT, 30),
    hand('person', '查阅人', 'Consulted by', 'implied', CONSULT, 30, { signature: true }),
    hand('purpose', '查阅事由（工作需要）', 'Purpose (work need)', 'named', CONSULT, 50, { grow: true }),
    hand('archives', '查阅档案', 'Archives consulted', 'implied', CONSULT, 60, { grow: true }),
    hand('intact', '档案完整无损', 'Archives intact', 'named', CONSULT, 26),
    hand('not-removed', '未携带离开存放地', 'Not taken out of the store', 'named', CONSULT, 30),
  ],
  permission: 'checklist.read',
};

const DESTROY = art('二十六', '保存期满后，由企业进行集中销毁，做好销毁记录，严禁丢弃或者贩卖');
export const archiveDestructionLedger: LedgerDefinitionInput = {
  id: 'postal.archive-destruction',
  title: { zh: '寄递详情单实物档案销毁记录', en: 'Waybill archive destruction record' },
  group: 'seed002',
  source: DESTROY,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('destroyed-on', '销毁日期', 'Destroyed on', 'implied', DESTROY, 26),
    hand('batch', '销毁档案（批次）', 'Archive batch', 'implied', DESTROY, 70, { grow: true }),
    hand('expired-on', '保存期满日期', 'Retention expired on', 'named', DESTROY, 30),
    hand('method', '销毁方式（集中销毁）', 'Method (central destruction)', 'named', DESTROY, 40),
    hand('operators', '经办人及监销人', 'Operators and witnesses', 'implied', DESTROY, 50, { signature: true }),
  ],
  permission: 'checklist.read',
};

const SELF = art('二十七', '对实物信息安全保障情况进行定期自查，记录自查情况，及时消除自查中发现的信息安全隐患');
/** 定期自查记录: the self-inspections done with the app's self-check form, one line each. */
export const selfInspectionLedger: LedgerDefinitionInput = {
  id: 'postal.self-inspection',
  title: { zh: '实物信息安全定期自查记录', en: 'Periodic information-security self-inspection record' },
  group: 'seed002',
  source: SELF,
  data: { kind: 'checklistRecords', templateId: 'privacy.personal-info-self-check', dateFrom: { item: 'inspected-on' } },
  columns: [
    c('inspected-on', '自查日期', 'Inspected on', 'implied', SELF, 22, { item: 'inspected-on' }, 'date'),
    c('inspector', '自查人', 'Inspected by', 'implied', SELF, 22, { item: 'inspector' }),
    c('scope', '自查范围（网点、部门）', 'Scope (outlet, department)', 'implied', SELF, 40, { item: 'scope' }, 'text', { grow: true }),
    c('hazards', '发现的隐患及消除措施', 'Hazards found and how they were removed', 'named', SELF, 110, { item: 'hazards' }, 'text', { grow: true }),
    record.implied('completed-by', '记录人', 'Recorded by', SELF, 22, 'completedByName'),
  ],
  signers: [signer('信息安全负责人', 'Information security lead')],
  choice: { zh: '每份填写完成的《寄递用户个人信息安全自查表》一行，按检查日期归入期间。', en: 'One line per completed self-check form (寄递用户个人信息安全自查表), placed in the period by its inspection date.' },
  permission: 'checklist.read',
};

const DEVICE = art('三十六', '明确管理数据存储设备、介质的负责人，建立设备、介质使用和借用登记制度…存储设备和介质报废的，应当及时删除其中的寄递用户信息数据，并销毁硬件');
export const deviceLoanLedger: LedgerDefinitionInput = {
  id: 'postal.device-loans',
  title: { zh: '设备、介质使用和借用登记', en: 'Device and storage-media use and loan register' },
  group: 'seed002',
  source: DEVICE,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('device', '设备/介质名称及编号', 'Device or medium', 'implied', DEVICE, 44),
    hand('keeper', '负责人', 'Person in charge', 'named', DEVICE, 24),
    hand('borrower', '使用人/借用人', 'User or borrower', 'named', DEVICE, 30, { signature: true }),
    hand('out-at', '借出时间', 'Out', 'implied', DEVICE, 26),
    hand('in-at', '归还时间', 'Returned', 'implied', DEVICE, 26),
    hand('purpose', '用途', 'Purpose', 'implied', DEVICE, 50, { grow: true }),
    hand('scrapped', '报废及数据删除情况', 'Scrapped, data deleted', 'named', DEVICE, 46),
  ],
  permission: 'checklist.read',
};

const BULK = `${D1} 第三十七条: 对所有批量导出、复制、销毁用户个人信息的操作进行审查…同时记录进行操作的人员、时间、地点和事项，留作信息安全审计依据 (seed002-part1 §1.6, §1.8)`;
/** 批量导出、复制、销毁操作记录: the app's own bulk export (the sync transfer file) is logged by the app; other operations are written in below. */
export const bulkOperationLedger: LedgerDefinitionInput = {
  id: 'postal.bulk-operations',
  title: { zh: '用户信息批量导出、复制、销毁操作记录', en: 'Bulk export, copy and destruction log of user information' },
  group: 'seed002',
  source: BULK,
  data: { kind: 'transferExports' },
  columns: [
    exported.named('at', '时间', 'Time', BULK, 30, 'at'),
    exported.named('by', '人员', 'Operator', BULK, 30, 'byName'),
    exported.named('place', '地点', 'Place', BULK, 50, 'place'),
    exported.named('matter', '事项', 'Matter', BULK, 80, 'matter', { grow: true }),
    exported.implied('entries', '记录条数', 'Records', BULK, 20, 'entries'),
    hand('reviewer', '审查人', 'Reviewed by', 'implied', `${BULK}: 进行审查`, 30, { signature: true }),
  ],
  choice: {
    zh: '本程序记录每次导出同步传输文件（含客户姓名和电话的投诉记录用U盘带出电脑）；在本程序之外的操作由人工填在空白行上。',
    en: 'The app records every export of the sync transfer file (complaint records with customers\' names and phone numbers leave the computer on a USB stick); operations outside the app are written in by hand on the blank lines.',
  },
  permission: 'site.manage',
};

const D6 = 'seed002 客户管理制度6'; // 监测站客户投诉（申诉）处理 (seed002-part2 §1)
const lab = (ref: string, text: string) => `${D6} ${ref}: ${text} (seed002-part2 §1.4, §1.5)`;
const complaint = columnsOf(COMPLAINT_FIELDS);
const callBack = columnsOf(CALL_BACK_FIELDS);
const LAB_CHOICE = {
  zh: '投诉和申诉就是本程序的投诉记录；报告编号和有关依据取自登记时填写的登记簿项目（检测站规则包 1.4.0 起），收到报告的日期取自申诉时限所用的日期；本程序不记录的内容由人工填写。',
  en: "Complaints and appeals are the app's complaint records; the report number and the grounds come from the register items asked at intake (testing-station pack 1.4.0 on), the day the report was received from the date the appeal window reads; what the app does not record is written in by hand.",
};

const STATEMENT = lab('1、1', '客户对测试结果如有异议，可在接到测试报告后十日内以书面形式提出申诉，详细说明申诉的理由及有关依据，并填写“抱怨申述登记表”');
export const appealStatementLedger: LedgerDefinitionInput = {
  id: 'lab.appeal-statement',
  title: { zh: '抱怨申述登记表', en: 'Complaint and appeal statement register' },
  group: 'seed002',
  source: STATEMENT,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('appealed-at', '申诉日期', 'Appealed on', STATEMENT, 20, 'receivedAt'),
    complaint.implied('customer', '客户', 'Customer', STATEMENT, 30, 'customerName'),
    complaint.implied('report-no', '测试报告编号', 'Test report no.', STATEMENT, 30, 'reportNo'),
    complaint.implied('report-received', '接到测试报告日期', 'Report received on', STATEMENT, 26, 'testReportReceivedOn'),
    complaint.named('reasons', '申诉的理由', 'Reasons for the appeal', STATEMENT, 60, 'content', { grow: true }),
    complaint.named('grounds', '有关依据', 'Supporting grounds', STATEMENT, 50, 'appealGrounds', { grow: true }),
    hand('appellant-sign', '申诉人签字', "Appellant's signature", 'implied', STATEMENT, 26, { signature: true }),
  ],
  choice: LAB_CHOICE,
  permission: 'complaint.read',
};

const ACCEPT = lab('1、2 及 2、2、5', '技术业务室受理申诉，填写“抱怨受理登记表”，及时报告质量负责人…将结果填写于“抱怨受理登记表”“处理结果”栏');
export const appealAcceptanceLedger: LedgerDefinitionInput = {
  id: 'lab.appeal-acceptance',
  title: { zh: '抱怨受理登记表', en: 'Complaint acceptance register' },
  group: 'seed002',
  source: ACCEPT,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('serial', '受理编号', 'No.', ACCEPT, 28, 'serial'),
    complaint.implied('accepted-at', '受理日期', 'Accepted on', ACCEPT, 20, 'receivedAt'),
    complaint.implied('appellant', '申诉人', 'Appellant', ACCEPT, 26, 'customerName'),
    complaint.implied('subject', '申诉事项', 'Subject', ACCEPT, 50, 'content', { grow: true }),
    hand('reported-qm', '报告质量负责人', 'Reported to the quality manager', 'named', ACCEPT, 26),
    complaint.implied('handling', '处理情况', 'Handling', ACCEPT, 40, 'solutionMeasures', { grow: true }),
    complaint.named('result', '处理结果', 'Result', ACCEPT, 44, 'resultWithRetest', { grow: true }),
    complaint.implied('receiver', '受理人', 'Accepted by', ACCEPT, 18, 'receiverName'),
  ],
  choice: LAB_CHOICE,
  permission: 'complaint.read',
};

const HANDLING = lab('2、1、1–2、1、3', '分析产生投诉的原因，采取必要的处理措施，并将处理结果记录在《客户投诉处理登记表》');
export const labHandlingLedger: LedgerDefinitionInput = {
  id: 'lab.complaint-handling',
  title: { zh: '客户投诉处理登记表', en: 'Customer complaint handling register' },
  group: 'seed002',
  source: HANDLING,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('serial', '编号', 'No.', HANDLING, 28, 'serial'),
    complaint.implied('received-at', '投诉日期', 'Received', HANDLING, 20, 'receivedAt'),
    complaint.implied('customer', '客户', 'Customer', HANDLING, 22, 'customerName'),
    complaint.implied('content', '投诉内容', 'Complaint', HANDLING, 40, 'content', { grow: true }),
    complaint.named('department', '被投诉部门', 'Department complained about', lab('2、1、1', '各部门负责人负责调查处理客户对本部门的投诉'), 22, 'subjectUnit'),
    complaint.named('cause', '产生投诉的原因', 'Cause', HANDLING, 36, 'investigationCause', { grow: true }),
    complaint.named('measures', '处理措施', 'Measures taken', HANDLING, 36, 'solutionMeasures', { grow: true }),
    complaint.named('result', '处理结果', 'Result', HANDLING, 36, 'result', { grow: true }),
    hand('handed-to', '移交（技术业务室/办公室）', 'Handed to (office)', 'named', lab('2、1、1–2、1、2', '交技术业务室; 交办公室'), 22),
  ],
  choice: { zh: `${LAB_CHOICE.zh}“被投诉部门”是被投诉人员所在的部门。`, en: `${LAB_CHOICE.en} 被投诉部门 is the unit of the person complained about.` },
  permission: 'complaint.read',
};

const ACCEPT2 = lab('2、1、1', '将处理结果记录在《客户投诉处理登记表》《投诉受理登记表》中，交技术业务室');
export const labAcceptanceLedger: LedgerDefinitionInput = {
  id: 'lab.complaint-acceptance',
  title: { zh: '投诉受理登记表', en: 'Complaint acceptance register (departments)' },
  group: 'seed002',
  source: ACCEPT2,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('serial', '编号', 'No.', ACCEPT2, 28, 'serial'),
    complaint.implied('received-at', '受理日期', 'Accepted on', ACCEPT2, 20, 'receivedAt'),
    complaint.implied('customer', '投诉人', 'Complainant', ACCEPT2, 26, 'customerName'),
    complaint.implied('content', '投诉内容', 'Complaint', ACCEPT2, 60, 'content', { grow: true }),
    complaint.implied('department', '被投诉部门', 'Department complained about', ACCEPT2, 24, 'subjectUnit'),
    complaint.named('result', '处理结果', 'Result', ACCEPT2, 60, 'result', { grow: true }),
    hand('head-sign', '部门负责人签字', "Department head's signature", 'implied', ACCEPT2, 26, { signature: true }),
  ],
  choice: {
    zh: `原文在《客户投诉处理登记表》之外提到这本登记册，但没有给出它自己的栏目；各栏取自该条款所说的登记内容。${LAB_CHOICE.zh}`,
    en: `The source names the register beside 《客户投诉处理登记表》 and gives no fields of its own; the columns are those the clause says it records. ${LAB_CHOICE.en}`,
  },
  permission: 'complaint.read',
};

const FEEDBACK = lab('3、3–4', '以书面形式征求客户对投诉处理结果的意见，让客户填写《投诉处理结果客户反馈登记表》…如果客户对处理结果不满意，职责部门应重新对该投诉进行调查处理');
export const resultFeedbackLedger: LedgerDefinitionInput = {
  id: 'lab.result-feedback',
  title: { zh: '投诉处理结果客户反馈登记表', en: 'Customer feedback register on complaint results' },
  group: 'seed002',
  source: FEEDBACK,
  data: { kind: 'callBacks' },
  columns: [
    callBack.implied('serial', '投诉编号', 'Complaint no.', FEEDBACK, 28, 'serial'),
    callBack.implied('customer', '客户', 'Customer', FEEDBACK, 26, 'customerName'),
    callBack.implied('result', '投诉处理结果', 'Result', FEEDBACK, 60, 'result', { grow: true }),
    callBack.implied('at', '反馈日期', 'Asked on', FEEDBACK, 20, 'at'),
    callBack.named('opinion', '客户意见', "Customer's opinion", FEEDBACK, 50, 'otherOpinions', { grow: true }),
    callBack.named('satisfied', '满意', 'Satisfied', FEEDBACK, 14, 'satisfied'),
    hand('customer-sign', '客户签字', "Customer's signature", 'implied', FEEDBACK, 26, { signature: true }),
  ],
  choice: { zh: '客户对处理结果的意见即本程序的回访：每次回访一行。客户在纸质表上签字。', en: "The customer's opinion on the result is the app's call-back (回访): one line per call-back. The customer signs the paper form." },
  permission: 'complaint.read',
};

export const SEED002_POSTAL_LAB_LEDGERS: readonly LedgerDefinitionInput[] = [
  blankWaybillLedger,
  archiveConsultationLedger,
  archiveDestructionLedger,
  selfInspectionLedger,
  deviceLoanLedger,
  bulkOperationLedger,
  appealStatementLedger,
  appealAcceptanceLedger,
  labHandlingLedger,
  labAcceptanceLedger,
  resultFeedbackLedger,
];
