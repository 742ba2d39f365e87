import type { RulePackInput } from '../pack-schema';
import { productCompanyS14Procedure } from './procedures/product-company-s14';

const S = 'seed001 S14'; // 客户投诉处理程序 (product company; the text ends in 5.2.3)

/**
 * seed001 S14: complaints by what they are about (5.1), each kind handled by
 * its own department (3.2); the salesperson visits the customer on site within
 * 2 working days (4.2); product-quality complaints are made known to the
 * management representative and the general manager (4.6).
 */
export const seed001S14ProductCompanyPack: RulePackInput = {
  id: 'seed001-s14-product-company',
  version: '1.1.0',
  name: { zh: '客户投诉处理程序', en: 'Customer complaint handling procedure (product company)' },
  organisation: { zh: '某产品企业（销售员承接投诉）', en: 'Product company (salespeople take complaints)' },
  source: `${S} 1–5.2`,
  classes: [
    {
      code: 'service-behaviour',
      label: { zh: '客户服务行为的投诉', en: 'Customer-service behaviour' },
      source: `${S} 5.1.1`,
      choice: {
        zh: '原文按投诉内容分类，不按严重程度分（5.1），并把每一类交给各自的部门、按各自的权限处理（3.2），所以这些类别就是分级。排列顺序不代表严重程度；产品质量排在最后，这样同时勾选两类的投诉按质量投诉流转（4.6）。默认为服务行为类，因为它是原文列出的第一类。',
        en: 'The source classifies by what the complaint is about, not by seriousness (5.1), and sends each kind to its own department with its own authority (3.2), so the kinds are the classes. Their order says nothing of seriousness; product quality is last so that a complaint ticked both ways is routed as a quality complaint (4.6). Service behaviour is the default, being the first the source lists.',
      },
    },
    { code: 'staff-work', label: { zh: '营业人员专业工作事务投诉', en: 'Sales staff’s professional work' }, source: `${S} 5.1.2` },
    { code: 'product-quality', label: { zh: '产品质量投诉', en: 'Product quality' }, source: `${S} 5.1.3` },
  ],
  defaultClass: 'service-behaviour',
  criteria: [
    {
      id: 'service-behaviour',
      classCode: 'service-behaviour',
      source: `${S} 3.1, 5.1.1`,
      label: { zh: '对营销人员、客户服务人员的行为、态度的不满', en: 'Dissatisfied with the behaviour or attitude of sales or service staff' },
    },
    {
      id: 'staff-work',
      classCode: 'staff-work',
      source: `${S} 3.1, 5.1.2`,
      label: { zh: '对营业人员专业水准、工作事务的不满', en: 'Dissatisfied with sales staff’s professional standard or work' },
    },
    {
      id: 'product-quality',
      classCode: 'product-quality',
      source: `${S} 3.1, 5.1.3`,
      label: { zh: '产品质量、产品使用功能缺陷', en: 'Product quality or a functional defect in use' },
    },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'arrival',
      label: { zh: '销售员现场拜访和咨询投诉客户', en: 'Salesperson visits and consults the customer on site' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 2 },
      source: `${S} 4.2`,
      choice: { zh: '“在2个工作日对投诉客户的现场拜访和咨询”：原文没有说从何时起算，本程序从受理起算；受理当天不计入（民法典第二百零一条）。', en: '“在2个工作日对投诉客户的现场拜访和咨询” counted from receipt, the source naming no start; the day of receipt is not counted (民法典 第二百零一条).' },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'every.marketing-vp',
      when: {},
      to: ['leader_in_charge'],
      choice: { zh: '营销副总（审批答复的营销副总经理）对应“分管领导”角色。原文没有规定时限。', en: '营销副总 (the marketing vice-president who approves the reply) → the leader-in-charge role. The source gives no time.' },
      notify: [{ zh: '营销副总（审批回复处理决策和意见）', en: 'Marketing VP (approves the reply and handling opinion)' }],
      confirmByPhone: false,
      source: `${S} 4.5`,
    },
    {
      id: 'quality.representative-gm',
      when: { classCode: 'product-quality' },
      to: ['general_manager'],
      choice: { zh: '“管理者代表”在本程序中没有对应角色，保留在文字中；总经理对应“总经理”角色。原文没有规定时限。', en: '管理者代表 has no role in the app and stays in the text; 总经理 → the general manager role. The source gives no time.' },
      notify: [
        { zh: '管理者代表', en: 'Management representative' },
        { zh: '总经理', en: 'General manager' },
      ],
      confirmByPhone: false,
      source: `${S} 4.6`,
    },
  ],
  // Since 1.1.0: who takes complaints and handles them per kind, the marketing VP’s approval before the reply (4, 5.2).
  procedure: productCompanyS14Procedure,
};

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed001S14ProductCompanyPackV100: RulePackInput = { ...seed001S14ProductCompanyPack, version: '1.0.0', procedure: undefined };
