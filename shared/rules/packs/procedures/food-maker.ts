import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed003 篇1'; // 豆制品食品企业 客诉处理管理办法

/**
 * The food maker's posts (3, 4.3, 4.4, 7) and its one route (the source names
 * no post per class): QC or the department that received the complaint
 * records and classifies it, determines the responsible department and,
 * once approved, passes the record form to it; the responsible department
 * handles it; QC tracks the result and measures the customer's satisfaction.
 */
/** Pack 1.2.0's route: the approval at the latest before the reply (the schema then had no hand-over gate). */
export const foodMakerProcedureV120: ProcedureInput = {
  source: `${S} 3, 4.3, 4.4, 7`,
  choice: {
    zh: '特殊客诉（11.2）的通知销售经理、业务员和必要时汇报总经理由规则包的通知办理；纠正预防措施（6.7、7.4）属于纠正预防措施记录；A类赔付“需由公司同意后方可执行”（9.2）由赔付记录的审批办理；“必要时委托业务员当面了解、致歉”（8.3 d）记入处理日志。这些都不是本程序的步骤。',
    en: 'Telling the sales manager and salesperson of a special complaint, and the general manager when necessary (11.2), is the pack’s notification; the corrective and preventive action (6.7, 7.4) is the CAPA record; a class-A compensation “需由公司同意后方可执行” (9.2) is the compensation record’s approval; “必要时委托业务员当面了解、致歉” (8.3 d) is a handling-log entry. None of them is a step of the route.',
  },
  roles: [
    { id: 'qc_dept', name: { zh: '质检部', en: 'Quality inspection department' }, source: `${S} 3.2, 4.3, 4.4, 7.1, 7.3, 7.4` },
    {
      id: 'receiving_department',
      name: { zh: '其它部门（收到客诉信息的相关部门）', en: 'Other department (the department that received the complaint)' },
      source: `${S} 4.3, 4.4, 7.1`,
      choice: { zh: '“质检部或其它部门接收到市场各类客诉信息时……”（4.3）：质检部以外收到客诉的部门都对应到这个岗位。', en: '“质检部或其它部门接收到市场各类客诉信息时……” (4.3): any department other than QC that receives a complaint is mapped to this post.' },
    },
    {
      id: 'direct_superior',
      name: { zh: '直属上级', en: 'Direct superior' },
      source: `${S} 4.4, 7.1, 7.2`,
      choice: { zh: '“经批准后于1小时内……传递到责任部门”（4.4）没有说由谁批准；7.1 要求“报直属上级”，7.2 把审批列在处理之前：由质检部或收到客诉部门的直属上级批准。', en: '“经批准后于1小时内……传递到责任部门” (4.4) does not say who approves; 7.1 has the case “报直属上级” and 7.2 puts the approval before the handling: the direct superior of QC or of the receiving department approves.' },
    },
    {
      id: 'responsible_department',
      name: { zh: '责任部门', en: 'Responsible department' },
      source: `${S} 4.4, 6.6, 10.1`,
      choice: { zh: '10.1 按现象列出责任部门（生产该品种班组、设施保障部、煮浆人员、设计中心、营销部等）：站点把这些部门的人员对应到这个岗位。', en: '10.1 names the responsible department per phenomenon (the production team for the variety, facilities support, soy-milk boiling staff, the design centre, marketing…): the site maps their staff to this post.' },
    },
    { id: 'sales_dept', name: { zh: '销售部门', en: 'Sales department' }, source: `${S} 3.1` },
  ],
  routes: [
    {
      classes: ['A', 'B', 'C'],
      source: `${S} 4.3, 4.4, 7.1–7.3`,
      steps: {
        receive: {
          roles: ['qc_dept', 'receiving_department'],
          source: `${S} 4.3, 4.4, 7.1`,
          choice: { zh: '质检部或其它部门判断、分类、记录，并确定责任部门（4.3、4.4）：受理并指派给责任部门；判定无效客诉（4.1.1）也是这一步。', en: 'QC or the other department judges, classifies and records the complaint and determines the responsible department (4.3, 4.4): it accepts and assigns it; ruling it not a valid complaint (4.1.1) is the same step.' },
        },
        handle: {
          roles: ['responsible_department', 'qc_dept', 'receiving_department', 'sales_dept'],
          source: `${S} 3.1, 3.2, 4.4, 7.1`,
          choice: {
            zh: '责任部门收到记录单后处理（4.4）；质检部负责质量类客诉处理（3.2）；收到客诉的部门“协调办理”（7.1）；销售部门在市场与客户、消费者沟通协调（3.1）：这些岗位都可以办理处理步骤。',
            en: 'The responsible department handles it on receiving the form (4.4); QC handles quality complaints (3.2); the receiving department “协调办理” (7.1); the sales department communicates with customers and consumers in the market (3.1): these posts take the handling steps.',
          },
        },
        approve: {
          roles: ['direct_superior'],
          before: 'reply',
          source: `${S} 4.4, 7.1, 7.2`,
          choice: {
            zh: '原文在把记录单传递给责任部门之前批准（4.4）；本程序的审批只能放在答复客户或结案之前，所以最迟在答复客户之前审批。1 小时的传递时限从批准起算，本程序暂不把这一审批作为其起点。',
            en: 'The source approves before the form is passed to the responsible department (4.4); the app’s approvals come before the reply or the close, so it is given at the latest before the customer is answered. The 1-hour hand-off counts from approval; the app does not yet start that clock at this approval.',
          },
        },
        close: {
          roles: ['qc_dept'],
          source: `${S} 3.2, 7.3`,
          choice: { zh: '“质检部应对处理结果进行追踪，并对顾客满意度进行测量。测量结果记录于「客户抱怨、投诉记录单」上”：回访即满意度测量，由质检部完成。', en: '“质检部应对处理结果进行追踪，并对顾客满意度进行测量。测量结果记录于「客户抱怨、投诉记录单」上”: the call-back is the satisfaction measurement, QC’s.' },
        },
      },
      handOver: [
        { from: 'qc_dept', to: 'responsible_department', source: `${S} 4.4` },
        { from: 'receiving_department', to: 'responsible_department', source: `${S} 4.4` },
      ],
      silent: {
        refer: 'No referral is named: special complaints (11) are told to the sales manager, the salesperson and, when necessary, the general manager by the pack’s notifications.',
        review: 'No review is named.',
        sign: 'No signature is named.',
      },
    },
  ],
};

/**
 * Pack 1.3.0's route: the direct superior approves before the form is passed on, as 4.4 and 7.2 place it, and
 * the 1-hour hand-off (4.4) counts from that approval.
 */
export const foodMakerProcedure: ProcedureInput = {
  ...foodMakerProcedureV120,
  routes: foodMakerProcedureV120.routes.map((route) => ({
    ...route,
    steps: {
      ...route.steps,
      approve: {
        roles: ['direct_superior'],
        before: 'handOver',
        source: `${S} 4.4, 7.1, 7.2`,
        choice: {
          zh: '“经批准后于1小时内将「客户抱怨、投诉记录单」传递到责任部门进行处理”（4.4）；“电话或口头信息要填写「客户抱怨、投诉记录单」后再进行处理。（包括审批）”（7.2）：受理后指派给任何处理岗位（责任部门，或自行处理的质检部、收到客诉的部门、销售部门）之前都须审批，因为 7.2 把审批放在一切处理之前。1 小时的传递时限从审批时起算。“特殊情况下可先协调解决后补写”（7.2）是否适用需要人来判断，本程序不设例外：指派仍等审批，其间的协调记入处理日志。',
          en: '“经批准后于1小时内将「客户抱怨、投诉记录单」传递到责任部门进行处理” (4.4); “电话或口头信息要填写「客户抱怨、投诉记录单」后再进行处理。（包括审批）” (7.2): the case is approved before it is assigned to any handling post (the responsible department, or QC, the receiving department or sales handling it themselves), since 7.2 puts the approval before all handling. The 1-hour hand-off counts from the approval. Whether “特殊情况下可先协调解决后补写” (7.2) applies is a person’s judgement the route does not make: the assignment still waits for the approval, and what was coordinated meanwhile goes into the handling log.',
        },
      },
    },
  })),
};
