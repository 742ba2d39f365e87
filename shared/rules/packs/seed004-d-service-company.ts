import type { RulePackInput } from '../pack-schema';
import { SERVICE_COMPANY_D_FIELDS } from './record-fields';
import { serviceCompanyProcedure } from './procedures/service-company';

const S = 'seed004 §D'; // 客户投诉处理机制 (service company with operating departments; text ends in 第六条)

/**
 * seed004 §D: one class (the source grades no severity). 第五条 splits requests
 * into 投诉 / 建议 / 咨询 (record kinds) and complaints into four dispositions,
 * kept here as a tick-list; the only time limit is the 24-hour enquiry reply.
 */
export const seed004DServiceCompanyPack: RulePackInput = {
  id: 'seed004-d-service-company',
  version: '1.3.0',
  name: { zh: '客户投诉处理机制', en: 'Customer complaint handling mechanism' },
  organisation: { zh: '某服务公司（设经营部门）', en: 'Service company with operating departments' },
  source: `${S} 第一条–第六条`,
  classes: [
    {
      code: 'complaint',
      label: { zh: '客户投诉', en: 'Customer complaint' },
      source: `${S} 第五条 一`,
      choice: { zh: '原文按处理方式给投诉分类（第五条 一 1–4），不按严重程度，所以规则包只有一个等级；各种处理方式是该等级下由人勾选的条件。', en: 'The source sorts complaints by disposition (第五条 一 1–4), not by severity, so the pack has one class; the dispositions are tick criteria of it.' },
    },
  ],
  defaultClass: 'complaint',
  criteria: [
    {
      id: 'violation',
      classCode: 'complaint',
      source: `${S} 第五条 一 1`,
      label: {
        zh: '投诉工作或服务的，根据事实和公司有关规定判定属于违规或工作失职的，应将具体情况向本部门领导汇报，按组织程序处理',
        en: 'Work or service judged a violation or dereliction of duty: report to the department leader, handle by organisational procedure',
      },
    },
    {
      id: 'work-mistake',
      classCode: 'complaint',
      source: `${S} 第五条 一 2`,
      label: {
        zh: '属于一般工作失误、服务欠缺的，按所在部门有关规章制度和考核规定对当事人进行处理，并使其立即纠正，同时，根据实际，提出整改方案',
        en: 'General work mistake or service shortfall: deal with the person by department rules, correct at once, propose a rectification plan',
      },
    },
    {
      id: 'customer-misunderstanding',
      classCode: 'complaint',
      source: `${S} 第五条 一 3`,
      label: { zh: '属于客户自身问题或误解引起投诉的，应做好对客户的解释工作，消除误会', en: 'Caused by the customer’s own problem or misunderstanding: explain and clear it up' },
    },
    {
      id: 'goods',
      classCode: 'complaint',
      source: `${S} 第五条 一 4`,
      label: { zh: '投诉商品问题的受理人要及时反馈到采购部门或采购人员处协调处理', en: 'Complaint about goods: the receiver passes it promptly to purchasing to coordinate' },
    },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'reply',
      kinds: ['inquiry'],
      label: { zh: '咨询：在24小时答复客户', en: 'Enquiry: answer the customer within 24 hours' },
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      source: `${S} 第五条 三`,
      choice: {
        zh: '“在24小时答复客户”：从受理起按自然小时计算（原文没有说是工作时间）；当场解答的咨询（当即解答）直接算作按时完成。建议（第五条 二）的答复日期逐件向客户承诺，原文没有固定，所以建议没有默认时限。',
        en: '“在24小时答复客户” counted in clock hours from receipt (the source does not say working hours); an enquiry answered on the spot (当即解答) simply meets it at once. Suggestions (第五条 二) get a reply date promised per case, which the source does not fix, so there is no default deadline for them.',
      },
    },
  ],
  escalationTriggers: [
    {
      code: 'still-dissatisfied',
      label: { zh: '处理后客户仍不满意', en: 'Customer still dissatisfied after handling' },
      source: `${S} 第六条 一 1.2`,
    },
    {
      code: 'beyond-receiver-authority',
      label: { zh: '客户提出的要求超出受理人员权限范围', en: 'Customer’s demand exceeds the receiver’s authority' },
      source: `${S} 第六条 一 1.2`,
    },
  ],
  notifications: [
    {
      id: 'escalated.department-head',
      when: { event: 'escalated' },
      notify: [{ zh: '部门负责人', en: 'Department head' }],
      to: ['unit_head'],
      limit: { term: 'promptly' },
      source: `${S} 第六条 一 1.2`,
      choice: { zh: '“受理人员应及时告知并请示部门负责人”：本规则包的两种升级情形都报部门负责人（“部门负责人”角色）；“及时”按本站设定的“及时”分钟数。', en: '“受理人员应及时告知并请示部门负责人”: both escalation triggers of this pack go to the department head (unit head role); 及时 → the site’s “promptly”.' },
    },
    {
      id: 'dissatisfied.department-head',
      when: { event: 'dissatisfied' },
      notify: [{ zh: '部门负责人', en: 'Department head' }],
      to: ['unit_head'],
      limit: { term: 'promptly' },
      source: `${S} 第六条 一 1.2`,
    },
    {
      id: 'media.leadership',
      when: { fact: 'mediaInvolved' },
      notify: [{ zh: '公司高层领导', en: 'Senior company leadership' }],
      to: ['general_manager'],
      source: `${S} 第四条 三`,
      choice: {
        zh: '向新闻媒体的直接外部投诉，按“涉及媒体”这一事实判断（渠道本身不是规则包能读取的事实）。公司高层领导对应“总经理”角色；原文没有规定时限。',
        en: '直接外部投诉 to 新闻媒体 is read from the mediaInvolved fact (the channel itself is not a fact the pack can read). 公司高层领导 → the general manager role; the source gives no time.',
      },
    },
    {
      id: 'regulator.leadership',
      when: { fact: 'regulatorInvolved' },
      notify: [{ zh: '公司高层领导', en: 'Senior company leadership' }],
      to: ['general_manager'],
      source: `${S} 第四条 三`,
      choice: { zh: '向消费者协会、行业协会、行政管理机关、司法机关的直接外部投诉，按“涉及监管部门”这一事实判断，它代表媒体以外的任何外部机构。公司高层领导对应“总经理”角色。', en: '直接外部投诉 to 消费者协会、行业协会、行政管理机关、司法机关 is read from the regulatorInvolved fact, which stands for any outside body but the media. 公司高层领导 → general manager.' },
    },
  ],
  // Since 1.1.0: who receives and handles normal and direct complaints (第四条, 第六条).
  procedure: serviceCompanyProcedure,
  // Since 1.2.0: the facts the receiver collects first (第六条 1.1).
  recordFields: SERVICE_COMPANY_D_FIELDS,
  // Since 1.3.0: an enquiry answered at once (第五条 三).
  paths: {
    onTheSpot: {
      meets: ['reply'],
      kinds: ['inquiry'],
      source: `${S} 第五条 三`,
      choice: {
        zh: '“接诉单位能直接解答的，当即解答”：受理的人员记录当即解答的内容、答复人和时间，咨询随即结案，“在24小时答复客户”在答复时即按时完成。原文只要求不能解答的咨询“录入【客户投诉登记表】”，没有说当即解答的是否登记；本程序每件咨询都先登记，当即解答的标明“当场答复”。投诉（第五条 一、第六条）和建议（第五条 二：待领导批示后答复）原文没有当场解答的说法，所以只对咨询开放。只能在登记后、受理分派前记录。',
        en: '“接诉单位能直接解答的，当即解答”: the person who took the enquiry records what was answered, who answered and when; the enquiry closes and its “在24小时答复客户” is met at the answer. The source asks only for enquiries it cannot answer to be “录入【客户投诉登记表】” and is silent on recording one answered at once; the app registers every enquiry first and marks this one as answered on the spot. The source names no on-the-spot answer for complaints (第五条 一, 第六条) or suggestions (第五条 二: answered after the leaders’ instruction), so it is open to enquiries only. Recorded after registration, before the case is accepted.',
      },
    },
  },
};

/** 1.2.0, before the enquiry answered at once: kept shipped for the complaints graded by it. */
export const seed004DServiceCompanyPackV120: RulePackInput = { ...seed004DServiceCompanyPack, version: '1.2.0', paths: undefined };

/** 1.1.0, before the record fields: kept shipped for the complaints graded by it. */
export const seed004DServiceCompanyPackV110: RulePackInput = { ...seed004DServiceCompanyPackV120, version: '1.1.0', recordFields: undefined };

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */

export const seed004DServiceCompanyPackV100: RulePackInput = { ...seed004DServiceCompanyPackV110, version: '1.0.0', procedure: undefined };
