import { COMPLAINT_FIELDS, OPINION_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { checklistColumn as c, columnsOf, hand, signer } from './columns';

/**
 * seed002's bank outlet books (客户管理制度4), the customer-service
 * department's handover log and shift swaps (制度2), the follow-up visit
 * record (制度15), the heat company's temperature report and change register
 * (制度11) and the store's two registers (制度13).
 */
const opinion = columnsOf(OPINION_FIELDS);
const complaint = columnsOf(COMPLAINT_FIELDS);

const D4 = 'seed002 客户管理制度4'; // 营业网点客户投诉处理规范 (seed002-part1 §4)
const D4_BOOK = `${D4} 第三条、第九条 (seed002-part1 §4.6 B, §4.8)`;

/** 客户意见簿: what customers wrote in the banking hall, with the complaint manager's opinion, signature and reply. */
export const opinionBookLedger: LedgerDefinitionInput = {
  id: 'bank.opinion-book',
  title: { zh: '客户意见簿', en: 'Customer opinion book' },
  group: 'seed002',
  source: `${D4} 第三条: 客户意见簿由各网点放置于营业厅显著位置，主要用于客户日常填写投诉意见或建议`,
  data: { kind: 'opinionBook' },
  columns: [
    opinion.implied('entry-no', '编号', 'No.', D4_BOOK, 12, 'entryNo'),
    opinion.named('date', '日期', 'Date', D4_BOOK, 20, 'entryDate'),
    opinion.named('type', '投诉/建议', 'Complaint or suggestion', `${D4} 第三条: 投诉意见或建议`, 14, 'entryType'),
    opinion.named('content', '客户意见', "Customer's words", `${D4} 第三条: 客户日常填写投诉意见或建议`, 60, 'content', { grow: true }),
    opinion.implied('customer', '客户姓名', 'Customer', `${D4} 第九条(五): 客户留有联系方式的`, 18, 'customerName'),
    opinion.named('contact', '联系方式', 'Contact', `${D4} 第九条(五): 客户留有联系方式的，必须回复客户`, 24, 'contact'),
    opinion.named('opinion', '处理意见', 'Handling opinion', `${D4} 第九条(四): 在客户意见簿上回复相关处理意见`, 46, 'handlingOpinion', { grow: true }),
    opinion.named('signed-by', '投诉管理人签字', "Complaint manager's signature", `${D4} 第九条(四): 并签字确认`, 24, 'signedByName', { signature: true }),
    opinion.named('replied-at', '回复客户时间', 'Customer answered', `${D4} 第九条(五)`, 20, 'customerRepliedAt'),
    opinion.implied('complaint', '转投诉编号', 'Complaint no.', `${D4} 第九条(二)–(三): 通知责任人进行处理`, 26, 'complaintSerial'),
  ],
  choice: { zh: '意见簿由客户本人填写；本台账是它的誊录，每条一行，按填写日期归入期间。', en: 'The book itself is written by customers; the ledger is its transcription, one line per entry, placed in the period by the entry date.' },
  permission: 'opinionBook.read',
};

const D4_REGISTER = `${D4} 第三条: 意见登记簿用于各网点负责投诉管理的专人记录口头投诉、信函投诉、电话投诉等其他投诉`;

/** 意见登记簿: the outlet's other complaints (spoken, letter, phone), with the agreed reply time, handling, reply and the outlet head's signature. */
export const opinionRegisterLedger: LedgerDefinitionInput = {
  id: 'bank.opinion-register',
  title: { zh: '意见登记簿', en: 'Opinion register' },
  group: 'seed002',
  source: D4_REGISTER,
  data: { kind: 'complaints', kinds: ['complaint'], excludeChannels: ['opinion_book'] },
  columns: [
    complaint.implied('serial', '编号', 'No.', D4_REGISTER, 28, 'serial'),
    complaint.implied('received-at', '受理时间', 'Received', D4_REGISTER, 20, 'receivedAt'),
    complaint.named('channel', '投诉方式', 'Channel', `${D4} 第三条: 现场口头投诉、信函投诉、电话投诉`, 14, 'channel'),
    complaint.named('customer', '客户信息', 'Customer', `${D4} 第十一条(一)3: 在意见登记薄上记录客户信息和投诉内容`, 17, 'customerName'),
    complaint.named('phone', '联系方式', 'Contact', `${D4} 第十一条(一)3`, 22, 'customerPhone'),
    complaint.named('content', '投诉内容', 'Complaint', `${D4} 第十条(一)、第十一条(一)3`, 40, 'content', { grow: true }),
    complaint.named('on-spot', '当场答复', 'Answered on the spot', `${D4} 第七条(二)、第八条(一)(二)、第十一条(一)1–2: 能立即答复的要当场予以答复`, 10, 'answeredOnSpot'),
    complaint.named('reply-due', '约定回复时限', 'Agreed reply time', `${D4} 第八条(三)、第十一条(一)3: 和客户约定回复时限`, 18, 'agreedReplyDueAt'),
    complaint.named('referred', '报总行处理', 'Reported to head office', `${D4} 第八条(四)、第十条(三)–(四): 报总行规范服务管理部门处理，并在登记薄予以记录`, 14, 'referred'),
    complaint.named('result', '处理和回复情况', 'Handling and reply', `${D4} 第八条(三)、第十条(二): 在意见登记薄上记录处理和回复情况`, 40, 'result', { grow: true }),
    complaint.named('replied-at', '回复客户时间', 'Customer answered', `${D4} 第八条(三): 将处理情况回复客户`, 20, 'customerInformedAt'),
    hand('head-sign', '网点负责人签字确认', "Outlet head's signature", 'named', `${D4} 第八条(三)、第十条(二)、第十一条(一)3: 由网点负责人签字确认`, 24, { signature: true }),
  ],
  choice: {
    zh: '包括除意见簿以外所有渠道的投诉（意见簿另有专册）。“约定回复时限”是投诉管理人记录的与客户约定的回复时限；当场答复的投诉标明“当场答复”，其答复内容即“处理和回复情况”；网点负责人在纸上签字。',
    en: "Complaints of every channel but the opinion book (which has its own book). 约定回复时限 is the reply deadline the complaint manager recorded as agreed with the customer; a case answered on the spot is marked so, its answer being the handling and reply; the outlet head signs on paper.",
  },
  permission: 'complaint.read',
};

const D2 = 'seed002 客户管理制度2'; // 客服部管理制度 (seed002-part1 §2)
const LOG = `${D2} 三、4: 交接日志要对设备情况、疑难问题、人员调班等情况，记录清楚明了 (seed002-part1 §2.4)`;
const LOG_IMPLIED = `${D2} 三 (seed002-part1 §2.10: 交接日志 field implied)`;
const SWAP = `${D2} 七、3: 换班必须经双方当事人同意，填写换班登记表后经部门经理签字批准后方可生效 (seed002-part1 §2.8)`;
const SWAP_IMPLIED = `${D2} 七 (seed002-part1 §2.10: 换班登记表 field implied)`;
const ROWS_CHOICE = { zh: '登记表中每一行保存后即计入，记录尚未填完的行也计入；每行按本行的日期归入期间。', en: 'Every saved row of the register counts, also rows of a record still being filled; a row is placed in the period by its own date.' };

export const handoverLogLedger: LedgerDefinitionInput = {
  id: 'service.handover-log',
  title: { zh: '交接日志', en: 'Shift handover log' },
  group: 'seed002',
  source: LOG,
  data: { kind: 'checklistRows', templateId: 'service.handover-log', tableItemId: 'handovers', dateFrom: { row: 'handed-over-at' } },
  columns: [
    c('handed-over-at', '交接时间', 'Handed over at', 'implied', LOG_IMPLIED, 20, { row: 'handed-over-at' }, 'instant'),
    c('shift', '班次', 'Shift', 'implied', LOG_IMPLIED, 16, { row: 'shift' }),
    c('equipment', '设备情况', 'Equipment status', 'named', LOG, 50, { row: 'equipment' }, 'text', { grow: true }),
    c('open-issues', '疑难问题', 'Open difficult issues', 'named', LOG, 50, { row: 'open-issues' }, 'text', { grow: true }),
    c('staff-changes', '人员调班', 'Staff shift changes', 'named', LOG, 40, { row: 'staff-changes' }, 'text', { grow: true }),
    c('outgoing', '交班人', 'Outgoing', 'implied', `${D2} 三、2: 接班人未到岗，交班人不得离台 (seed002-part1 §2.4)`, 22, { row: 'outgoing' }, 'text', { signature: true }),
    c('incoming', '接班人', 'Incoming', 'implied', `${D2} 三、2 (seed002-part1 §2.4)`, 22, { row: 'incoming' }, 'text', { signature: true }),
  ],
  signers: [signer('值班经理', 'Duty manager')],
  choice: ROWS_CHOICE,
  permission: 'checklist.read',
};

export const shiftSwapLedger: LedgerDefinitionInput = {
  id: 'service.shift-swap',
  title: { zh: '换班登记表', en: 'Shift-swap register' },
  group: 'seed002',
  source: SWAP,
  data: { kind: 'checklistRows', templateId: 'service.shift-swap-register', tableItemId: 'swaps', dateFrom: { row: 'date' } },
  columns: [
    c('date', '日期', 'Date', 'implied', SWAP_IMPLIED, 20, { row: 'date' }, 'date'),
    c('swapper', '换班者', 'Swapping employee', 'named', `${D2} 七、4 (seed002-part1 §2.8)`, 18, { row: 'swapper' }),
    c('repayer', '还班者', 'Repaying employee', 'named', `${D2} 七、4 (seed002-part1 §2.8)`, 18, { row: 'repayer' }),
    c('original-shift', '原班次', 'Original shift', 'implied', SWAP_IMPLIED, 18, { row: 'original-shift' }),
    c('swapped-shift', '换班班次', 'Swapped shift', 'implied', SWAP_IMPLIED, 18, { row: 'swapped-shift' }),
    c('repaid-shift', '还班班次', 'Repayment shift', 'implied', `${D2} 七、4–6 (seed002-part1 §2.10)`, 18, { row: 'repaid-shift' }),
    c('reason', '事由', 'Reason', 'implied', `${D2} 七、2 (seed002-part1 §2.8)`, 40, { row: 'reason' }, 'text', { grow: true }),
    c('swapper-consent', '换班者签字（同意）', 'Swapping employee (consents)', 'named', SWAP, 24, { row: 'swapper-consent' }, 'text', { signature: true }),
    c('repayer-consent', '还班者签字（同意）', 'Repaying employee (consents)', 'named', SWAP, 24, { row: 'repayer-consent' }, 'text', { signature: true }),
    c('manager', '部门经理签字批准', 'Department manager approves', 'named', SWAP, 26, { row: 'manager' }, 'text', { signature: true }),
  ],
  signers: [signer('部门经理', 'Department manager')],
  choice: {
    zh: `${ROWS_CHOICE.zh}次数限制（每人每月最多换班3次……）由处罚汇总检查，台账不检查。`,
    en: `${ROWS_CHOICE.en} The limits (at most 3 swaps per person per month …) are checked by the penalty roll-up, not by the ledger.`,
  },
  permission: 'checklist.read',
};

const D15 = 'seed002 客户管理制度15'; // 客户回访控制程序 (seed002-part2 §10)
const VISIT = `${D15} 四、2: 热情、全面了解客户的需求和对服务的意见，并认真填写《客户回访记录表》 (seed002-part2 §10)`;
const at15 = (ref: string) => `${D15} ${ref} (seed002-part2 §10)`;

/** 《客户回访记录表》, compiled: one line per visit (制度15 六、1: 对《客户回访记录表》进行汇总). */
export const revisitLedger: LedgerDefinitionInput = {
  id: 'service.customer-revisit',
  title: { zh: '客户回访记录表', en: 'Customer follow-up visit record' },
  group: 'seed002',
  source: at15('六、1: 客户服务部相关人员对《客户回访记录表》进行汇总，并经过分类后由专人负责保存'),
  data: { kind: 'checklistRecords', templateId: 'service.customer-revisit-record', dateFrom: { item: 'visited-at' } },
  columns: [
    c('visited-at', '回访时间', 'Visited at', 'implied', at15('三、2'), 20, { item: 'visited-at' }, 'instant'),
    c('customer', '客户姓名', 'Name', 'named', at15('三、3: 客户基本情况(姓名、职务、年龄等)'), 18, { item: 'customer-name' }),
    c('position', '职务', 'Position', 'named', at15('三、3'), 16, { item: 'customer-position' }),
    c('visit-type', '回访类型', 'Kind of visit', 'named', at15('一、2: 例行回访和针对大客户的特定回访'), 22, { item: 'visit-type' }, 'bilingual'),
    c('place', '回访地点', 'Place', 'named', at15('三、2: 与客户预约回访的时间和地点'), 20, { item: 'place' }),
    c('method', '回访方式', 'Method', 'named', at15('三、1: 选择适合的回访方式'), 16, { item: 'method' }),
    c('purpose', '回访目的', 'Purpose', 'named', at15('二、3'), 26, { item: 'purpose' }, 'text', { grow: true }),
    c('needs', '客户的需求', "Customer's needs", 'named', VISIT, 34, { item: 'needs' }, 'text', { grow: true }),
    c('opinions', '客户对服务的意见', "Customer's opinions on the service", 'named', VISIT, 34, { item: 'opinions' }, 'text', { grow: true }),
    c('specialist', '客户服务专员签字', 'Customer-service specialist', 'implied', VISIT, 22, { item: 'specialist-signature' }, 'text', { signature: true }),
    hand('supervisor', '客户服务主管审查', 'Supervisor review', 'named', at15('五、2: 客户服务主管对《客户回访记录》…进行审查'), 22, { signature: true }),
  ],
  choice: { zh: '每份填写完成的走访记录一行，按走访时间归入期间；主管在汇总表上签字。', en: 'One line per completed visit record, placed in the period by the visit time; the supervisor signs the compiled sheet on paper.' },
  permission: 'checklist.read',
};

const D11 = 'seed002 客户管理制度11'; // 供热服务 (seed002-part2 §6)
const TEMP = `${D11} 八(七): 要按时填制测温报表，文字清晰、数字准确、内容真实，测温记录无用户签字无效 (seed002-part2 §6.2)`;
const m11 = (ref: string) => `${D11} 八(${ref}) (seed002-part2 §6.2)`;

/** 测温报表: the room-temperature records of the period, each with the user's signature (a record without it is invalid). */
export const temperatureReportLedger: LedgerDefinitionInput = {
  id: 'heat.temperature-report',
  title: { zh: '测温报表', en: 'Room temperature report' },
  group: 'seed002',
  source: TEMP,
  data: { kind: 'checklistRecords', templateId: 'heat.room-temperature-record', dateFrom: { item: 'measured-at' } },
  columns: [
    c('measured-at', '测温时间', 'Measured at', 'named', m11('三'), 20, { item: 'measured-at' }, 'instant'),
    c('point', '室温检测点（用户、地址）', 'Monitoring point (user, address)', 'named', m11('一'), 50, { item: 'point' }, 'text', { grow: true }),
    c('user-period', '用户类别及时段', 'User and time of day', 'implied', `${D11} 七 (seed002-part2 §6.2)`, 44, { item: 'user-period' }, 'bilingual'),
    c('temperature', '实测室温', 'Room temperature', 'named', m11('三'), 18, { item: ['temp-building', 'temp-building-day', 'temp-building-other', 'temp-bungalow', 'temp-non-resident'] }, 'number', { unit: '℃' }),
    c('opinion', '用户意见', "User's opinion", 'named', m11('六'), 40, { item: 'user-opinion' }, 'text', { grow: true }),
    c('user-signature', '用户签字', "User's signature", 'named', TEMP, 24, { item: 'user-signature' }, 'text', { signature: true }),
    c('measurer', '测温人员签字', 'Measured by', 'implied', m11('四'), 24, { item: 'measurer-signature' }, 'text', { signature: true }),
  ],
  signers: [signer('供热站负责人', 'Heating station head')],
  choice: { zh: '每份填写完成的测量记录一行，按测量时间归入期间。', en: 'One line per completed measurement record, placed in the period by the measurement time.' },
  permission: 'checklist.read',
};

const CHANGE = `${D11} 六(一): 受理变更、停、复热业务时，应认真核实，并做好备查登记，依据用户提交的相关资料进行热费结算 (seed002-part2 §6.2)`;
const NONE_WHY = { zh: '本程序不登记该业务，请手工填写。', en: 'The app does not record this business: fill it in by hand.' };

/** 变更、停、复热业务备查登记: the app holds none of it, so it prints blank. */
export const heatChangeLedger: LedgerDefinitionInput = {
  id: 'heat.service-change',
  title: { zh: '变更、停、复热业务备查登记', en: 'Register of heat-service changes, stops and resumptions' },
  group: 'seed002',
  source: CHANGE,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('accepted-on', '受理日期', 'Accepted on', 'implied', CHANGE, 24),
    hand('user', '用户（户名、地址）', 'User (name, address)', 'implied', CHANGE, 60, { grow: true }),
    hand('business', '业务类别（变更/停热/复热）', 'Business (change / stop / resume)', 'named', CHANGE, 40),
    hand('documents', '用户提交的相关资料', 'Documents the user submitted', 'named', CHANGE, 50, { grow: true }),
    hand('verified', '核实情况', 'Verification', 'named', CHANGE, 50, { grow: true }),
    hand('handled-by', '经办人', 'Handled by', 'implied', CHANGE, 24, { signature: true }),
  ],
  permission: 'checklist.read',
};

const D13 = 'seed002 客户管理制度13'; // 店铺制度 (seed002-part2 §8)
const STYLE = `${D13} 4. 店铺制度 11): 穿著已购买的公司服饰回店铺须向主管或店长登记款号 (seed002-part2 §8)`;
const GOODS = `${D13} 4. 店铺制度 13): 如遇到顾客购买的商品需暂存时，需做好登记 (seed002-part2 §8)`;

export const uniformStyleLedger: LedgerDefinitionInput = {
  id: 'store.uniform-style',
  title: { zh: '自购公司服饰款号登记', en: 'Register of company clothes bought by staff' },
  group: 'seed002',
  source: STYLE,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('date', '日期', 'Date', 'implied', STYLE, 24),
    hand('employee', '员工姓名', 'Employee', 'implied', STYLE, 40),
    hand('style', '款号', 'Style no.', 'named', STYLE, 80, { grow: true }),
    hand('registrar', '主管或店长签字', 'Supervisor or store manager', 'named', STYLE, 40, { signature: true }),
  ],
  permission: 'checklist.read',
};

export const customerGoodsLedger: LedgerDefinitionInput = {
  id: 'store.customer-goods',
  title: { zh: '顾客商品暂存登记', en: 'Register of customer goods left in storage' },
  group: 'seed002',
  source: GOODS,
  data: { kind: 'none', why: NONE_WHY },
  columns: [
    hand('stored-at', '暂存时间', 'Left at', 'implied', GOODS, 26),
    hand('customer', '顾客', 'Customer', 'implied', GOODS, 40),
    hand('goods', '商品及数量', 'Goods and quantity', 'implied', GOODS, 80, { grow: true }),
    hand('received-by', '经手人', 'Received by', 'implied', GOODS, 30, { signature: true }),
    hand('collected-at', '取回时间', 'Collected at', 'implied', GOODS, 26),
  ],
  permission: 'checklist.read',
};

export const SEED002_SERVICE_LEDGERS: readonly LedgerDefinitionInput[] = [
  opinionBookLedger,
  opinionRegisterLedger,
  handoverLogLedger,
  shiftSwapLedger,
  revisitLedger,
  temperatureReportLedger,
  heatChangeLedger,
  uniformStyleLedger,
  customerGoodsLedger,
];
