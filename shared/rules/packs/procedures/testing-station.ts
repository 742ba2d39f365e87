import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度6'; // 监测站 客户投诉（申诉）处理

const RECEIVE = { roles: ['tech_office'], source: `${S} 1.2` };

const PRESIDES = {
  zh: '“质量负责人主持处理”（1.2）：质量负责人主持，但原文没有让某一步等待他；他的意见记入处理日志。',
  en: '“质量负责人主持处理” (1.2): the quality manager presides, but the source has no step wait for him; his instructions go in the handling log.',
};

/**
 * The station's posts (1–7) and its routes by kind of complaint: the
 * technical business office accepts every complaint (1.2); a complaint about
 * a department is handled by its head, or by the office's investigation when
 * the head cannot (2.1); an appeal against data is reviewed by the technical
 * business office with the labs and testers, its preliminary opinion approved
 * by the quality manager before the appellant is answered (2.2.1, 2.2.5).
 */
export const testingStationProcedure: ProcedureInput = {
  source: `${S} 1.2, 2, 3`,
  choice: PRESIDES,
  roles: [
    { id: 'tech_office', name: { zh: '技术业务室', en: 'Technical business office' }, source: `${S} 1.2, 2.2` },
    { id: 'quality_manager', name: { zh: '质量负责人', en: 'Quality manager' }, source: `${S} 1.2, 2.2.1` },
    { id: 'department_head', name: { zh: '各部门负责人', en: 'Head of the department complained about' }, source: `${S} 2.1.1, 2.1.2` },
    { id: 'office', name: { zh: '办公室', en: 'Office (administration)' }, source: `${S} 2.1.2, 2.1.3, 7` },
    { id: 'responsible_department', name: { zh: '职责部门', en: 'Responsible department' }, source: `${S} 2.1.3, 4` },
    { id: 'testing_staff', name: { zh: '有关室和检验人员', en: 'Laboratories and testing staff concerned' }, source: `${S} 2.2.1, 2.2.4` },
  ],
  routes: [
    {
      classes: ['general-matter'],
      source: `${S} 2.1, 3`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['department_head', 'office', 'responsible_department'],
          source: `${S} 2.1.1–2.1.3, 3.1, 3.2`,
          choice: {
            zh: '本部门的投诉由部门负责人处理（2.1.1）；难以调查处理的交办公室，办公室组织职责部门处理（2.1.2、2.1.3）：三个岗位都可以办理处理步骤。',
            en: 'A complaint about a department is its head’s (2.1.1); one the head cannot investigate goes to the office, which has the responsible department handle it (2.1.2, 2.1.3): the three posts take the handling steps.',
          },
        },
        close: {
          roles: ['department_head', 'office', 'responsible_department'],
          source: `${S} 3.3`,
          choice: { zh: '“投诉处理部门应以书面形式征求客户对投诉处理结果的意见”：处理这件投诉的岗位回访。', en: '“投诉处理部门应以书面形式征求客户对投诉处理结果的意见”: the post that handled it asks the customer.' },
        },
      },
      handOver: [
        { from: 'tech_office', to: 'department_head', source: `${S} 2.1.1`, choice: { zh: '技术业务室把投诉指派给被投诉部门的负责人。', en: 'The technical business office assigns it to the head of the department complained about.' } },
        { from: 'department_head', to: 'office', source: `${S} 2.1.2` },
        { from: 'office', to: 'responsible_department', source: `${S} 2.1.3` },
      ],
      silent: {
        refer: 'No referral is named.',
        review: 'No review is named for a complaint about general matters.',
        approve: 'No approval is named for a complaint about general matters.',
        sign: 'No signature is named.',
      },
    },
    {
      classes: ['monitoring-data', 'urgent-appeal'],
      source: `${S} 2.2, 3`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: ['tech_office', 'testing_staff'],
          source: `${S} 2.2.1, 2.2.5`,
          choice: {
            zh: '技术业务室组织有关室和检验人员回顾检查、复检，并书面通知申诉人（2.2.1、2.2.5）：两者都可以办理处理步骤。',
            en: 'The technical business office has the labs and testers review and re-test, and notifies the appellant in writing (2.2.1, 2.2.5): either takes the handling steps.',
          },
        },
        approve: {
          roles: ['quality_manager'],
          before: 'reply',
          source: `${S} 2.2.1`,
          choice: {
            zh: '“提出初步处理意见，报质量负责人审批”：在书面答复申诉人（2.2.5）之前审批。',
            en: '“提出初步处理意见，报质量负责人审批”: approved before the appellant is answered in writing (2.2.5).',
          },
        },
        close: { roles: ['tech_office'], source: `${S} 3.3`, choice: { zh: '处理监测数据投诉的是技术业务室（2.2），由它征求客户意见。', en: 'The technical business office handles data complaints (2.2): it asks the customer.' } },
      },
      handOver: [],
      silent: {
        refer: 'No referral is named.',
        review: 'No review by another post is named besides the quality manager’s approval.',
        sign:
          'The authorised signatory approves withdrawing a wrong report (2.2.5) only when the re-test shows the original result wrong: a condition judged after the re-test, with the report withdrawal and voiding of issue 23 item 3, not a route step yet. The re-test by two persons (2.2.4) is the testers’ work, recorded in the log.',
      },
    },
  ],
};

/**
 * Since pack 1.5.0: the authorised signatory (授权签字人, 2.2.5), who approves withdrawing a report the re-test
 * proved wrong — a side path's approval (paths.reportRetest), not a route step, so the data route's silence on a
 * signature now points there.
 */
export const testingStationProcedureWithSignatory: ProcedureInput = {
  ...testingStationProcedure,
  roles: [...testingStationProcedure.roles, { id: 'authorised_signatory', name: { zh: '授权签字人', en: 'Authorised signatory' }, source: `${S} 2.2.5` }],
  routes: testingStationProcedure.routes.map((route) =>
    route.classes?.includes('monitoring-data')
      ? {
          ...route,
          silent: {
            ...route.silent,
            sign: 'The authorised signatory approves withdrawing a wrong report (2.2.5) only when the re-test shows the original result wrong: the re-test and withdrawal side path (paths.reportRetest), not a route step.',
          },
        }
      : route,
  ),
};
