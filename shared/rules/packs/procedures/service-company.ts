import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed004 §D'; // 客户投诉处理机制 (text ends in 第六条)

/**
 * The service company's posts and its one route (第四条, 第五条 一, 第六条):
 * a complaint made to the operating department is handled by its staff; one
 * made over their heads goes to the administration and HR department, which
 * handles it or passes it to the marketing department.
 */
export const serviceCompanyProcedure: ProcedureInput = {
  source: `${S} 第四条, 第五条 一, 第六条`,
  choice: {
    zh: '原文在第六条中断：此后若还有审核、审批或回访的岗位，无法编入。外部投诉由公司高层领导协调（第四条 三），记入处理日志。',
    en: 'The source breaks off in 第六条: any review, approval or call-back post after it cannot be encoded. An external complaint is coordinated by senior leadership (第四条 三), in the handling log.',
  },
  roles: [
    { id: 'operating_staff', name: { zh: '经营部门人员', en: 'Operating-department staff' }, source: `${S} 第四条 一, 第六条 1.1` },
    { id: 'department_head', name: { zh: '部门负责人', en: 'Department head' }, source: `${S} 第五条 一 1, 第六条 1.2` },
    { id: 'admin_hr', name: { zh: '行政人事部', en: 'Administration and HR department' }, source: `${S} 第四条 二` },
    { id: 'marketing', name: { zh: '营销部', en: 'Marketing department' }, source: `${S} 第四条 二` },
  ],
  routes: [
    {
      classes: ['complaint'],
      source: `${S} 第四条, 第六条`,
      steps: {
        receive: {
          roles: ['operating_staff', 'admin_hr'],
          source: `${S} 第四条 一、二`,
          choice: { zh: '正常投诉由经营部门人员受理，直接投诉由行政人事部受理（第四条 一、二）。', en: 'A normal complaint is received by operating staff, a direct one by the administration department (第四条 一、二).' },
        },
        handle: {
          roles: ['operating_staff', 'department_head', 'admin_hr', 'marketing'],
          source: `${S} 第四条 一、二, 第六条 1.1、1.2`,
          choice: {
            zh: '经营部门人员处理正常投诉，超出权限或客户仍不满意时请示部门负责人（第六条 1.2）；直接投诉“由行政人事部或转交营销部按流程处理”：四个岗位都可以办理处理步骤，请示记入处理日志。',
            en: 'Operating staff handle a normal complaint and ask the department head when it exceeds their authority or the customer stays dissatisfied (第六条 1.2); a direct one “由行政人事部或转交营销部按流程处理”: the four posts take the handling steps, the instructions go in the log.',
          },
        },
      },
      handOver: [
        { from: 'admin_hr', to: 'marketing', source: `${S} 第四条 二` },
        { from: 'operating_staff', to: 'department_head', source: `${S} 第六条 1.2` },
      ],
      silent: {
        refer: 'No referral is named (asking the department head is instructions, 第六条 1.2).',
        review: 'No review is named in the surviving text.',
        approve: 'No approval is named in the surviving text.',
        sign: 'No signature is named.',
        close: '回访 is a stage of 第六条 but the text breaks off before naming who calls back: the app’s own rights apply.',
      },
    },
  ],
};
