import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度12'; // 汽车经销商 客户投诉管理制度

const RECEIVE = {
  roles: ['cr_manager'],
  source: `${S} 第三条, 第四条（一般意义的客户投诉）2`,
  choice: {
    zh: '客户关系顾问或经理记录投诉（第四条 1，即登记）；由客户关系经理“判定投诉性质和类别及受理责任人”：受理并指派由客户关系经理办理。',
    en: 'The adviser or the manager records the complaint (第四条 1, the intake); the customer-relations manager “判定投诉性质和类别及受理责任人”: receiving and assigning are the manager’s.',
  },
};

const HAND_OVER = [
  {
    from: 'cr_manager',
    to: 'business_manager',
    source: `${S} 第四条（一般意义的客户投诉）2`,
    choice: { zh: '“按照客户投诉内容分类，确定具体的受理部门”：指派给该部门的销售经理或服务经理。', en: '“按照客户投诉内容分类，确定具体的受理部门”: assigned to that department’s sales or service manager.' },
  },
];

/**
 * The car dealer's posts (第三条) and its two flows (第四条): the
 * customer-relations manager decides the nature and the handling department,
 * whose sales or service manager proposes the solution; an ordinary
 * complaint's solution is answered only after the general manager agreed, a
 * major one is settled with the customer by the department manager and the
 * customer-relations manager after an emergency meeting.
 */
export const carDealerDoc12Procedure: ProcedureInput = {
  source: `${S} 第三条, 第四条`,
  roles: [
    { id: 'cr_adviser', name: { zh: '客户关系顾问/专员', en: 'Customer-relations adviser / specialist' }, source: `${S} 第三条` },
    { id: 'cr_manager', name: { zh: '客户关系经理', en: 'Customer-relations manager' }, source: `${S} 第三条` },
    {
      id: 'business_manager',
      name: { zh: '销售经理/服务经理（责任部门经理）', en: 'Sales / service manager (manager of the responsible department)' },
      source: `${S} 第三条, 第四条`,
      choice: { zh: '第三条的“销售经理/服务经理”与第四条的“责任部门经理”“业务部门经理”是同一岗位。', en: 'The 销售经理/服务经理 of 第三条 are the 责任部门经理 / 业务部门经理 of 第四条.' },
    },
    { id: 'general_manager', name: { zh: '总经理', en: 'General manager' }, source: `${S} 第三条` },
  ],
  routes: [
    {
      classes: ['ordinary'],
      source: `${S} 第四条（一般意义的客户投诉）`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['business_manager', 'cr_manager', 'cr_adviser'],
          source: `${S} 第三条, 第四条（一般意义的客户投诉）3、4`,
          choice: {
            zh: '处理步骤包括解决办法和答复客户：解决办法由受理责任人（销售/服务经理）提出，客户关系经理协助（第三条）；答复由客户关系专员或经理通知客户（4）。三个岗位都可以办理，指派只给处理岗位。',
            en: 'The handling steps cover the solution and the reply: the responsible handler (sales / service manager) proposes the solution with the customer-relations manager’s help (第三条); the specialist or the manager tells the customer (4). All three may take them.',
          },
        },
        approve: {
          roles: ['general_manager'],
          before: 'reply',
          source: `${S} 第三条, 第四条（一般意义的客户投诉）4`,
          choice: { zh: '“投诉解决办法经总经理同意后…迅速通知客户”：答复客户之前审批。', en: '“投诉解决办法经总经理同意后…迅速通知客户”: approved before the customer is told.' },
        },
      },
      handOver: HAND_OVER,
      silent: {
        refer: 'No referral is named.',
        review: 'No review is named besides the general manager’s approval.',
        sign: 'No signature is named.',
        close: '“关心询问客户对处理结果的满意程度” (5) names no one: the app’s own call-back rights apply.',
      },
    },
    {
      classes: ['major'],
      source: `${S} 第四条（重大客户投诉）`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['business_manager', 'cr_manager'],
          source: `${S} 第四条（重大客户投诉）3`,
          choice: { zh: '“由业务部门经理和客户关系经理出面与客户协商解决”：两者都可以办理处理步骤。', en: '“由业务部门经理和客户关系经理出面与客户协商解决”: either takes the handling steps.' },
        },
      },
      handOver: HAND_OVER,
      silent: {
        refer: 'No referral is named.',
        review: 'No review is named.',
        approve:
          'The emergency meeting with the department manager and the general manager (2) agrees the solution; no approval is named the reply waits for: the meeting goes in the handling log, its notice is the pack’s notification.',
        sign: 'No signature is named.',
        close: '“关心询问客户对处理结果的满意程度” (4) names no one: the app’s own call-back rights apply.',
      },
    },
  ],
};
