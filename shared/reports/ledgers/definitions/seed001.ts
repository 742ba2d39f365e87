import { COMPLAINT_FIELDS, MEDIA_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { columnsOf, hand } from './columns';

const complaint = columnsOf(COMPLAINT_FIELDS);
const media = columnsOf(MEDIA_FIELDS);

const S15 = 'seed001 S15 4.1'; // 客户投诉处理管理办法 (seed001 §S15)
const S15_H = `${S15} h): 建立《客户投诉处理管理台帐》，每月汇总客户投诉情况`;

/**
 * 《客户投诉处理管理台帐》 (S15 4.1 h)). The source names the ledger, not its
 * columns; each column is one of the marketing department's duties 4.1 d)–g)
 * lists for every case (registration, handling method, responsible unit and
 * person, time limit and overdue reporting, cause, improvement measures).
 */
export const s15HandlingLedger: LedgerDefinitionInput = {
  id: 's15.complaint-handling',
  title: { zh: '客户投诉处理管理台帐', en: 'Complaint handling management ledger' },
  group: 'seed001',
  source: S15_H,
  data: { kind: 'complaints', kinds: ['complaint'] },
  columns: [
    complaint.implied('serial', '受理编号', 'Case no.', `${S15} e): 客户投诉案件的登记`, 24, 'serial'),
    complaint.implied('received-at', '受理日期', 'Received', `${S15} e): 客户投诉案件的登记`, 20, 'receivedAt'),
    complaint.implied('customer', '客户名称', 'Customer', `${S15} a): 核实客户信息`, 18, 'customerName'),
    complaint.implied('content', '投诉内容', 'Complaint', `${S15} b): 了解客户的要求，确认原因`, 36, 'content', { grow: true }),
    complaint.implied('class', '投诉类别', 'Class', `${S15} d): 根据投诉分类; 3.1 一般性投诉与严重性投诉`, 16, 'classLabel'),
    complaint.implied('measures', '处理方式', 'Handling method', `${S15} d): 根据投诉分类拟订处理方式`, 24, 'solutionMeasures', { grow: true }),
    complaint.implied('unit', '责任单位', 'Responsible unit', `${S15} d): 责任单位人员`, 16, 'unit'),
    complaint.implied('assignee', '责任人员', 'Responsible person', `${S15} d): 责任单位人员`, 15, 'assigneeName'),
    complaint.implied('due', '处理时限', 'Time limit', `${S15} e): 处理时效管理`, 20, 'solutionDueAt'),
    complaint.implied('overdue', '逾期', 'Overdue', `${S15} e): 逾期反应`, 16, 'overdueSteps'),
    complaint.implied('cause', '发生原因', 'Cause', `${S15} f): 责任单位反馈客户投诉的发生原因调查`, 20, 'investigationCause', { grow: true }),
    complaint.implied('improvement', '改善对策', 'Improvement measures', `${S15} g): 客户投诉改善对策的提出，责任单位改善对策的检查、执行、监督`, 24, 'correctiveActions', { grow: true }),
    complaint.implied('effective', '效果确认', 'Effect confirmed', `${S15} g): 效果确认`, 15, 'correctiveActionsEffective'),
  ],
  choice: {
    zh: '各栏按 4.1 d)–g) 对每件投诉规定的职责设置。“逾期”列出该投诉已错过或现在已超过时限的步骤，按规则包计算；“改善对策”列出纠正措施及责任人；所有措施都验证有效时，“效果确认”为“是”。',
    en: 'Columns follow the duties 4.1 d)–g) lists for each case. 逾期 lists the steps whose limit the case missed or is past now, as the rule pack computes them; 改善对策 lists the corrective actions with their owners; 效果确认 is 是 when every one was verified effective.',
  },
  permission: 'complaint.read',
};

const S6 = 'seed001 S6'; // 客户投诉及客户意见反馈处理管理制度 (seed001 §S6)

/**
 * 投诉或意见反馈处理登记表及台帐 (S6 一(四)1): the law firm's front desk registers
 * each complaint or piece of feedback; the columns are the steps S6 names.
 */
export const s6FeedbackLedger: LedgerDefinitionInput = {
  id: 's6.feedback-register',
  title: { zh: '投诉或意见反馈处理登记台帐', en: 'Complaint and feedback handling register' },
  group: 'seed001',
  source: `${S6} 一(四)1: 填写投诉或意见反馈处理登记表及台帐`,
  data: { kind: 'complaints', kinds: ['complaint', 'suggestion'] },
  columns: [
    complaint.implied('serial', '登记编号', 'Entry no.', `${S6} 一(四)1`, 28, 'serial'),
    complaint.implied('received-at', '受理日期', 'Received', `${S6} 一(四)1`, 20, 'receivedAt'),
    complaint.named('kind', '类别', 'Kind', `${S6} 一: 投诉和意见反馈`, 12, 'kind'),
    complaint.named('channel', '受理方式', 'Channel', `${S6} 一(一)–(三): 书面、电话或上门、转来`, 14, 'channel'),
    complaint.implied('customer', '投诉人', 'Complainant', `${S6} 二(五): 及时与投诉人联系`, 22, 'customerName'),
    complaint.implied('content', '投诉或意见内容', 'Complaint or feedback', `${S6} 一(四)1`, 40, 'content', { grow: true }),
    complaint.named('subject', '被投诉人', 'Person complained about', `${S6} 二(二): 被投诉人应当回避`, 16, 'subjectName'),
    hand('first-opinion', '专门负责人书面意见', "Designated person's written opinion", 'named', `${S6} 二(一): 先由专门负责人出具书面意见`, 30, { grow: true }),
    complaint.implied('handler', '处理人', 'Handled by', `${S6} 二(一): 再由业务分管合伙人处理`, 16, 'assigneeName'),
    complaint.named('opinion', '处理意见', 'Handling opinion', `${S6} 二(六): 处理人应签署明确处理意见`, 30, 'solutionMeasures', { grow: true }),
    hand('handler-sign', '处理人签字', "Handler's signature", 'named', `${S6} 二(六): 处理人应签署明确处理意见`, 18, { signature: true }),
    complaint.implied('satisfaction', '客户满意程度', 'Satisfaction', `${S6} 三(二)–(三): 满意度调查; 不满意的重新处理`, 16, 'callBackSatisfaction'),
  ],
  choice: { zh: '“投诉”和“意见反馈”分别对应本程序的“投诉”和“建议”。指定人员的书面意见和处理人签字本程序不保存，由人工填写。', en: '投诉 and 意见反馈 are the app\'s 投诉 and 建议. The designated person\'s written opinion and the handler\'s signature are not held by the app and are written in by hand.' },
  permission: 'complaint.read',
};

const S1 = 'seed001 S1'; // 3.15 负面新闻通知 (seed001 §S1)

/** 负面新闻台账: the incidents S1 counts by channel and content, with the notice's fields. */
export const negativeNewsLedger: LedgerDefinitionInput = {
  id: 's1.negative-news',
  title: { zh: '负面新闻台账', en: 'Negative news register' },
  group: 'seed001',
  source: `${S1} 二、1: 2013年负面新闻统计（按渠道、按内容）`,
  data: { kind: 'media' },
  columns: [
    media.implied('occurred-at', '发生时间', 'Occurred', `${S1} 二、1`, 20, 'occurredAt'),
    media.named('channel', '渠道', 'Channel', `${S1} 二、1: 行风热线、电视台电台民生类栏目、报纸、网络`, 22, 'channel'),
    media.named('media-name', '媒体名称', 'Media', `${S1} 四(三)1: 媒体名称、栏目、当事记者姓名`, 24, 'mediaName'),
    media.named('programme', '栏目', 'Programme', `${S1} 四(三)1`, 22, 'programme'),
    media.named('journalist', '记者姓名', 'Journalist', `${S1} 四(三)1`, 16, 'journalistName'),
    media.named('platform', '发布平台', 'Platform', `${S1} 四(五)3(2)`, 20, 'platform'),
    media.named('category', '内容类别', 'Content', `${S1} 二、1: 售后维修纠纷、车辆质量纠纷、精品信贷`, 20, 'contentCategory'),
    media.implied('description', '事件经过', 'What happened', `${S1} 四(三)2: 通报详细情况`, 50, 'description', { grow: true }),
    media.implied('complaint', '关联投诉', 'Complaint no.', `${S1} 四(一): 近期客户投诉处理情况`, 28, 'complaintSerial'),
    media.named('notified', '通报情况', 'Notified', `${S1} 四(三)1–2、四(四)、四(五)3(2): 通知主管经理、相关责任人、企划部、厂家公关部门`, 26, 'notified', { grow: true }),
    media.implied('status', '处置情况', 'Handling', `${S1} 四: 负面新闻的处置`, 14, 'status'),
  ],
  choice: { zh: '每起事件一行；“通报情况”列出通知了谁（时间记在事件上）。', en: 'Each incident is one line; 通报情况 lists who was notified (the times are on the incident).' },
  permission: 'media.read',
};

export const SEED001_LEDGERS: readonly LedgerDefinitionInput[] = [s15HandlingLedger, s6FeedbackLedger, negativeNewsLedger];
