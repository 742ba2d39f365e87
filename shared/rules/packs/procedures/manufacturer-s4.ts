import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed001 S4'; // 客户投诉处理程序 (manufacturer, sales-led)

const OUTSIDE = '6.2.2 a): a minor complaint “不属于本程序范围”, handled by the staff concerned as the situation requires: the app’s own roles apply.';

/**
 * The manufacturer's sales-led procedure (5, 6.3–6.5): the sales manager reads
 * and signs the record, the sales general manager names the person in charge
 * and approves the final plan before it is carried out with the customer.
 */
export const manufacturerS4Procedure: ProcedureInput = {
  source: `${S} 5, 6.3–6.5`,
  roles: [
    { id: 'sales_gm', name: { zh: '销售总经理', en: 'Sales general manager' }, source: `${S} 5, 6.3.3, 6.5` },
    { id: 'sales_manager', name: { zh: '销售经理', en: 'Sales manager' }, source: `${S} 6.3.2, 6.3.3` },
    { id: 'sales_department', name: { zh: '销售部', en: 'Sales department' }, source: `${S} 5.2` },
  ],
  routes: [
    { classes: ['minor'], source: `${S} 6.2.2 a)`, steps: {}, silent: { receive: OUTSIDE, handle: OUTSIDE, refer: OUTSIDE, review: OUTSIDE, approve: OUTSIDE, sign: OUTSIDE, close: OUTSIDE } },
    {
      classes: ['serious'],
      source: `${S} 6.3–6.5`,
      steps: {
        receive: {
          roles: ['sales_gm'],
          source: `${S} 6.3.3`,
          choice: { zh: '本程序的“受理”一步要指定处理人，6.3.3 把这件事交给销售总经理（“指定本投诉的处理责任人（一般为销售经理）”）。记录投诉（6.3.1 投诉接纳人）即登记，所有用户都可以做。', en: 'The app’s accept step names who handles the case, which 6.3.3 gives to the sales general manager (“指定本投诉的处理责任人（一般为销售经理）”). Taking the complaint down (6.3.1 投诉接纳人) is the intake, open to every user.' },
        },
        review: {
          roles: ['sales_manager'],
          before: 'reply',
          source: `${S} 6.3.2`,
          choice: { zh: '“销售经理针对顾客投诉进行审阅并签署意见后，交由相关部门调查”：原文要求在各部门调查之前审阅；本程序要求最迟在答复客户之前完成。', en: '“销售经理针对顾客投诉进行审阅并签署意见后，交由相关部门调查”: due before the departments investigate; the app requires it at the latest before the customer is answered.' },
        },
        handle: {
          roles: ['sales_department'],
          source: `${S} 5.2.3, 6.4, 6.5.1`,
          choice: { zh: '总经理指定的处理责任人（一般为销售经理）就是本案的处理人；销售经理也对应到“销售部”岗位。', en: 'The person in charge the general manager names (usually the sales manager) is the case’s assignee; the sales manager is mapped to the sales department too.' },
        },
        approve: { roles: ['sales_gm'], before: 'reply', source: `${S} 6.5.1, 6.5.2`, choice: { zh: '“最终方案经销售总经理批准后执行”：方案须先经批准，再与客户商定并执行。', en: '“最终方案经销售总经理批准后执行”: the plan is approved before it is agreed with and carried out for the customer.' } },
      },
      silent: {
        refer: 'The source names no referral.',
        sign: 'No signature besides the sales manager’s opinion (the review) is named.',
        close: 'The source names no call-back or close: the app’s own roles apply.',
      },
    },
  ],
};
