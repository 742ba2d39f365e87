import { COMPLAINT_FIELDS, EXTENSION_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { columnsOf, hand, signer } from './columns';

const complaint = columnsOf(COMPLAINT_FIELDS);
const extension = columnsOf(EXTENSION_FIELDS);

const P5 = 'seed003 篇5'; // 保险分公司客户投诉处理办法 (seed003-part1)
const P5_MONTHLY = `${P5} 4.5.6: 分支机构须于每月10日前向分公司客服中心上报上月所有处理结案投诉案件的《客户投诉记录表》及月度投诉处理分析报告`;

/**
 * 《客户投诉记录表》 of the cases closed in a month (篇5 4.5.6), the batch a
 * sub-branch sends on by the 10th. Its columns are the record table's own
 * fields (篇5 4.1、5.1、7), the same the single record prints with.
 */
export const insuranceMonthlyLedger: LedgerDefinitionInput = {
  id: 'insurance.closed-cases',
  title: { zh: '客户投诉记录表（结案案件）', en: 'Complaint record table (closed cases)' },
  group: 'seed003',
  source: P5_MONTHLY,
  data: { kind: 'complaints', kinds: ['complaint'], by: 'closed' },
  columns: [
    complaint.named('receiver', '首问受理人', 'First receiver', `${P5} 4.1: 接到客户投诉，应填写《客户投诉记录表》`, 16, 'receiverName'),
    complaint.implied('received-at', '受理时间', 'Received', `${P5} 5.1`, 20, 'receivedAt'),
    complaint.implied('channel', '投诉渠道', 'Channel', `${P5} 4.4.1: 各种渠道的…客户投诉`, 14, 'channel'),
    complaint.implied('customer', '客户', 'Customer', `${P5} 5.1`, 20, 'customerName'),
    complaint.implied('phone', '联系电话', 'Phone', `${P5} 5.1`, 22, 'customerPhone'),
    complaint.implied('content', '投诉内容', 'Complaint', `${P5} 5.1`, 30, 'content', { grow: true }),
    complaint.named('class', '投诉等级', 'Class', `${P5} 3 (seed003-part1 §5.3): 一般投诉件、疑难投诉件、重大投诉件`, 16, 'classLabel'),
    complaint.implied('assignee', '投诉责任人', 'Person responsible', `${P5} 5.1: 发到相应中心支公司或部门投诉责任人`, 16, 'assigneeName'),
    complaint.implied('measures', '处理方案', 'Handling plan', `${P5} 4.5.5: 处理方案`, 28, 'solutionMeasures', { grow: true }),
    complaint.implied('result', '处理结果', 'Result', `${P5} 5.3`, 28, 'result', { grow: true }),
    complaint.implied('replied-at', '答复客户时间', 'Customer answered', `${P5} 5.3`, 20, 'customerInformedAt'),
    complaint.implied('call-back', '回访结果', 'Return visit', `${P5} 5.3: 次日回访`, 16, 'callBackSatisfaction'),
    complaint.implied('closed-at', '结案时间', 'Closed', P5_MONTHLY, 20, 'closedAt'),
  ],
  choice: { zh: '按结案日期归入期间，所以按月打印的就是“上月所有处理结案投诉案件”。', en: 'Placed in the period by the day the case was closed, so a month prints "上月所有处理结案投诉案件".' },
  permission: 'complaint.read',
};

const P6 = 'seed003 篇6'; // 四川**实业集团 客户投诉管理办法 (seed003-part2 §4)
const EXT = `${P6} 第十八条: 如遇特殊情况需延长处理时间，则需分管副总裁确认同意后方可视为延长; 第二十七条: 取得客户同意后，方可根据实际情况延长处理时间，并将该沟通结果3分钟内电话通知呼叫中心`;

/** Extension applications: every request with its reason, the customer's consent and the approver's decision. */
export const extensionLedger: LedgerDefinitionInput = {
  id: 'group.extensions',
  title: { zh: '投诉处理延期申请登记', en: 'Register of extension applications' },
  group: 'seed003',
  source: EXT,
  data: { kind: 'extensions' },
  columns: [
    extension.implied('serial', '投诉编号', 'Complaint no.', EXT, 28, 'serial'),
    extension.implied('customer', '客户', 'Customer', EXT, 20, 'customerName'),
    extension.implied('unit', '处理单位', 'Handling unit', EXT, 18, 'unit'),
    extension.implied('requested-at', '申请时间', 'Requested', EXT, 20, 'requestedAt'),
    extension.implied('requested-by', '申请人', 'Requested by', EXT, 16, 'requestedByName'),
    extension.named('type', '延期情形', 'Kind', `${P6} 第十八条: 特殊情况; 第二十七条: 需要多级部门进行协调处理`, 18, 'extensionType'),
    extension.implied('reason', '延期原因', 'Reason', EXT, 40, 'reason', { grow: true }),
    extension.implied('new-due', '延长至', 'New time limit', EXT, 20, 'newDueAt'),
    extension.named('consent', '客户同意时间', 'Customer consented', `${P6} 第二十七条: 取得客户同意后`, 20, 'customerConsentAt'),
    extension.implied('status', '审批结果', 'Decision', EXT, 14, 'status'),
    extension.named('approver', '分管副总裁确认', 'Vice-president in charge', `${P6} 第十八条: 需分管副总裁确认同意`, 20, 'decidedByName', { signature: true }),
    extension.implied('decided-at', '审批时间', 'Decided', EXT, 20, 'decidedAt'),
  ],
  choice: { zh: '每次延期申请一行，按申请时间归入期间；审批人是网点规则包指定的角色（篇6：分管副总裁）。', en: 'One line per extension request, placed in the period by the request time; the approver is the role the site\'s rule pack names (篇6: 分管副总裁).' },
  permission: 'complaint.read',
};

const D = 'seed004 §D 第五条'; // 客户投诉处理机制 (seed004 §D)
const D_SUGGEST = `${D} 二: 由接收部门录入【客户投诉登记表】向有关领导汇报、请示。需要回复的，要给客户承诺一定回复期限，待领导做出批示后向客户答复建议被采用情况`;
const D_ASK = `${D} 三: 不能解答的录入【客户投诉登记表】…在24小时答复客户，在【客户投诉登记表】记录答复结果`;

/** 【客户投诉登记表】 of the service company: complaints, suggestions and enquiries with the promised reply time and the reply. */
export const serviceCompanyRegisterLedger: LedgerDefinitionInput = {
  id: 'service-company.complaint-register',
  title: { zh: '客户投诉登记表', en: 'Customer complaint register' },
  group: 'seed004',
  source: `${D} 二、三`, // extraction notes: seed004 §D.4
  data: { kind: 'complaints', kinds: ['complaint', 'suggestion', 'inquiry'] },
  columns: [
    complaint.implied('serial', '登记编号', 'No.', D_ASK, 28, 'serial'),
    complaint.implied('received-at', '登记时间', 'Registered', D_ASK, 20, 'receivedAt'),
    complaint.named('kind', '类型', 'Kind', `${D}: 客户投诉类、客户建议类、客户咨询类`, 12, 'kind'),
    complaint.implied('customer', '客户', 'Customer', D_ASK, 20, 'customerName'),
    complaint.named('phone', '联系方式', 'Contact', 'seed004 §D 第六条一、1.1: 客户联系方式', 22, 'customerPhone'),
    complaint.implied('content', '内容', 'Content', D_ASK, 40, 'content', { grow: true }),
    complaint.named('reply-due', '承诺回复期限', 'Promised reply by', D_SUGGEST, 20, 'solutionDueAt'),
    hand('instruction', '领导批示', "Leader's instruction", 'named', D_SUGGEST, 34, { grow: true }),
    complaint.named('result', '答复结果', 'Reply', D_ASK, 40, 'result', { grow: true }),
    complaint.implied('replied-at', '答复时间', 'Answered', D_ASK, 20, 'customerInformedAt'),
  ],
  choice: { zh: '“建议”和“咨询”对应本程序的“建议”和“咨询”；领导批示由人工填写。', en: 'Suggestions and enquiries are the app\'s 建议 and 咨询; the leader\'s instruction is written in by hand.' },
  permission: 'complaint.read',
};

const E = 'seed004 §E'; // 客户投诉处理作业流程及管理办法 (seed004 §E)
const E_REG = `${E} 5.1.1: 营销部对接受到的客户投诉(电话、口头、书面)登记在《客户投诉登记表》上，并上报营销部副总经理`;
const E_QE = `${E} 5.3.1: 品管部负责客户投诉处理的QE工程师也要在《客户投诉登记表》上做好登记，一般投诉应在3个工作日内回复，重大投诉/抱怨应在8个工作小时内提出临时改善对策，并在2个工作日内回复永久对策`;

/** 《客户投诉登记表》 of the manufacturer: registered by marketing and by the QE, with the temporary and permanent measures. */
export const manufacturerRegisterLedger: LedgerDefinitionInput = {
  id: 'manufacturer.complaint-register',
  title: { zh: '客户投诉登记表（营销部/品管部）', en: 'Customer complaint register (marketing and quality)' },
  group: 'seed004',
  source: `${E_REG}; ${E_QE}`,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('serial', '登记编号', 'No.', E_REG, 28, 'serial'),
    complaint.implied('received-at', '登记日期', 'Registered', E_REG, 20, 'receivedAt'),
    complaint.named('channel', '投诉方式', 'Channel', E_REG, 14, 'channel'),
    complaint.implied('customer', '客户', 'Customer', E_REG, 22, 'customerName'),
    complaint.implied('content', '投诉内容', 'Complaint', E_REG, 36, 'content', { grow: true }),
    complaint.named('class', '一般/重大', 'General or major', E_QE, 16, 'classLabel'),
    complaint.implied('unit', '责任部门', 'Responsible department', `${E} 5.3.2: 确定责任部门`, 18, 'unit'),
    hand('temporary', '临时改善对策', 'Temporary measure', 'named', E_QE, 32, { grow: true }),
    complaint.named('permanent', '永久对策', 'Permanent measure', E_QE, 32, 'correctiveActions', { grow: true }),
    complaint.implied('replied-at', '回复日期', 'Replied', E_QE, 20, 'customerInformedAt'),
    hand('vp', '营销副总', 'Marketing VP', 'named', E_REG, 22, { signature: true }),
  ],
  choice: { zh: '永久措施就是该案件的纠正措施；临时措施和副总的确认由人工填写。', en: 'The permanent measures are the case\'s corrective actions; the temporary measure and the VP\'s acknowledgement are written in by hand.' },
  permission: 'complaint.read',
};

const H = 'seed004 §H'; // 用户抱怨处理制度 (seed004 §H)
const H_TABLE = `${H} 8-1: 《公司用户抱怨处理表》…各责任部门信息填写规范，要求填写准确、完整、无漏填、错填`;
const H_82 = `${H} 8-2: 抱怨(投诉)受理人于客户抱怨当日将客户抱怨信息传递于处理协调责任人。处理责任人需在收单后三天内完成事情经过调查、回复客户、处理意见、制定相应改进措施…客户关爱部…需在3天内回访验证并及时更新《公司用户抱怨处理表》`;

/** 《公司用户抱怨处理表》: the dealer's complaint log, updated by Customer Care after the verification call-back. */
export const dealerComplaintLedger: LedgerDefinitionInput = {
  id: 'dealer.complaint-table',
  title: { zh: '公司用户抱怨处理表', en: 'Company user complaint handling table' },
  group: 'seed004',
  source: H_TABLE,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('received-at', '受理日期', 'Received', H_82, 20, 'receivedAt'),
    complaint.named('receiver', '受理人', 'Received by', H_82, 16, 'receiverName'),
    complaint.implied('customer', '用户', 'User', H_82, 20, 'customerName'),
    complaint.implied('phone', '联系电话', 'Phone', `${H} 7-2: 电话回访`, 22, 'customerPhone'),
    complaint.named('channel', '抱怨来源', 'Source', `${H} 2: 售后用户回访、用户书面投诉、用户来电投诉、用户现场投诉`, 14, 'channel'),
    complaint.implied('content', '抱怨内容', 'Complaint', H_82, 34, 'content', { grow: true }),
    complaint.named('coordinator', '处理协调责任人', 'Coordinator', H_82, 16, 'assigneeName'),
    complaint.named('passed-on', '传递日期', 'Passed on', H_82, 20, 'assignedAt'),
    complaint.named('opinion', '处理意见', 'Handling opinion', H_82, 28, 'solutionMeasures', { grow: true }),
    complaint.named('improvement', '改进措施', 'Improvement measures', H_82, 24, 'correctiveActions', { grow: true }),
    complaint.named('replied-at', '回复客户', 'Customer answered', H_82, 20, 'customerInformedAt'),
    complaint.named('verified-at', '回访验证', 'Verification call', H_82, 20, 'callBackAt'),
    complaint.implied('satisfied', '满意', 'Satisfied', `${H} 7-2: 直到用户满意为止`, 12, 'callBackSatisfied'),
  ],
  choice: { zh: '“抱怨来源”就是记录的渠道（来电 = 电话，现场 = 当面，书面 = 信件）。', en: '抱怨来源 is the record\'s channel (来电 = 电话, 现场 = 当面, 书面 = 信件).' },
  permission: 'complaint.read',
};

const B = 'seed004 §B 班长3'; // 客服中心呼叫中心岗位职责 (seed004 §B.3)
const B_LOG = `${B}: 管理与指导坐席人员工作，检查岗位职责执行情况，执行《呼叫中心现场管理及卫生制度》，认真填写值班日志，对违反规章制度、工作流程、劳动纪律的，应及时报告主管`;

/** 值班日志 of the call-centre shift leader: the app holds none of it, so it prints blank. */
export const dutyLogLedger: LedgerDefinitionInput = {
  id: 'call-centre.duty-log',
  title: { zh: '值班日志', en: 'Duty log' },
  group: 'seed004',
  source: B_LOG,
  data: { kind: 'none', why: { zh: '本程序不保存值班日志，请手工填写。', en: 'The app keeps no duty log: fill it in by hand.' } },
  columns: [
    hand('date', '日期', 'Date', 'implied', B_LOG, 22),
    hand('shift', '班次', 'Shift', 'implied', B_LOG, 18),
    hand('duties', '岗位职责执行情况', 'Duties carried out', 'named', B_LOG, 60, { grow: true }),
    hand('floor', '现场管理及卫生', 'Floor management and hygiene', 'named', B_LOG, 44, { grow: true }),
    hand('violations', '违规情况及报告', 'Violations and report', 'named', B_LOG, 44, { grow: true }),
    hand('events', '重要及突发事件', 'Important and sudden events', 'named', 'seed004 §B 班长4: 对重要事件及突发事件，应在采取应急措施的同时，立即报告呼叫中心主管', 44, { grow: true }),
    hand('leader', '班长签字', "Shift leader's signature", 'implied', B_LOG, 24, { signature: true }),
  ],
  signers: [signer('呼叫中心主管', 'Call-centre supervisor')],
  permission: 'checklist.read',
};

export const SEED003_004_LEDGERS: readonly LedgerDefinitionInput[] = [
  insuranceMonthlyLedger,
  extensionLedger,
  serviceCompanyRegisterLedger,
  manufacturerRegisterLedger,
  dealerComplaintLedger,
  dutyLogLedger,
];
