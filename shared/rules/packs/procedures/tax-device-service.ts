import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed001 S15'; // 客户投诉处理管理办法 (tax-control device / technical service company; the text ends in 4.1 h)

/**
 * The tax-device service company's posts (4.1) and its one route for both
 * classes: the marketing department receives every complaint, fills in the
 * handling sheet naming the responsible unit and person by the class, passes
 * the complaint to them, and contacts the customer to verify the unit's
 * investigation and handling.
 */
export const taxDeviceServiceProcedure: ProcedureInput = {
  source: `${S} 2, 4.1`,
  choice: {
    zh: '第 2 节的流程图（客户、质量部门、技术服务单位三栏）不在原文中：质量部门和技术服务单位各走哪一步无法编入，它们在被《客户投诉处理单》指定时就是责任单位。时效管理及逾期反应（4.1 e）没有时限；改善对策的检查和效果确认（4.1 g）属于纠正措施记录；台帐和每月统计（4.1 h）由报表办理。',
    en: 'The flow chart of 2 (columns customer, quality department, technical service unit) is not in the source: which step each of the latter takes cannot be encoded; either is the responsible unit when the handling sheet names it. The time-limit management (4.1 e) gives no limit; checking the improvement and confirming its effect (4.1 g) is the corrective action record; the ledger and the monthly statistics (4.1 h) are the reports’.',
  },
  roles: [
    { id: 'marketing', name: { zh: '营销部门', en: 'Marketing department' }, source: `${S} 4.1` },
    {
      id: 'responsible_unit',
      name: { zh: '责任单位人员', en: 'Responsible unit (person)' },
      source: `${S} 4.1 d、f、g`,
      choice: { zh: '《客户投诉处理单》按投诉分类拟订的责任单位人员（4.1 d），例如技术服务分包单位（4.1 a）或质量部门（2）：站点把这些单位的人员对应到这个岗位。', en: 'The responsible unit and person the handling sheet names by the class (4.1 d), e.g. the subcontracted technical service unit (4.1 a) or the quality department (2): the site maps their staff to this post.' },
    },
  ],
  routes: [
    {
      classes: ['general', 'serious'],
      source: `${S} 4.1`,
      steps: {
        receive: {
          roles: ['marketing'],
          source: `${S} 4.1, 4.1 a、b、d`,
          choice: { zh: '“营销部门全面负责客户投诉的接待”：营销部门核实客户信息、确认投诉理由（a、b），填写处理单并指派责任单位（d）。', en: '“营销部门全面负责客户投诉的接待”: marketing checks the customer’s details and the reasons (a, b), fills in the sheet and assigns the responsible unit (d).' },
        },
        handle: {
          roles: ['marketing', 'responsible_unit'],
          source: `${S} 4.1 c、d、f`,
          choice: { zh: '责任单位调查原因并处理（f），营销部门安抚客户、协助解决（c），迅速传达处理结果（d），必要时另行直接调查、处理（f）：两者都可以办理处理步骤。', en: 'The responsible unit investigates the cause and handles it (f); marketing comforts the customer and helps (c), passes the result on quickly (d) and investigates and handles it directly when necessary (f): either takes the handling steps.' },
        },
        close: {
          roles: ['marketing'],
          source: `${S} 4.1 f`,
          choice: { zh: '“与客户接洽并核实责任单位反馈客户投诉的发生原因调查、审核及妥善处理情况”：回访核实由营销部门完成。', en: '“与客户接洽并核实责任单位反馈客户投诉的发生原因调查、审核及妥善处理情况”: the verifying call to the customer is marketing’s.' },
        },
      },
      handOver: [{ from: 'marketing', to: 'responsible_unit', source: `${S} 4.1 d`, choice: { zh: '“根据投诉分类拟订处理方式、责任单位人员”：哪个单位由营销部门按分类判断。', en: '“根据投诉分类拟订处理方式、责任单位人员”: which unit is marketing’s judgement by the class.' } }],
      silent: {
        refer: 'No referral is named.',
        review: 'No review is named: marketing verifies the unit’s handling with the customer at the call-back (4.1 f).',
        approve: 'No approval is named.',
        sign: 'No signature is named.',
      },
    },
  ],
};
