import type { RulePackInput } from '../pack-schema';
import { RETAIL_CHAIN_FIELDS } from './record-fields';
import { retailChainProcedure } from './procedures/retail-chain';

const S = 'seed003 篇4'; // 连锁零售 客户投诉处理管理办法 (fragmentary)

/**
 * The retail chain's rules (seed003-part1 §4). The surviving articles give no
 * severity classes, so there is one class; the deadlines are 第二十六条 (close
 * within 7 days) and 第二十七条 (monthly statistics within the first 10 days).
 */
export const retailChainP4Pack: RulePackInput = {
  id: 'retail-chain-p4',
  version: '1.2.0',
  name: { zh: '客户投诉处理管理办法（连锁门店）', en: 'Customer complaint handling rules (retail chain)' },
  organisation: { zh: '某连锁零售企业', en: 'Retail chain with stores' },
  source: `${S} 第二条–第二十七条`,
  classes: [{ code: 'complaint', label: { zh: '客户投诉案件', en: 'Customer complaint case' }, source: `${S} 第二条` }],
  defaultClass: 'complaint',
  criteria: [],
  invalidReasons: [
    { code: 'reason-not-established', label: { zh: '投诉理由不成立，上级主管裁定不受理', en: 'Complaint reason not established; superior rules it not accepted' }, source: `${S} 第七条` },
    {
      code: 'customer-cause',
      label: { zh: '属客户原因：迅速答复客户，婉转讲明理由，请客户谅解', en: 'Caused by the customer: reply quickly, explain tactfully, ask for understanding' },
      source: `${S} 第七条`,
    },
  ],
  deadlines: [
    {
      milestone: 'resolution',
      from: 'received',
      duration: { unit: 'calendarDays', amount: 7 },
      source: `${S} 第二十六条`,
      choice: {
        zh: '“至接到投诉7天结案”：结案对应“处理完毕”这一步，因为规则结构中没有单独的结案时限；原文没有说“7天”是工作日，所以按自然日计算，从受理次日起算，到第7天24:00截止。',
        en: '“至接到投诉7天结案”: 结案 (closing) mapped to the resolution milestone, the schema having no close milestone; “7天” is not said to be working days, so calendar days, ending at 24:00 of the 7th day after the day of receipt.',
      },
    },
    {
      milestone: 'monthlyReport',
      from: 'received',
      duration: { unit: 'dayOfNextMonth', day: 10, inclusive: true },
      source: `${S} 第二十七条`,
      choice: {
        zh: '“每月初10日内填报投诉统计表”：原文没有说明每月的统计表包括哪些投诉；本程序按受理月份统计，“10日内”包含10日当天（下月10日24:00前报送）。',
        en: '“每月初10日内填报投诉统计表”: the source does not say which complaints a month’s table covers; a complaint is counted in the month it was received, and “10日内” includes the 10th (due 24:00 on the 10th of the next month).',
      },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'superior',
      when: {},
      notify: [{ zh: '上级主管（裁定是否受理）', en: 'Superior manager (rules on acceptance)' }],
      to: ['unit_head'],
      source: `${S} 第七条`,
      choice: { zh: '“呈报上级主管裁定是否受理”：上级主管对应“部门负责人”角色；原文没有规定时限。', en: '“呈报上级主管裁定是否受理”: 上级主管 → the unit head role; the source gives no time.' },
    },
  ],
  // Since 1.1.0: who accepts, handles, reviews and approves (第七条–第十四条).
  procedure: retailChainProcedure,
  // Since 1.2.0: the record card’s handling opinion (第十五条).
  recordFields: RETAIL_CHAIN_FIELDS,
};

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
/** 1.1.0, before the record fields: kept shipped for the complaints graded by it. */
export const retailChainP4PackV110: RulePackInput = { ...retailChainP4Pack, version: '1.1.0', recordFields: undefined };

export const retailChainP4PackV100: RulePackInput = { ...retailChainP4PackV110, version: '1.0.0', procedure: undefined };
