import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度14'; // 销售中心综合服务部 客户投诉处理规定

const SATISFACTION_CALL =
  { zh: '本程序在回访满意后结案。5.3.1.6 规定由处理该投诉的受理人告知处理结果并询问 5 分制满意度，所以回访由其完成。事务文员的存档（3.2、5.1.1.1 存档、记录）不是本程序的步骤：所存档的记录就是本程序中的记录。', en: 'The app closes a complaint on the satisfied call-back. 5.3.1.6 gives telling the result and asking the 5-point satisfaction to the 受理人 who handled it, so the call-back is theirs. The filing by the 事务文员 (3.2, 5.1.1.1 存档、记录) is not a step of the app: the record it files is the app’s own.' };

/**
 * The franchise sales centre's handler levels (4.2) and who takes a complaint
 * of each level (5.1.1.1–5.1.1.3): level 1 is handled by the level-1 handler
 * and reviewed by level 2; level 2 is handed to level 2 and reviewed by
 * level 3; level 3 is reported up to level 3, who directs its handling.
 */
export const franchiseSalesProcedure: ProcedureInput = {
  source: `${S} 4.2, 5.1.1`,
  roles: [
    {
      id: 'level1_handler',
      name: { zh: '一级受理人（大区客服助理、加盟接待文员/专员）', en: 'Level-1 handler (regional service assistant, franchise reception clerk)' },
      source: `${S} 4.2.1`,
    },
    { id: 'level2_handler', name: { zh: '二级受理人（综合服务部经理/主管）', en: 'Level-2 handler (service department manager / supervisor)' }, source: `${S} 4.2.2` },
    {
      id: 'level3_handler',
      name: { zh: '三级受理人（销售中心总监、行政管理中心）', en: 'Level-3 handler (sales-centre director, administration centre)' },
      source: `${S} 4.2.3`,
      choice: { zh: '5.1.1.3 同时提到销售中心总监和行政中心总监：两人都对应到这一个岗位。', en: '5.1.1.3 names the sales-centre director and the administration-centre director: both are mapped to this one role.' },
    },
  ],
  routes: [
    {
      classes: ['level1'],
      source: `${S} 5.1.1.1`,
      steps: {
        receive: { roles: ['level1_handler'], source: `${S} 5.1.1` },
        handle: { roles: ['level1_handler'], source: `${S} 5.1.1.1` },
        review: {
          roles: ['level2_handler'],
          before: 'close',
          source: `${S} 5.1.1.1, 5.3.1.6`,
          choice:
            { zh: '“由二级受理人（综合服务部主管）审核后交事务文员存档”：原文在客户评价处理结果之后审核（5.3.1.6 可汇报审核、存档）；本程序在客户评价时结案，所以审核放在答复客户之后、评价之前。', en: '“由二级受理人（综合服务部主管）审核后交事务文员存档”: the source reviews after the customer rated the result (5.3.1.6 可汇报审核、存档); the app closes on that rating, so the review is given before it, once the case is answered.' },
        },
        close: { roles: ['level1_handler'], source: `${S} 5.3.1.6`, choice: SATISFACTION_CALL },
      },
      silent: {
        refer: 'A level-1 complaint is within the level-1 handler’s authority (4.3.1); one beyond it is a level-2 complaint (4.3.2), not a referral.',
        approve: 'No approval before the customer is answered is named for level 1.',
        sign: 'No signature is named.',
      },
    },
    {
      classes: ['level2'],
      source: `${S} 5.1.1.2`,
      steps: {
        receive: { roles: ['level1_handler'], source: `${S} 5.1.1` },
        handle: { roles: ['level2_handler'], source: `${S} 5.1.1.2` },
        review: {
          roles: ['level3_handler'],
          before: 'close',
          source: `${S} 5.1.1.2, 5.3.1.6`,
          choice: { zh: '“报三级受理人（销售中心总监）审核后，由事务文员存档”：与一级相同，在结案回访之前审核。', en: '“报三级受理人（销售中心总监）审核后，由事务文员存档”: given before the closing call-back, as for level 1.' },
        },
        close: { roles: ['level2_handler'], source: `${S} 5.3.1.6`, choice: SATISFACTION_CALL },
      },
      handOver: [{ from: 'level1_handler', to: 'level2_handler', source: `${S} 5.1.1.2`, choice: { zh: '“立即将《投诉处理单》交由二级受理人跟进处理”：一级受理人受理后，指派给一位二级受理人。', en: '“立即将《投诉处理单》交由二级受理人跟进处理”: the level-1 handler accepts the case and assigns it to a level-2 handler.' } }],
      silent: {
        refer: 'The source names no referral for level 2.',
        approve: 'No approval before the customer is answered is named for level 2.',
        sign: 'No signature is named.',
      },
    },
    {
      classes: ['level3'],
      source: `${S} 5.1.1.3`,
      steps: {
        receive: { roles: ['level1_handler'], source: `${S} 5.1.1` },
        handle: {
          roles: ['level2_handler', 'level3_handler'],
          source: `${S} 5.1.1.3`,
          choice: { zh: '“由三级受理人指导处理”：由三级受理人指导；原文没有说在其指导下由谁登记各步骤，所以上报的二级受理人也可以登记。', en: '“由三级受理人指导处理”: the level-3 handler directs; the source does not say who records the steps under that direction, so the level-2 handler who reported it may as well.' },
        },
        close: { roles: ['level2_handler', 'level3_handler'], source: `${S} 5.3.1.6, 5.3.1.7`, choice: SATISFACTION_CALL },
      },
      handOver: [
        { from: 'level1_handler', to: 'level2_handler', source: `${S} 5.1.1.3`, choice: { zh: '“立即将《投诉处理单》汇报二级受理人”。', en: '“立即将《投诉处理单》汇报二级受理人”.' } },
        { from: 'level2_handler', to: 'level3_handler', source: `${S} 5.1.1.3`, choice: { zh: '“由二级受理人专项汇报三级受理人销售中心总监以及行政中心总监”。', en: '“由二级受理人专项汇报三级受理人销售中心总监以及行政中心总监”.' } },
      ],
      silent: {
        refer: 'The source names no referral: a level-3 complaint is already reported up (4.3.3).',
        review: 'No review is named for level 3: the level-3 handler directs the handling.',
        approve: 'No approval before the customer is answered is named for level 3.',
        sign: 'No signature is named.',
      },
    },
  ],
};
