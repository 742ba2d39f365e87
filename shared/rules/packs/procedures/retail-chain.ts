import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed003 篇4'; // 连锁零售 客户投诉处理管理办法 (fragmentary)

/**
 * The retail chain's posts and its one route (第七条–第十四条): the superior
 * manager rules whether a store's complaint is accepted, the administration
 * and HR department names the handling department, which investigates and
 * proposes the handling, and the operations customer service answers the
 * customer. The reviews and the general manager's approval are the
 * investigation report's (case records), not route approvals.
 */
export const retailChainProcedure: ProcedureInput = {
  source: `${S} 第七条–第十四条`,
  choice: {
    zh: '门店接待投诉并填写记录卡（第七条、第十五条），即本程序的登记；原文缺第三条、第八条、第十条和第十六条，这些条文中如有岗位，无法编入。',
    en: 'The store takes the complaint and fills in the record card (第七条, 第十五条): the app’s intake. Articles 3, 8, 10 and 16 are missing from the source; any post they name cannot be encoded.',
  },
  roles: [
    { id: 'superior_manager', name: { zh: '上级主管', en: 'Superior manager' }, source: `${S} 第七条, 第十一条, 第十三条` },
    { id: 'admin_hr', name: { zh: '行政人事部', en: 'Administration and HR department' }, source: `${S} 第九条, 第十二条` },
    { id: 'handling_department', name: { zh: '受理部门', en: 'Handling department' }, source: `${S} 第九条, 第十一条, 第十三条` },
    { id: 'ops_customer_service', name: { zh: '营运部客服', en: 'Operations customer service' }, source: `${S} 第十四条` },
    { id: 'general_manager', name: { zh: '总经理', en: 'General manager' }, source: `${S} 第十二条` },
  ],
  routes: [
    {
      classes: ['complaint'],
      source: `${S} 第七条–第十四条`,
      steps: {
        receive: {
          roles: ['superior_manager', 'admin_hr'],
          source: `${S} 第七条, 第九条`,
          choice: {
            zh: '“呈报上级主管裁定是否受理”（第七条，不受理即记为无效）；行政人事部“确定受理部门”（第九条，即受理并指派）：两者都可以办理受理步骤。',
            en: '“呈报上级主管裁定是否受理” (第七条: not accepted is marking it invalid); the administration department “确定受理部门” (第九条: accepting and assigning): either takes the receive step.',
          },
        },
        handle: {
          roles: ['handling_department', 'ops_customer_service'],
          source: `${S} 第十一条, 第十三条, 第十四条`,
          choice: {
            zh: '受理部门调查并提出处理意见（第十一条、第十三条），营运部客服以书面或口头形式答复客户（第十四条）：两者都可以办理处理步骤。',
            en: 'The handling department investigates and proposes the handling (第十一条, 第十三条); operations customer service answers the customer in writing or orally (第十四条): either takes the handling steps.',
          },
        },
      },
      handOver: [{ from: 'admin_hr', to: 'handling_department', source: `${S} 第九条` }],
      silent: {
        review:
          'The manager’s and the administration department’s reviews (第十一条–第十三条) are steps of the case’s 投诉调查报告 (case records), which already gates the reply: not asked twice as route approvals.',
        approve: 'The general manager’s 批阅 (第十二条) is the investigation report’s approval (case records), which already gates the reply.',
        refer: 'No referral is named.',
        sign: 'No signature is named.',
        close: '第二十六条 has the case closed within 7 days but names no one to close it: the app’s own rights apply.',
      },
    },
  ],
};
