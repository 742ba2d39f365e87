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
  version: '1.1.0',
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
        zh: '“对当场不能答复的，应在三日内回复客户”：原文没有说“三日”是工作日，所以按自然日计算，从受理次日起算，到第3天24:00截止。由于程序无法区分哪些投诉已当场答复，这一时限适用于所有投诉；与客户约定的答复期限（第八条(三)、第十一条(一)3）没有写入规则。',
        en: '“对当场不能答复的，应在三日内回复客户”: “三日” is not said to be working days, so calendar days from receipt, ending 24:00 of the 3rd day after the day of receipt. It applies to every complaint because the schema cannot tell on-the-spot answers apart, and a reply deadline agreed with the customer (第八条(三), 第十一条(一)3) is not encoded.',
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
};

/** 1.0.0, before the posts were run as a route: kept shipped for the complaints graded by it. */
export const bankOutletPackV100: RulePackInput = { ...bankOutletPack, version: '1.0.0', procedure: undefined };
