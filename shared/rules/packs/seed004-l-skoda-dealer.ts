import type { RulePackInput } from '../pack-schema';
import { skodaDealerProcedure } from './procedures/skoda-dealer';

const S = 'seed004 §L'; // XXXX用户抱怨处理制度 (上海大众SKODA特许销售商; the text ends inside 售后服务经理的职责)

const NO_NUMBERS = {
  zh: '原文要求及时预警、快速响应，通篇都说“及时”上报，但没有规定时限，所以规则包不设时限；月度汇总（售后服务总监 7）没有规定日期，交给报表处理。',
  en: 'The source asks for 及时预警、快速响应 and reports “及时” throughout but states no time limit, so the pack sets no deadline; the monthly summary (售后服务总监 7) names no day and is left to the reports.',
};

/**
 * seed004 §L: the Skoda dealer's grievance and complaint rules are duties per
 * post (一、说明; 二、管理规定). They give no criteria and no time limits; what
 * they route is kept: every result to the 客户关爱总监, major grievances and
 * complaints to the 总经理, major quality complaints and possible media events
 * to the RBO and headquarters.
 */
export const seed004LSkodaDealerPack: RulePackInput = {
  id: 'seed004-l-skoda-dealer',
  version: '1.1.0',
  name: { zh: '用户抱怨处理制度', en: 'User grievance handling system (Skoda dealer)' },
  organisation: { zh: '上海大众SKODA特许销售商', en: 'Shanghai-Volkswagen Skoda authorised dealer' },
  source: `${S} 一、二`,
  choice: NO_NUMBERS,
  classes: [
    {
      code: 'grievance',
      label: { zh: '客户抱怨', en: 'Customer grievance' },
      source: `${S} 一、说明`,
      choice: { zh: '原文把“抱怨”（由预警发现）和“投诉”分开处理，但都没有下定义：默认为“抱怨”，由工作人员勾选“投诉”或“重大”。', en: 'The source handles 抱怨 (caught by the early warning, 预警) and 投诉 apart but defines neither: 抱怨 is the default, and a person ticks 投诉 or 重大.' },
    },
    { code: 'complaint', label: { zh: '客户投诉', en: 'Customer complaint' }, source: `${S} 一、说明` },
    { code: 'major', label: { zh: '重大客户抱怨和投诉', en: 'Major grievance or complaint' }, source: `${S} 二、总经理的职责 2; 售后服务总监的职责 4` },
  ],
  defaultClass: 'grievance',
  criteria: [
    {
      id: 'complaint.formal',
      classCode: 'complaint',
      source: `${S} 一、说明`,
      label: { zh: '客户投诉（非仅内部预警的抱怨）', en: 'A complaint, not only a grievance caught by the early warning' },
      choice: { zh: '原文提到这两类，但没有给出区分标准：由工作人员判断。', en: 'The source names the two without a test between them: the person judges.' },
    },
    { id: 'major.complaint', classCode: 'major', source: `${S} 二、总经理的职责 2`, label: { zh: '重大客户投诉问题', en: 'Major customer complaint' } },
    {
      id: 'major.sales',
      classCode: 'major',
      source: `${S} 二、销售总监的职责 4`,
      label: { zh: '重大销售产品质量问题及销售服务纠纷', en: 'Major sales product-quality problem or sales-service dispute' },
    },
    {
      id: 'major.quality-media',
      classCode: 'major',
      source: `${S} 二、售后服务总监的职责 8`,
      label: { zh: '重大产品质量客户抱怨及可能引发的媒体事件', en: 'Major product-quality grievance, or one that may become a media event' },
    },
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [
    {
      code: 'to-general-manager',
      label: { zh: '重大抱怨和投诉问题，及时反馈总经理以确定进一步处理方案', en: 'Major grievance or complaint: report to the general manager to decide further handling' },
      source: `${S} 二、售后服务总监的职责 4; 客户关爱总监的工作职责 4`,
    },
  ],
  notifications: [
    {
      id: 'every.care-director',
      when: {},
      to: ['call_centre'],
      choice: { zh: '客户关爱总监领导客户关爱团队，即经销商的投诉受理窗口，对应“呼叫中心/客服中心”角色。原文没有规定时限。', en: '客户关爱总监 heads the customer-care (客户关爱) team, the dealer’s complaint desk → the call-centre role. The source gives no time.' },
      notify: [{ zh: '客户关爱总监（处理结果统一汇总）', en: 'Customer Care director (all results reported to them)' }],
      confirmByPhone: false,
      source: `${S} 二、客户关爱专员的工作职责 2、4`,
    },
    {
      id: 'major.general-manager',
      when: { classCode: 'major' },
      to: ['general_manager'],
      limit: { term: 'promptly' },
      choice: { zh: '“重大抱怨和投诉问题,及时反馈总经理”：“及时”按本站设定的“及时”分钟数。', en: '“重大抱怨和投诉问题,及时反馈总经理”: 及时 → the site’s minutes for “promptly”.' },
      notify: [{ zh: '总经理', en: 'General manager' }],
      confirmByPhone: false,
      source: `${S} 二、总经理的职责 2; 售后服务总监的职责 4; 客户关爱总监的工作职责 4`,
    },
    {
      when: { fact: 'mediaInvolved' },
      notify: [
        { zh: 'RBO（区域）', en: 'RBO (regional office)' },
        { zh: '总部', en: 'Headquarters' },
      ],
      confirmByPhone: false,
      id: 'media.rbo-headquarters',
      to: ['head_office'],
      limit: { term: 'promptly' },
      source: `${S} 二、售后服务总监的职责 8`,
      choice: { zh: '“可能引发的媒体事件…及时通报RBO和总部”：投诉标记为涉及媒体期间即通报；RBO 和总部对应总部，即本程序中网点的上一级；“及时”按本站设定的“及时”分钟数。', en: '“可能引发的媒体事件…及时通报RBO和总部”: told while the complaint is marked as involving the media; RBO and 总部 → head office, the level above a site in the app; 及时 → the site’s minutes for “promptly”.' },
    },
  ],
  // Since 1.1.0: each post’s part per class, the directors’ plan and the GM’s decision on a major one (二).
  procedure: skodaDealerProcedure,
};

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed004LSkodaDealerPackV100: RulePackInput = { ...seed004LSkodaDealerPack, version: '1.0.0', procedure: undefined };
