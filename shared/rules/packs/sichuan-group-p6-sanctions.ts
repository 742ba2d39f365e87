import type { SanctionArticleData } from '../pack-schema';

const S = 'seed003 篇6'; // 第十一章 奖惩措施

/** The Sichuan group's penalties and rewards (篇6 第三十九条–第四十四条), the fines in 元 as the articles state them. */
export const sichuanGroupP6Sanctions: SanctionArticleData[] = [
  {
    code: 'p6.39',
    kind: 'penalty',
    label: { zh: '隐瞒、作假、虚报客户投诉信息', en: 'Concealing, falsifying or misreporting complaint information' },
    source: `${S} 第三十九条`,
    measures: ['fine'],
    fine: { min: 500, max: 2000 },
  },
  {
    code: 'p6.40',
    kind: 'penalty',
    label: { zh: '因个人原因导致客户投诉问题停滞不决，引起投诉升级（相关责任人及所属部门）', en: 'Personal reasons stalled the complaint and caused escalation (person and department)' },
    source: `${S} 第四十条`,
    measures: ['fine'],
    fine: { min: 1000, max: 5000 },
    unitToo: true,
    choice: {
      zh: '“对相关责任人及所属部门处以1000-5000元罚款”：所属部门同样罚款；原文对两者只给一个范围，登记时为责任人选定的金额也记到其部门（金额不同的，另记一笔台帐）。',
      en: '“对相关责任人及所属部门处以1000-5000元罚款”: the department is fined as well; the source gives one range for both, and the record books the amount chosen for the person on the department too (a different amount is a separate ledger entry).',
    },
  },
  {
    code: 'p6.41',
    kind: 'penalty',
    label: { zh: '违反第二章处理原则导致客户投诉升级；情况严重者降职、降薪', en: 'Breaking the principles of chapter 2 caused escalation; serious cases demotion and pay cut' },
    source: `${S} 第四十一条`,
    measures: ['fine', 'demotion', 'pay_cut'],
    fine: { min: 500, max: 1000 },
  },
  {
    code: 'p6.42',
    kind: 'penalty',
    label: { zh: '对客户进行威胁、收买或变相打击报复；情况严重者降职、降薪', en: 'Threatening, bribing or retaliating against the customer; serious cases demotion and pay cut' },
    source: `${S} 第四十二条`,
    measures: ['fine', 'demotion', 'pay_cut'],
    fine: { min: 5000, max: 10000 },
  },
  {
    code: 'p6.43',
    kind: 'reward',
    label: { zh: '投诉处理后受到客户口头、书面、电子邮件等方式表扬', en: 'Praised by the customer after handling (orally, in writing, by e-mail)' },
    source: `${S} 第四十三条`,
    measures: ['reward'],
  },
  {
    code: 'p6.44',
    kind: 'reward',
    label: { zh: '投诉处理及时、到位，挽回公司声誉损失或减轻公司重大经济损失', en: 'Timely, adequate handling saved the company’s reputation or reduced a major economic loss' },
    source: `${S} 第四十四条`,
    measures: ['reward'],
  },
];
