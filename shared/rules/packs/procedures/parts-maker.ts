import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed004 §I'; // 客诉程度判定标准预案 (proposal of the 客服课, 2013-02-22)

const SECTION = {
  id: 'cs_section',
  name: { zh: '客服课', en: 'Customer service section' },
  source: `${S} 提案人`,
  choice: {
    zh: '提案只点名了提案人客服课，没有写其他岗位：本程序把受理、处理和回访都交给客服课，其他部门的参与记入处理日志。',
    en: 'The proposal names only its author, the customer service section, and no other post: the app gives receiving, handling and the call-back to the section; other departments’ part goes in the log.',
  },
};

const SILENT = {
  refer: 'No referral is named.',
  review: 'No review is named: the proposal grades complaints and says what each grade owes the customer.',
  approve: 'No approval is named.',
  sign: 'No signature is named.',
};

/** One grade's route: the section takes every step; the handling step says what the grade owes the customer. */
function gradeRoute(classCode: string, heading: string, owes: { zh: string; en: string }): ProcedureInput['routes'][number] {
  const at = `${S} 一 ${heading}`;
  const section = { roles: ['cs_section'], source: `${S} 提案人`, choice: SECTION.choice };
  return { classes: [classCode], source: at, steps: { receive: section, handle: { roles: ['cs_section'], source: at, choice: owes }, close: section }, silent: SILENT };
}

/**
 * The parts maker's one post and its routes by grade (一): the customer
 * service section takes every complaint; each grade's handling note says what
 * the source has the company owe the customer (repair parts and an apology,
 * an apologetic talk or visit), which the handler records as done.
 */
export const partsMakerProcedure: ProcedureInput = {
  source: `${S} 提案人, 一`,
  roles: [SECTION],
  routes: [
    gradeRoute('general', '一般程度客诉', {
      zh: '“我司需要提供修补件，对客户进行抱歉性安抚就好”：是否已提供、已安抚由处理人判断并记录。',
      en: '“我司需要提供修补件，对客户进行抱歉性安抚就好”: the handler judges and records that the parts were sent and the customer reassured.',
    }),
    gradeRoute('batch', '批量程度客诉', {
      zh: '“需要对客户进行抱歉性沟通或拜访”：沟通还是拜访由处理人判断并记录。',
      en: '“需要对客户进行抱歉性沟通或拜访”: the handler judges whether to talk or visit and records it.',
    }),
    gradeRoute('serious', '严重程度客诉', {
      zh: '原文没有写严重程度客诉应如何应对（提案“后续会有补充”）：处理方式由处理人决定并记录。',
      en: 'The source says nothing of how a serious complaint is answered (the proposal is to be “supplemented later”): the handler decides and records it.',
    }),
  ],
};
