import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed004 §E'; // 客户投诉处理作业流程及管理办法 (text ends at 5.3.4)

const RECEIVE = {
  roles: ['sales_rep', 'marketing_head'],
  source: `${S} 5.2.1, 5.2.2`,
  choice: {
    zh: '营销业务员在1小时内开出《客户投诉处理单》并发至品管部（5.2.2），营销部主任接到投诉后立即初步评审、能立即回复的与客户沟通（5.2.1）：两者都可以受理并把本案交给品管部。登记《客户投诉登记表》（5.1.1、5.1.2 营销部文员）即登记，所有用户都可以做。',
    en: 'The sales representative issues the handling sheet within the hour and sends it to the quality department (5.2.2); the marketing head reviews it at once and answers at once where he can (5.2.1): either accepts the case and passes it to quality. Entering it in the register (5.1.1, 5.1.2 marketing clerk) is the intake, open to every user.',
  },
} satisfies RouteStepRule;

const HANDLE = {
  roles: ['qe_engineer', 'responsible_department'],
  source: `${S} 4.2, 5.3.1–5.3.3`,
  choice: {
    zh: '品管部QE调查分析、找出责任部门并回复（5.3.1、5.3.2），责任部门调查根本原因、提出纠正措施计划（5.3.3）：两者都可以办理处理步骤。营销部与客户的沟通（4.1）记入处理日志。',
    en: 'The quality department’s QE investigates, names the responsible department and replies (5.3.1, 5.3.2); the responsible department finds the root cause and proposes the corrective plan (5.3.3): either takes the handling steps. Marketing’s contact with the customer (4.1) goes in the log.',
  },
} satisfies RouteStepRule;

const SHEET_BEFORE = {
  zh: '原文要求处理单批准后才发至品管部；本程序要求最迟在答复客户之前完成。',
  en: 'The source has the sheet approved before it goes to the quality department; the app requires it at the latest before the customer is answered.',
};

/** 品管部负责人签收: the quality head signs for the approved sheet (5.2.2). */
const SIGN_RECEIPT = {
  roles: ['quality_head'],
  before: 'reply',
  after: 'approve',
  source: `${S} 5.2.2`,
  choice: { zh: '“要求品管部负责人签收”：签收在批准之后、答复客户之前。', en: '“要求品管部负责人签收”: signed for after the approval, before the customer is answered.' },
} satisfies RouteStepRule;

const HAND_OVER = [
  { from: 'sales_rep', to: 'qe_engineer', source: `${S} 5.2.2`, choice: { zh: '处理单“发至品管部”：指派给品管部负责本案的QE工程师（5.3.1）。', en: 'The sheet “发至品管部”: assigned to the quality department’s QE engineer in charge of the case (5.3.1).' } },
  { from: 'qe_engineer', to: 'responsible_department', source: `${S} 5.3.2, 5.3.3` },
];

const SILENT = {
  refer: 'No referral is named.',
  review:
    'QE’s preliminary review of the corrective plan (5.3.3) and the 管理者代表/总经理’s review and approval of corrective and preventive actions (4.3) are the corrective action’s own record (case records, CAPA), not a step the reply waits for.',
  close: 'The text breaks off at 5.3.4 before any call-back or close: the app’s own rights apply.',
};

/**
 * The manufacturer's posts (4, 5) and its routes: the sales representative or
 * the marketing head accepts and sends the handling sheet to the quality
 * department, approved at department-head level or above (a major complaint by
 * the marketing VP) and signed for by the quality head before the customer is
 * answered; QE and the responsible department handle it (5.3).
 */
export const manufacturerEProcedure: ProcedureInput = {
  source: `${S} 4, 5.1–5.3`,
  roles: [
    { id: 'sales_rep', name: { zh: '营销业务员', en: 'Sales representative' }, source: `${S} 5.2.2` },
    { id: 'marketing_head', name: { zh: '营销部主任', en: 'Marketing department head' }, source: `${S} 5.2.1` },
    {
      id: 'department_head',
      name: { zh: '部门主任级以上人员', en: 'Department head or above' },
      source: `${S} 5.2.2`,
      choice: { zh: '营销部主任也是“部门主任级”：本站可以把他同时分配到这个岗位。', en: 'The marketing head is of 部门主任 rank too: the site may assign him this post as well.' },
    },
    { id: 'marketing_vp', name: { zh: '营销副总（营销部副总经理）', en: 'Marketing vice-president' }, source: `${S} 5.1.1, 5.2.2` },
    { id: 'quality_head', name: { zh: '品管部负责人', en: 'Head of the quality department' }, source: `${S} 5.2.2` },
    { id: 'qe_engineer', name: { zh: '品管部QE工程师', en: 'Quality department QE engineer' }, source: `${S} 5.3.1–5.3.4` },
    { id: 'responsible_department', name: { zh: '责任部门', en: 'Responsible department' }, source: `${S} 5.3.2, 5.3.3` },
  ],
  routes: [
    {
      classes: ['general'],
      source: `${S} 5.2, 5.3`,
      steps: {
        receive: RECEIVE,
        handle: HANDLE,
        approve: {
          roles: ['department_head', 'marketing_vp'],
          before: 'reply',
          source: `${S} 5.2.2`,
          choice: { zh: `“经部门主任级以上人员批准”：营销副总在部门主任级以上。${SHEET_BEFORE.zh}`, en: `“经部门主任级以上人员批准”: the marketing VP ranks above a department head. ${SHEET_BEFORE.en}` },
        },
        sign: SIGN_RECEIPT,
      },
      handOver: HAND_OVER,
      silent: SILENT,
    },
    {
      classes: ['major'],
      source: `${S} 5.2.2, 5.3`,
      steps: {
        receive: RECEIVE,
        handle: HANDLE,
        approve: { roles: ['marketing_vp'], before: 'reply', source: `${S} 5.2.2`, choice: { zh: `“重大客户投诉需报营销副总审批”。${SHEET_BEFORE.zh}`, en: `“重大客户投诉需报营销副总审批”. ${SHEET_BEFORE.en}` } },
        sign: SIGN_RECEIPT,
      },
      handOver: HAND_OVER,
      silent: SILENT,
    },
  ],
};
