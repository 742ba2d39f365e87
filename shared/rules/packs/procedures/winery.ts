import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed001 S10'; // 酒庄 客户投诉界定及处理流程

const RECEIVE = {
  roles: ['csc', 'department'],
  source: `${S} 三.2(1)、(2)`,
  choice: { zh: '由客服中心，或接到投诉的部门或个人，填写反馈单并派发。', en: 'The customer service centre, or a department or person that received the complaint, fills in the feedback form and dispatches it.' },
};

const SILENT = {
  refer: 'The source names no referral.',
  sign: 'No signature is named.',
  close: 'The source names no per-case call-back or close (三.1(1) has the centre visit customers monthly): the app’s own rights apply.',
};

/**
 * The winery's departments and leaders (三.1) and its routes (三.2, 三.3):
 * minor and general complaints go to the department, whose head settles them,
 * a general one approved by the unit's leader in charge; for major and
 * especially large ones the customer service centre and the department draft
 * the solution, the unit's leader in charge reviews and the winery's
 * leadership approves it.
 */
export const wineryProcedure: ProcedureInput = {
  source: `${S} 三.1–三.3`,
  roles: [
    { id: 'csc', name: { zh: '客服中心', en: 'Customer service centre' }, source: `${S} 三.1(1)` },
    { id: 'department', name: { zh: '相关部门（责任部门）', en: 'Department concerned (responsible department)' }, source: `${S} 三.1(2)–(4), 三.2` },
    { id: 'department_head', name: { zh: '本部门负责人', en: 'Head of the department' }, source: `${S} 三.3(1)、(2)` },
    { id: 'unit_leader', name: { zh: '本单位分管领导', en: 'Unit’s leader in charge' }, source: `${S} 三.2, 三.3(2)` },
    { id: 'winery_leadership', name: { zh: '酒庄领导', en: 'Winery leadership' }, source: `${S} 三.1(6), 三.2` },
  ],
  routes: [
    {
      classes: ['minor'],
      source: `${S} 三.2, 三.3(1)`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['department', 'department_head'],
          source: `${S} 三.2, 三.3(1)`,
          choice: { zh: '三.2 把投诉派给相关部门；三.3(1) 要求部门负责人 10 分钟内到场、2 小时内解决：两者都可以办理处理步骤。', en: '三.2 dispatches it to the department; 三.3(1) has the head come within 10 minutes and settle it within 2 hours: either takes the handling steps.' },
        },
      },
      handOver: [{ from: 'department', to: 'department_head', source: `${S} 三.3(1)`, choice: { zh: '接报后 10 分钟内上报：由规则包中的时限和通知来计时。', en: 'Reported within 10 minutes of receipt: the pack’s deadline and notification time it.' } }],
      silent: { ...SILENT, review: 'No review is named for a minor complaint.', approve: 'No approval is named for a minor complaint: handled within the department.' },
    },
    {
      classes: ['general'],
      source: `${S} 三.2, 三.3(2)`,
      steps: {
        receive: RECEIVE,
        handle: { roles: ['department', 'department_head'], source: `${S} 三.2, 三.3(2)` },
        approve: {
          roles: ['unit_leader'],
          before: 'reply',
          source: `${S} 三.3(2)`,
          choice: { zh: '“并上报本单位分管领导审批，在12小时内解决完毕”：在把处理结果告诉客户之前审批。', en: '“并上报本单位分管领导审批，在12小时内解决完毕”: approved before the result is given to the customer.' },
        },
      },
      handOver: [{ from: 'department', to: 'department_head', source: `${S} 三.3(2)` }],
      silent: { ...SILENT, review: 'No review is named for a general complaint besides the approval.' },
    },
    {
      classes: ['major', 'especially-large'],
      source: `${S} 三.2`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['csc', 'department'],
          source: `${S} 三.1(3), 三.2`,
          choice: { zh: '“由客服中心会同责任部门进行处理”：客服中心或责任部门都可以办理处理步骤。', en: '“由客服中心会同责任部门进行处理”: the centre or the responsible department takes the handling steps.' },
        },
        review: { roles: ['unit_leader'], before: 'reply', source: `${S} 三.2`, choice: { zh: '“制定出解决方案后，上报各单位分管领导审查”：在答复客户之前审查解决方案。', en: '“制定出解决方案后，上报各单位分管领导审查”: the solution is reviewed before the customer is answered.' } },
        approve: { roles: ['winery_leadership'], before: 'reply', after: 'review', source: `${S} 三.1(6), 三.2` },
      },
      handOver: [{ from: 'department', to: 'csc', source: `${S} 三.1(3)`, choice: { zh: '“对于特、重大投诉需及时上报本单位领导及客服中心”。', en: '“对于特、重大投诉需及时上报本单位领导及客服中心”.' } }],
      silent: SILENT,
    },
  ],
};
