import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed004 §L'; // XXXX用户抱怨处理制度 (Skoda dealer; the text ends inside 售后服务经理的职责)
const D = `${S} 二、`;

const RECEIVE = {
  roles: ['showroom_manager', 'service_manager', 'care_specialist'],
  source: `${D}展厅经理的职责 1; 售后服务经理的职责 1; 客户关爱专员的工作职责 2`,
  choice: {
    zh: '因销售引起的由展厅经理接待处理，因售后服务引起的由售后服务经理接待处理；客户关爱专员执行抱怨预警、解释安抚并逐级汇报：三者都可以受理。',
    en: 'The showroom manager receives grievances caused by sales, the after-sales service manager those caused by service; the Customer Care specialist runs the early warning, calms the customer and reports up: any of the three receives.',
  },
} satisfies RouteStepRule;

const HANDLERS = ['showroom_manager', 'service_manager', 'care_specialist', 'complaint_officer'];

/** 确定处理方案: the directors who, by their duties, decide the plan. */
const DIRECTORS_DECIDE = {
  roles: ['aftersales_director', 'care_director'],
  before: 'reply',
  source: `${D}售后服务总监的职责 1; 客户关爱总监的工作职责 1`,
  choice: {
    zh: '售后服务总监和客户关爱总监“对…客户抱怨预警信息进行分析、核实，确定处理方案”：处理方案在答复客户之前由其中一位确定。销售总监只“分析、核实，指导和协调”（销售总监 1），协助客户关爱总监（销售总监 2），不在此列。',
    en: 'The after-sales service director and the Customer Care director “分析、核实，确定处理方案” of the early-warning reports: one of them decides the plan before the customer is answered. The sales director only analyses, verifies and coordinates (销售总监 1) and assists the Customer Care director (销售总监 2), so is not listed.',
  },
} satisfies RouteStepRule;

const SILENT = {
  refer: 'No referral is named; telling RBO and headquarters of a major quality grievance or a possible media event (售后服务总监 8) is the pack’s notification.',
  sign: 'No signature is named.',
  close:
    'The satisfaction follow-up calls are made by “相关部门” under the directors’ guidance (售后服务总监 6, 客户关爱总监 5), naming no post: the app’s own rights apply.',
};

/**
 * The Skoda dealer's posts (二、管理规定) and its routes: the showroom manager,
 * the after-sales service manager or the Customer Care specialist receives and
 * handles a grievance or complaint on the plan one of the directors decides; a
 * major one is handled by the directors (with the general manager where
 * needed), their review followed by the general manager's decision on the
 * further handling before the customer is answered.
 */
export const skodaDealerProcedure: ProcedureInput = {
  source: `${S} 一、二`,
  choice: {
    zh: '原文是各岗位职责，没有按步骤写流程：每一步由职责中写明做这件事的岗位办理。总经理监督整改、奖惩考核（总经理 3、4），销售总监处罚销售人员（销售总监 3），月度汇总（售后服务总监 7）：不是本案流程的步骤。',
    en: 'The source lists each post’s duties, not a sequence of steps: each step goes to the posts whose duties name it. The GM’s supervision and rewards (总经理 3, 4), the sales director’s penalties (销售总监 3) and the monthly summary (售后服务总监 7) are not steps of a case’s route.',
  },
  roles: [
    { id: 'general_manager', name: { zh: '总经理', en: 'General manager' }, source: `${D}总经理的职责` },
    { id: 'sales_director', name: { zh: '销售总监', en: 'Sales director' }, source: `${D}销售总监的职责` },
    { id: 'aftersales_director', name: { zh: '售后服务总监', en: 'After-sales service director' }, source: `${D}售后服务总监的职责` },
    { id: 'care_director', name: { zh: '客户关爱总监', en: 'Customer Care director' }, source: `${D}客户关爱总监的工作职责` },
    { id: 'care_specialist', name: { zh: '客户关爱专员', en: 'Customer Care specialist' }, source: `${D}客户关爱专员的工作职责` },
    { id: 'showroom_manager', name: { zh: '展厅经理', en: 'Showroom manager' }, source: `${D}展厅经理的职责` },
    { id: 'service_manager', name: { zh: '售后服务经理', en: 'After-sales service manager' }, source: `${D}售后服务经理的职责` },
    {
      id: 'complaint_officer',
      name: { zh: '投诉处理专职人员', en: 'Full-time complaint handler' },
      source: `${D}售后服务总监的职责 9`,
      choice: { zh: '“必要情况下”才设立：没有设立的经销商不分配这个岗位。', en: 'Set up only “必要情况下”: a dealer without one assigns the post to no one.' },
    },
  ],
  routes: [
    {
      classes: ['grievance', 'complaint'],
      source: `${D}各岗位职责`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: HANDLERS,
          source: `${D}展厅经理的职责 1; 售后服务经理的职责 1; 客户关爱专员的工作职责 3; 售后服务总监的职责 9`,
          choice: { zh: '接待处理的经理、按主管部门要求处理的客户关爱专员、设立时的投诉处理专职人员都可以办理处理步骤。', en: 'The receiving managers, the Customer Care specialist acting on the department’s instructions and, where set up, the full-time complaint handler take the handling steps.' },
        },
        approve: DIRECTORS_DECIDE,
      },
      handOver: [{ from: 'care_specialist', to: 'complaint_officer', source: `${D}客户关爱专员的工作职责 2; 售后服务总监的职责 9` }],
      silent: { ...SILENT, review: 'No review is named besides the directors’ decision on the plan.' },
    },
    {
      classes: ['major'],
      source: `${D}总经理的职责 2; 销售总监的职责 4; 售后服务总监的职责 4; 客户关爱总监的工作职责 4、5`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['sales_director', 'aftersales_director', 'care_director', 'general_manager', 'showroom_manager', 'service_manager'],
          source: `${D}总经理的职责 2; 销售总监的职责 4; 客户关爱总监的工作职责 5; 展厅经理的职责 2; 售后服务经理的职责 2`,
          choice: {
            zh: '重大问题由总监处理（销售总监 4；客户关爱总监 5 必要时和两位总监亲自处理），总经理必要时亲自处理（总经理 2），展厅经理和售后服务经理协助（各 2）：这些岗位都可以办理处理步骤。',
            en: 'Major matters are the directors’ (销售总监 4; 客户关爱总监 5 with the other two where needed), the GM’s where needed (总经理 2), the managers assisting (各 2): all these posts take the handling steps.',
          },
        },
        review: {
          roles: ['aftersales_director', 'care_director', 'sales_director'],
          before: 'reply',
          source: `${D}销售总监的职责 1; 售后服务总监的职责 1、4; 客户关爱总监的工作职责 1、4`,
          choice: { zh: '总监分析、核实重大问题（售后服务总监 1、客户关爱总监 1、销售总监 1）后报总经理。', en: 'A director analyses and verifies the major matter (售后服务总监 1, 客户关爱总监 1, 销售总监 1) before it goes to the GM.' },
        },
        approve: {
          roles: ['general_manager'],
          before: 'reply',
          after: 'review',
          source: `${D}售后服务总监的职责 4; 客户关爱总监的工作职责 4`,
          choice: { zh: '“重大抱怨和投诉问题，及时反馈总经理以确定进一步处理方案”：总经理确定方案后才答复客户。', en: '“重大抱怨和投诉问题，及时反馈总经理以确定进一步处理方案”: the customer is answered once the GM decided the plan.' },
        },
      },
      handOver: [
        { from: 'showroom_manager', to: 'sales_director', source: `${D}展厅经理的职责 2` },
        { from: 'service_manager', to: 'aftersales_director', source: `${D}售后服务经理的职责 2` },
      ],
      silent: SILENT,
    },
  ],
};
