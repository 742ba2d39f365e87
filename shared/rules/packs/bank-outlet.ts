import type { RulePackInput } from '../pack-schema';
import { bankOutletProcedure } from './procedures/bank-outlet';

const S = 'seed002 客户管理制度4'; // 银行 营业网点客户投诉处理规范 (truncated in Art. 11(二)2)

/**
 * The bank outlets' complaint rules (seed002-part1 §4). The source grades no
 * severity, so there is one class; its one timed rule is the 3-day reply for
 * complaints not answered on the spot (Art. 7(二)).
 */
export const bankOutletPack: RulePackInput = {
  id: 'bank-outlet',
  version: '1.2.0',
  name: { zh: '营业网点客户投诉处理规范', en: 'Outlet customer complaint handling specification' },
  organisation: { zh: '某银行（各分行营业网点及XX直属支行）', en: 'Bank: branch outlets and the XX directly-affiliated sub-branch' },
  source: `${S} 第一条–第十一条`,
  classes: [{ code: 'complaint', label: { zh: '客户投诉', en: 'Customer complaint' }, source: `${S} 第三条` }],
  defaultClass: 'complaint',
  criteria: [],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'reply',
      from: 'received',
      duration: { unit: 'calendarDays', amount: 3 },
      source: `${S} 第七条(二)`,
      choice: {
        zh: '“对当场不能答复的，应在三日内回复客户”：原文没有说“三日”是工作日，所以按自然日计算，从受理次日起算，到第3天24:00截止。自1.2.0起，当场答复的投诉（第七条(二)、第八条(一)(二)、第十一条(一)1–2）记录答复内容、答复人和时间后即结案，这一时限对其不适用；当场不能答复的，投诉管理人与客户约定的回复时限（第八条(三)、第十一条(一)3）取代这一时限，但不得超过这三日。',
        en: '“对当场不能答复的，应在三日内回复客户”: “三日” is not said to be working days, so calendar days from receipt, ending 24:00 of the 3rd day after the day of receipt. Since 1.2.0 a complaint answered on the spot (第七条(二), 第八条(一)(二), 第十一条(一)1–2) closes with the record of what was explained, by whom and when, and this limit does not apply to it; for one not answered on the spot, the reply deadline the complaint manager agrees with the customer (第八条(三), 第十一条(一)3) replaces it, within these 3 days.',
      },
    },
  ],
  escalationTriggers: [
    {
      code: 'beyond-employee-authority',
      label: {
        zh: '超出首位受理员工岗位处理权限：立即转交投诉管理人，投诉管理人同时立即报告网点负责人',
        en: 'Beyond the first receiving employee’s authority: transfer at once to the complaint manager, who reports at once to the outlet head',
      },
      source: `${S} 第六条, 第八条(一), 第十一条(一)1`,
    },
    {
      code: 'beyond-outlet-authority',
      label: {
        zh: '超出本网点处理权限：经网点负责人确认后，及时报总行规范服务管理部门处理',
        en: 'Beyond the outlet’s authority: once the outlet head confirms, report promptly to the head-office service-standards department',
      },
      source: `${S} 第七条(三), 第八条(四), 第九条, 第十条(三), 第十一条(一)4`,
    },
  ],
  notifications: [
    {
      id: 'beyond-employee.outlet-head',
      when: { event: 'escalated', reasonCode: 'beyond-employee-authority' },
      notify: [{ zh: '网点负责人', en: 'Outlet head' }],
      to: ['station_lead'],
      limit: { term: 'immediately' },
      source: `${S} 第六条, 第八条(一)`,
      choice: { zh: '“投诉管理人同时立即报告网点负责人”：网点负责人对应“站长/网点负责人”角色；“立即”按本站设定的“立即”分钟数。', en: '“投诉管理人同时立即报告网点负责人”: 网点负责人 → the station lead role; 立即 → the site’s “immediately”.' },
    },
    {
      id: 'referred.head-office',
      when: { event: 'referred' },
      notify: [{ zh: '总行规范服务管理部门', en: 'Head-office service-standards department' }],
      to: ['head_office'],
      limit: { term: 'promptly' },
      source: `${S} 第七条(三), 第八条(四)`,
      choice: { zh: '“经网点负责人确认后，及时报总行规范服务管理部门处理”：网点负责人确认即“转交”这一步；总行对应总部，在总部控制台确认收到；“及时”按本站设定的“及时”分钟数。', en: '“经网点负责人确认后，及时报总行规范服务管理部门处理”: the refer step is the outlet head’s confirmation; 总行 → head office, acknowledged in its console; 及时 → the site’s “promptly”.' },
    },
  ],
  // Since 1.1.0: the outlet's posts and who confirms and signs (第四条, 第六条, 第八条).
  procedure: bankOutletProcedure,
  // Since 1.2.0: the on-the-spot answer and the reply deadline agreed with the customer.
  paths: {
    onTheSpot: {
      meets: ['reply'],
      source: `${S} 第七条(二), 第八条(一)(二), 第十一条(一)1–2`,
      choice: {
        zh: '“能立即答复的要当场予以答复”：首位受理员工或投诉管理人记录向客户解释说明的内容、答复人和时间，投诉随即结案；这是它的答复，“三日内回复”不适用。原文只对当场不能答复的投诉要求网点负责人在意见登记簿上签字确认（第八条(三)、第十一条(一)3），所以当场答复的投诉结案不等签字。只能在登记之后、受理分派之前记录。',
        en: '“能立即答复的要当场予以答复”: the first employee or the complaint manager records what was explained, who answered and when, and the case closes; that is its reply and the 3-day reply does not apply. The source asks the outlet head’s signature in the register only for cases not answered on the spot (第八条(三), 第十一条(一)3), so this close does not wait for it. Recorded only after registration, before the case is accepted and assigned.',
      },
    },
    agreedReply: {
      step: 'reply',
      roles: ['complaint_manager'],
      withinLimit: true,
      source: `${S} 第七条(二), 第八条(三), 第十一条(一)3`,
      choice: {
        zh: '“当场不能答复的，投诉管理人要…和客户约定回复时限”：原文没有说约定的时限能否超过第七条(二)的“三日内回复客户”。本规则把三日当作上限：约定的时限取代三日截止时间，但不得晚于它；如需更长，须走延期。',
        en: '“当场不能答复的，投诉管理人要…和客户约定回复时限”: the source does not say whether the agreed deadline may pass the “reply within 3 days” of 第七条(二). Chosen: the 3 days are the ceiling; the agreed time replaces the 3-day due but may not be later than it; a longer one takes an extension.',
      },
    },
  },
};

/** 1.1.0, before the on-the-spot answer and the agreed reply deadline: kept shipped for the complaints graded by it. */
export const bankOutletPackV110: RulePackInput = {
  ...bankOutletPack,
  version: '1.1.0',
  paths: undefined,
  deadlines: [{ ...bankOutletPack.deadlines[0]!, choice: { zh: '“对当场不能答复的，应在三日内回复客户”：原文没有说“三日”是工作日，所以按自然日计算，从受理次日起算，到第3天24:00截止。由于程序无法区分哪些投诉已当场答复，这一时限适用于所有投诉；与客户约定的答复期限（第八条(三)、第十一条(一)3）没有写入规则。', en: '“对当场不能答复的，应在三日内回复客户”: “三日” is not said to be working days, so calendar days from receipt, ending 24:00 of the 3rd day after the day of receipt. It applies to every complaint because the schema cannot tell on-the-spot answers apart, and a reply deadline agreed with the customer (第八条(三), 第十一条(一)3) is not encoded.' } }],
};

/** 1.0.0, before the posts were run as a route: kept shipped for the complaints graded by it. */
export const bankOutletPackV100: RulePackInput = { ...bankOutletPackV110, version: '1.0.0', procedure: undefined };
