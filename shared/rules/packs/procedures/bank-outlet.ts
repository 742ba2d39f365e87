import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度4'; // 银行 营业网点客户投诉处理规范

/**
 * The outlet's posts (第四条) and its one route (the source grades no class):
 * every employee receives and handles within their post (首问负责制, 第六条),
 * the complaint manager takes what is beyond it, the outlet head confirms a
 * case beyond the outlet (第八条(四)) and signs the register entry of the
 * handling and reply (第八条(三), 第十条(二)).
 */
export const bankOutletProcedure: ProcedureInput = {
  source: `${S} 第四条, 第六条, 第八条–第十一条`,
  roles: [
    { id: 'outlet_head', name: { zh: '网点负责人', en: 'Outlet head' }, source: `${S} 第四条` },
    { id: 'complaint_manager', name: { zh: '投诉管理人', en: 'Complaint manager' }, source: `${S} 第四条, 第六条` },
    {
      id: 'first_employee',
      name: { zh: '首位受理员工', en: 'First receiving employee' },
      source: `${S} 第四条, 第六条`,
      choice: { zh: '“营业网点所有员工均负有受理客户投诉的义务”：网点每位员工都可以对应到这个岗位。', en: '“营业网点所有员工均负有受理客户投诉的义务”: every employee of the outlet may be mapped to it.' },
    },
  ],
  routes: [
    {
      source: `${S} 第六条, 第八条`,
      steps: {
        receive: { roles: ['first_employee', 'complaint_manager'], source: `${S} 第四条, 第六条, 第八条(一)` },
        handle: {
          roles: ['first_employee', 'complaint_manager'],
          source: `${S} 第六条`,
          choice: { zh: '投诉是否在首位受理员工的岗位权限之内，由其本人判断：两个岗位都可以办理处理步骤；超出权限的，指派给投诉管理人。', en: 'Whether a case is within the first employee’s post authority is their judgement: either may take the handling steps; one beyond it is assigned to the complaint manager.' },
        },
        refer: { roles: ['outlet_head'], source: `${S} 第七条(三), 第八条(四), 第九条, 第十条(三)` },
        sign: {
          roles: ['outlet_head'],
          before: 'close',
          source: `${S} 第八条(三), 第十条(二), 第十一条(一)3`,
          choice: { zh: '“投诉管理人要在意见登记簿上记录处理和回复情况，并由网点负责人签字确认”：在登记答复之后、结案之前签字。', en: '“投诉管理人要在意见登记簿上记录处理和回复情况，并由网点负责人签字确认”: after the reply is recorded, before the case closes.' },
        },
      },
      handOver: [{ from: 'first_employee', to: 'complaint_manager', source: `${S} 第六条, 第八条(一)`, choice: { zh: '“超出其权限…转交投诉管理人”：由首位受理员工把投诉指派给一位投诉管理人。', en: '“超出其权限…转交投诉管理人”: the first employee assigns the case to a complaint manager.' } }],
      silent: {
        review: 'No review is named.',
        approve:
          '“请示网点负责人处理” (第八条(三)) asks the head for instructions on a case not answered on the spot; it names no approval the reply waits for, so the instructions go in the handling log.',
        close: 'The source names no call-back nor who closes: the app’s own call-back rights apply.',
      },
    },
  ],
};
