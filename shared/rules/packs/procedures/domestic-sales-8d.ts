import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed004 §J'; // 顾客抱怨处理办法 (domestic sales, 8D; text ends after the intake fields)

/**
 * The manufacturer's departments (三 职责) and its one route for the three
 * grades: Sales takes the customer's complaint on its feedback sheet and
 * passes it to QA, which accepts it (or refuses an incomplete sheet, 5.1.1)
 * and organises its handling, verification and closure; other departments
 * analyse and carry out measures when involved; Sales tells the customer the
 * result once the analysis is done.
 */
export const domesticSales8dProcedure: ProcedureInput = {
  source: `${S} 3.1–3.3, 5.1`,
  choice: {
    zh: '按 8D 处理（4.1）：8D 报告是本案的记录（检查表模板），不是本程序的步骤。原文在 5.1.1 之后中断，此后若还有岗位，无法编入。',
    en: 'Handled as an 8D (4.1): the 8D report is the case’s record (a checklist template), not a step of the route. The text ends after 5.1.1; any post after it cannot be encoded.',
  },
  roles: [
    { id: 'sales_dept', name: { zh: '业务部', en: 'Sales department' }, source: `${S} 3.1, 5.1` },
    { id: 'qa_dept', name: { zh: '品保部', en: 'Quality assurance department' }, source: `${S} 3.2, 4.3, 5.1.1` },
    { id: 'other_department', name: { zh: '其它部门（问题涉及的部门）', en: 'Other department (the one the problem involves)' }, source: `${S} 3.3` },
  ],
  routes: [
    {
      classes: ['occasional', 'general', 'serious'],
      source: `${S} 3.1–3.3, 4.3, 5.1`,
      steps: {
        receive: {
          roles: ['qa_dept'],
          source: `${S} 3.2, 5.1.1`,
          choice: {
            zh: '业务部“负责接受顾客投诉并反馈品保部”（3.1），填写《顾客反馈信息处理单》（5.1）：这是本程序的登记，所有用户都可以做。处理单内容不全时“品保部可不接受该投诉”（5.1.1），品保部组织处理（3.2）：受理并指派、以缺项判定不接受，都由品保部办理。',
            en: 'Sales “负责接受顾客投诉并反馈品保部” (3.1) on the 《顾客反馈信息处理单》 (5.1): the app’s intake, open to every user. With an incomplete sheet “品保部可不接受该投诉” (5.1.1), and QA organises the handling (3.2): accepting and assigning it, or refusing it for a missing item, is QA’s.',
          },
        },
        handle: {
          roles: ['qa_dept', 'other_department', 'sales_dept'],
          source: `${S} 3.1–3.3`,
          choice: {
            zh: '品保部组织处理（3.2），问题涉及的其它部门负责分析、提出并执行措施（3.3），业务部在分析完成后把处理结果反馈顾客（3.1）：三者都可以办理处理步骤。',
            en: 'QA organises the handling (3.2), the departments involved analyse, propose and carry out the measures (3.3), Sales tells the customer the result once the analysis is done (3.1): the three take the handling steps.',
          },
        },
        close: {
          roles: ['qa_dept'],
          source: `${S} 3.2`,
          choice: { zh: '“品保部：负责组织投诉反馈的处理、验证和关闭”：验证并结案由品保部完成。', en: '“品保部：负责组织投诉反馈的处理、验证和关闭”: verifying and closing is QA’s.' },
        },
      },
      handOver: [
        { from: 'sales_dept', to: 'qa_dept', source: `${S} 3.1, 5.1` },
        { from: 'qa_dept', to: 'other_department', source: `${S} 3.3` },
      ],
      silent: {
        refer: 'No referral is named.',
        review: 'No review is named.',
        approve: 'No approval is named.',
        sign: 'No signature is named.',
      },
    },
  ],
};
