import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed004 §P'; // 客户投诉处理制度 (generic)

/**
 * The generic system's posts (四–六) and its one route, run again for an
 * escalated complaint (六 3): service staff judge and record the complaint;
 * the complaint handler reviews it and passes it to the head of the
 * responsible department, who signs for it and authorises a person to verify
 * and reply; the handler answers the customer, asks for their feedback and
 * closes.
 */
/** Pack 1.2.0's route: the review and the signature at the latest before the reply (the schema then had no hand-over gate). */
export const genericPProcedureV120: ProcedureInput = {
  source: `${S} 四–六`,
  choice: {
    zh: '分管领导对事实有异议的有效投诉作出认定（四 3）、集中性投诉统一报送分管领导（四 5）、向上级主管备案（四 4、五 3、六 3）：由规则包的升级原因和通知办理，不是每件投诉都要等待的审批。延期由投诉处理专人在客户同意后批准（五 3，规则包的延期规则）。',
    en: 'The leader in charge’s determination of a disputed valid complaint (四 3), concentrated complaints reported together to the leader (四 5) and filings with the superior (四 4, 五 3, 六 3) are the pack’s escalation reasons and notifications, not approvals every case waits for. The handler grants an extension once the customer agrees (五 3, the pack’s extension rule).',
  },
  roles: [
    { id: 'service_staff', name: { zh: '服务人员', en: 'Service staff' }, source: `${S} 四 1、2` },
    { id: 'complaint_handler', name: { zh: '投诉处理专人（投诉处理人员）', en: 'Complaint handler' }, source: `${S} 四 2, 五 1、3、4, 六` },
    { id: 'dept_head', name: { zh: '责任部门负责人', en: 'Head of the responsible department' }, source: `${S} 五 1、2` },
    { id: 'dept_staff', name: { zh: '责任部门授权专人', en: 'Person authorised by the responsible department' }, source: `${S} 五 1` },
  ],
  routes: [
    {
      classes: ['complaint', 'escalated'],
      source: `${S} 四–六`,
      steps: {
        receive: {
          roles: ['service_staff'],
          source: `${S} 四 1、2`,
          choice: { zh: '服务人员判断是否为有效投诉：有效的予以受理并交投诉处理专人，不构成投诉的判定无效（四 1）。', en: 'Service staff judge validity: a valid complaint is accepted and passed to the complaint handler, one that is not a complaint is ruled invalid (四 1).' },
        },
        handle: {
          roles: ['complaint_handler', 'dept_head', 'dept_staff'],
          source: `${S} 四 2, 五 1、4, 六 1`,
          choice: {
            zh: '投诉处理专人复核后转发责任部门并跟踪（四 2），责任部门负责人授权专人限期核实并回复（五 1），责任部门出具处理结果后由投诉处理人员回复客户（五 4、六 1）：三者都可以办理处理步骤。',
            en: 'The handler reviews the record, passes it to the responsible department and tracks it (四 2); the department head authorises a person to verify and reply within the deadline (五 1); the handler answers the customer with the department’s result (五 4, 六 1): the three take the handling steps.',
          },
        },
        review: {
          roles: ['complaint_handler'],
          before: 'reply',
          source: `${S} 四 2`,
          choice: { zh: '“统一交由投诉处理专人复核后转发相关责任部门”：原文在转发之前复核；本程序的审核只能放在答复或结案之前，所以最迟在答复客户之前复核。', en: '“统一交由投诉处理专人复核后转发相关责任部门”: the source reviews before passing it on; the app’s reviews come before the reply or the close, so it is given at the latest before the customer is answered.' },
        },
        sign: {
          roles: ['dept_head'],
          before: 'reply',
          source: `${S} 五 2`,
          choice: { zh: '“与投诉相关责任部门负责人签收确认投诉处理单据”：原文在收到单据时签收；本程序最迟在答复客户之前要求这一签字。有异议时当日给出核查结果，是规则包的时限。', en: '“与投诉相关责任部门负责人签收确认投诉处理单据”: the source signs on receipt of the document; the app asks for the signature at the latest before the customer is answered. A dispute answered the same day is the pack’s deadline.' },
        },
        close: {
          roles: ['complaint_handler'],
          source: `${S} 六 1、2`,
          choice: { zh: '投诉处理人员征询客户对处理结果的反馈（六 1）；客户接受的，做好书面及电子存档并系统办结（六 2）。客户不接受的，作为升级投诉重新开始（六 3）。', en: 'The handler asks the customer’s view of the result (六 1); accepted, they file it on paper and electronically and close it (六 2). Not accepted, it restarts as an escalated complaint (六 3).' },
        },
      },
      handOver: [
        { from: 'service_staff', to: 'complaint_handler', source: `${S} 四 2` },
        { from: 'complaint_handler', to: 'dept_head', source: `${S} 四 2, 五 1` },
        { from: 'dept_head', to: 'dept_staff', source: `${S} 五 1` },
      ],
      silent: {
        refer: 'No referral is named.',
        approve: 'No approval is named: the leader in charge decides only disputed facts (四 3), an escalation.',
      },
    },
  ],
};

/**
 * Pack 1.3.0's route: the complaint handler reviews before passing the case to the responsible department
 * (四 2 复核后转发), and its head signs for the document before the person they authorise verifies and replies
 * (五 1–2).
 */
export const genericPProcedure: ProcedureInput = {
  ...genericPProcedureV120,
  routes: genericPProcedureV120.routes.map((route) => ({
    ...route,
    steps: {
      ...route.steps,
      review: {
        roles: ['complaint_handler'],
        before: 'handOver',
        handOverTo: ['dept_head', 'dept_staff'],
        source: `${S} 四 2`,
        choice: {
          zh: '“统一交由投诉处理专人复核后转发相关责任部门”：服务人员把案件交给投诉处理专人不需要复核；指派给责任部门负责人或其授权专人之前，须由投诉处理专人复核。',
          en: '“统一交由投诉处理专人复核后转发相关责任部门”: service staff pass the case to the complaint handler without a review; before it is assigned to the head of the responsible department or the person they authorise, the handler reviews it.',
        },
      },
      sign: {
        roles: ['dept_head'],
        before: 'handOver',
        handOverTo: ['dept_staff'],
        source: `${S} 五 1、2`,
        choice: {
          zh: '“投诉处理人员将投诉单据交予责任部门负责人授权专人限期核实并回复”（五 1），“与投诉相关责任部门负责人签收确认投诉处理单据”（五 2）：负责人签收后才授权专人，所以指派给授权专人之前须由负责人签收确认；负责人自行处理时，最迟在答复客户之前签收。有异议时当日给出核查结果，是规则包的时限。',
          en: '“投诉处理人员将投诉单据交予责任部门负责人授权专人限期核实并回复” (五 1), “与投诉相关责任部门负责人签收确认投诉处理单据” (五 2): the head signs for the document before authorising a person, so the case is assigned to the authorised person only after the head’s signature; a head handling it themselves signs at the latest before the customer is answered. A dispute answered the same day is the pack’s deadline.',
        },
      },
    },
  })),
};
