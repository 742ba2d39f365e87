import type { SanctionArticleData } from '../pack-schema';

const S = 'seed003 篇5'; // 6. 罚则

/**
 * The insurance branch's penalties (篇5 6.1–6.4) with the fines the source
 * states. 6.2's 诫勉 is counted from the store: it applies once the person has
 * been charged under 6.2 on three valid complaints within a year.
 */
export const insuranceBranchP5Sanctions: SanctionArticleData[] = [
  {
    code: 'p5.6.1',
    kind: 'penalty',
    label: {
      zh: '造成直接投诉的相关人员写出书面检查并给予经济或行政处理；投诉处理不力或管理不力的，罚款、减薪、降职和解除劳动合同',
      en: 'Person directly causing a complaint: written self-criticism and economic or administrative punishment; poor handling or management: fine, pay cut, demotion, termination',
    },
    source: `${S} 6.1`,
    measures: ['written_self_criticism', 'fine', 'pay_cut', 'demotion', 'contract_termination'],
    choice: { zh: '6.1 规定了罚款，但没有写金额，由工作人员填写。', en: '6.1 names fines but no amount, so the person enters it.' },
  },
  {
    code: 'p5.6.2',
    kind: 'penalty',
    label: { zh: '每次有效投诉处罚责任机构和部门负责人各1000元', en: 'Each valid complaint: 1,000 元 each for the responsible institution and department heads' },
    source: `${S} 6.2`,
    measures: ['fine'],
    fine: { min: 1000, max: 1000 },
    appliesTo: 'valid',
  },
  {
    code: 'p5.6.2.thrice',
    kind: 'penalty',
    label: { zh: '每年发生三次有效投诉，给予责任机构或部门负责人诫勉处理', en: 'Three valid complaints in a year: formal admonishment of the responsible head' },
    source: `${S} 6.2`,
    measures: ['admonishment'],
    appliesTo: 'valid',
    after: {
      of: 'p5.6.2',
      count: 3,
      withinMonths: 12,
      source: `${S} 6.2`,
      choice: {
        zh: '“每年发生三次有效投诉”由本程序按记录统计：同一人按 6.2 被处罚的投诉（每件有效投诉都记在负责人名下），从本次投诉受理日往前按民法典计算一年（2025-03-01 的投诉在 2026-03-01 仍计入，2026-03-02 起不再计入）。如果把“每年”理解为自然年，就是另一条规则了；期间长度以本条设定的月数为准。同一年内只诫勉一次：记录之后，这一年内的后续投诉不再提示。',
        en: '“每年发生三次有效投诉” is counted from the store: the complaints on which the same person was charged under 6.2 (each valid complaint is charged to the head), received within one year counted back from this complaint’s receipt as the Civil Code counts a year (a complaint of 2025-03-01 still counts on 2026-03-01, no longer on 2026-03-02). Reading 每年 as a calendar year instead is a different rule; the period is this article’s withinMonths. One 诫勉 per such year: once recorded, the next complaints within that year are not flagged again.',
      },
    },
  },
  {
    code: 'p5.6.3',
    kind: 'penalty',
    label: { zh: '态度类和时效类投诉0容忍：罚款1000元，同时根据情节给予记过或辞退', en: 'Zero tolerance for attitude and timeliness complaints: 1,000 元 fine, and a demerit or dismissal as the case warrants' },
    source: `${S} 6.3`,
    measures: ['fine', 'demerit', 'dismissal'],
    fine: { min: 1000, max: 1000 },
  },
  {
    code: 'p5.6.4',
    kind: 'penalty',
    label: { zh: '无效投诉纳入责任人当月考核内做扣分处理（分值未规定）', en: 'Invalid complaint: points deducted in the responsible person’s monthly assessment (number not stated)' },
    source: `${S} 6.4`,
    measures: ['points'],
    appliesTo: 'invalid',
    choice: { zh: '原文没有规定扣几分，由工作人员填写。', en: 'The source states no number of points, so the person enters them.' },
  },
  {
    code: 'p5.6.4.reward',
    kind: 'reward',
    label: { zh: '拒赔类案件认真做事的同志给予奖励', en: 'Reward for conscientious work on claim-refusal cases' },
    source: `${S} 6.4`,
    measures: ['reward'],
  },
];
