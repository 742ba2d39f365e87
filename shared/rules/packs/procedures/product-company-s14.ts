import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed001 S14'; // 客户投诉处理程序 (product company; the text ends in 5.2.3)

const RECEIVE = {
  roles: ['salesperson', 'service_dept'],
  source: `${S} 4.1, 4.3, 5.2.1`,
  choice: {
    zh: '“销售员和公司服务部承接辖区客户的各类投诉事件”（5.2.1）；售后服务部负责分类传递（4.3）：两者都可以受理并指派。',
    en: '“销售员和公司服务部承接辖区客户的各类投诉事件” (5.2.1); the after-sales service department classifies and passes complaints on (4.3): either accepts and assigns.',
  },
} satisfies RouteStepRule;

/** 营销副总: the only approver the text names; 4.1's 审批权限 (levels of authority) are not in it. */
const APPROVE = {
  roles: ['marketing_vp'],
  before: 'reply',
  source: `${S} 4.1, 4.5`,
  choice: {
    zh: '“营销副总负责对客户投诉的回复处理决策和意见的审批”，销售员答复的是“按照审批权限获得审批的处理结果”（4.1）：原文没有列出审批权限的分级，营销副总是唯一点名的审批人，所以每一类投诉都在答复客户之前由他审批。售后服务部的“呈报审批”（4.3）即提交审批，记入处理日志。',
    en: '“营销副总负责对客户投诉的回复处理决策和意见的审批”, and the salesperson answers with “按照审批权限获得审批的处理结果” (4.1): the text lists no levels of authority and names the marketing VP as the only approver, so he approves every class before the customer is answered. The service department’s “呈报审批” (4.3), the submission, goes in the log.',
  },
} satisfies RouteStepRule;

const HANDLE_NOTE = {
  zh: '销售员现场拜访、鉴别原因并向客户答复解释（4.1、4.2），售后服务部分类传递（4.3），被投诉部门限期改进（4.5）：这些岗位都可以办理处理步骤。',
  en: 'The salesperson visits, identifies the cause and answers the customer (4.1, 4.2), the service department passes it on (4.3), the department complained about improves within a time limit (4.5): these posts take the handling steps.',
};

const SILENT = {
  refer: 'No referral is named.',
  review: 'No review is named besides the marketing VP’s approval.',
  sign: 'No signature is named.',
  close: 'The text breaks off in 5.2.3 (《客户投诉登记反馈表》) before any call-back or close: the app’s own rights apply.',
};

/**
 * The product company's posts (4) and its routes by what the complaint is
 * about (3.2, 5.1): salespeople and the service department take complaints,
 * the marketing VP approves the reply before the salesperson gives it; a
 * product-quality complaint is also handled by the QC department (4.4).
 */
export const productCompanyS14Procedure: ProcedureInput = {
  source: `${S} 3.2, 4, 5.1, 5.2`,
  choice: {
    zh: '所有产品质量投诉都“必须知会或申报管理者代表和总经理”（4.6）：这是告知，不是答复前要等的审批，由规则包的通知办理（通知总经理；管理者代表写在通知文字中）。',
    en: 'Every product-quality complaint “必须知会或申报管理者代表和总经理” (4.6): telling, not an approval the reply waits for; the pack’s notification does it (to the general manager; the management representative is named in its text).',
  },
  roles: [
    { id: 'salesperson', name: { zh: '销售员', en: 'Salesperson' }, source: `${S} 4.1, 4.2, 5.2.1` },
    { id: 'service_dept', name: { zh: '售后服务部（公司服务部）', en: 'After-sales service department' }, source: `${S} 4.3, 5.2.1` },
    { id: 'qc_dept', name: { zh: '质检部门', en: 'Quality control department' }, source: `${S} 4.4` },
    { id: 'complained_department', name: { zh: '被投诉部门', en: 'Department complained about' }, source: `${S} 4.5` },
    { id: 'marketing_vp', name: { zh: '营销副总', en: 'Marketing vice-president' }, source: `${S} 4.5` },
  ],
  routes: [
    {
      classes: ['service-behaviour', 'staff-work'],
      source: `${S} 3.2, 4.1–4.5, 5.1.1, 5.1.2`,
      steps: {
        receive: RECEIVE,
        handle: { roles: ['salesperson', 'service_dept', 'complained_department'], source: `${S} 4.1–4.3, 4.5`, choice: HANDLE_NOTE },
        approve: APPROVE,
      },
      handOver: [{ from: 'service_dept', to: 'complained_department', source: `${S} 3.2, 4.3, 4.5` }],
      silent: SILENT,
    },
    {
      classes: ['product-quality'],
      source: `${S} 3.2, 4.1–4.6, 5.1.3`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['salesperson', 'service_dept', 'qc_dept'],
          source: `${S} 4.1–4.4`,
          choice: {
            zh: '质量投诉由质检部门返修不良品、追查原因、提出并监督改进（4.4），销售员鉴别是产品质量问题还是使用不当（4.2）并答复（4.1）：这三个岗位都可以办理处理步骤。',
            en: 'For a quality complaint the QC department repairs the defective goods, traces the cause and proposes and supervises the improvement (4.4); the salesperson tells a quality problem from improper use (4.2) and answers (4.1): the three posts take the handling steps.',
          },
        },
        approve: APPROVE,
      },
      handOver: [{ from: 'service_dept', to: 'qc_dept', source: `${S} 3.2, 4.3, 4.4` }],
      silent: SILENT,
    },
  ],
};
