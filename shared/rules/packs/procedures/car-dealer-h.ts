import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed004 §H'; // 用户抱怨处理制度 (car dealer; numbering jumps from 5 to 7-2; text ends in 8-2)

const RECEIVE = {
  roles: ['receiver'],
  source: `${S} 8-2`,
  choice: {
    zh: '“抱怨（投诉）受理人于客户抱怨当日将客户抱怨信息传递于处理协调责任人”：受理人受理并指派；记录抱怨（回访、书面、来电、现场，2）即登记，所有用户都可以做。',
    en: '“抱怨（投诉）受理人于客户抱怨当日将客户抱怨信息传递于处理协调责任人”: the receiver accepts and assigns; taking the grievance down (follow-up call, letter, phone, on site, 2) is the intake, open to every user.',
  },
} satisfies RouteStepRule;

const HANDLE = {
  roles: ['handler', 'legal_rep', 'service_manager'],
  source: `${S} 3, 7-2, 8-2`,
  choice: {
    zh: '处理责任人调查、回复客户、提出处理意见和改进措施（8-2）；服务类由法人致歉、产品质量类由法人直接处理（3）；回访不满意时交服务经理统一协调（7-2）：三个岗位都可以办理处理步骤。',
    en: 'The handler investigates, replies, gives an opinion and improvements (8-2); the legal representative apologises for a service grievance and handles a quality one himself (3); a dissatisfied one goes back to the service manager to coordinate (7-2): the three posts take the handling steps.',
  },
} satisfies RouteStepRule;

const CLOSE = {
  roles: ['customer_care', 'callback_agent'],
  source: `${S} 7-2, 8-2`,
  choice: {
    zh: '“客户关爱部在接收到抱怨处理表单后，需在3天内回访验证”（8-2），售后抱怨由电话回访员回访（7-2）：两者都可以回访结案。',
    en: '“客户关爱部在接收到抱怨处理表单后，需在3天内回访验证” (8-2); after-sales grievances are called back by the follow-up agent (7-2): either calls back and closes.',
  },
} satisfies RouteStepRule;

const HAND_OVER = [{ from: 'receiver', to: 'handler', source: `${S} 8-2`, choice: { zh: '当日传递：由规则包的“当日”时限计时。', en: 'Passed on the same day: the pack’s same-day limit times it.' } }];

const SILENT = {
  refer: 'Reporting to the sales or service director within 24 hours (8-2) is an escalation the pack’s notification tells; no referral step is named.',
  review: 'No review is named.',
  approve: 'No approval is named: the legal representative handles or apologises himself (3).',
  sign: 'No signature is named.',
};

/**
 * The car dealer's posts and one route for both classes (3, 4, 7-2, 8-2): the
 * receiver passes the grievance to the handler the same day, who handles it
 * (with the legal representative or the service manager), and customer care
 * or the follow-up agent verifies it with the customer.
 */
export const carDealerHProcedure: ProcedureInput = {
  source: `${S} 3, 4, 7-2, 8-2`,
  choice: {
    zh: '重点关注车辆（用户）的名单及服务经理在满意回访后撤消（7-2）、必要时致函或上门拜访（4）、8-1 处理单24小时内改正、7-3/7-4 月度和季度汇总：不是本案流程的步骤，记入处理日志或由报表办理。',
    en: 'The key-attention list and its removal by the service manager after a satisfied callback (7-2), the letter or visit where needed (4), the 24-hour correction of a sheet (8-1) and the monthly and quarterly summaries (7-3, 7-4) are not steps of a case’s route: the log or the reports hold them.',
  },
  roles: [
    { id: 'legal_rep', name: { zh: '法人', en: 'Legal representative' }, source: `${S} 3` },
    { id: 'receiver', name: { zh: '抱怨（投诉）受理人', en: 'Grievance receiver' }, source: `${S} 8-2` },
    { id: 'handler', name: { zh: '处理（协调）责任人', en: 'Responsible handler (coordinator)' }, source: `${S} 8-1, 8-2` },
    { id: 'service_manager', name: { zh: '服务经理', en: 'Service manager' }, source: `${S} 7-2` },
    { id: 'customer_care', name: { zh: '客户关爱部', en: 'Customer Care department' }, source: `${S} 8-1, 8-2` },
    { id: 'callback_agent', name: { zh: '电话回访员', en: 'Telephone follow-up agent' }, source: `${S} 7-2, 7-5` },
  ],
  routes: [
    {
      classes: ['grievance', 'key-attention'],
      source: `${S} 3, 4, 7-2, 8-2`,
      steps: { receive: RECEIVE, handle: HANDLE, close: CLOSE },
      handOver: HAND_OVER,
      silent: SILENT,
    },
  ],
};
