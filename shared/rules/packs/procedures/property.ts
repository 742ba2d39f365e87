import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度8'; // xx物业管理服务有限公司 顾客投诉处理

const RECEIVE_AT_DESK = {
  roles: ['front_desk'],
  source: `${S} 具体内容2`,
  choice: {
    zh: '员工接到投诉后记录并反馈客户中心前台（具体内容1）；由前台“汇总、核实、分析…作出相应的处理办法”并传递给相关部门：受理这一步由前台办理。',
    en: 'The employee who takes the complaint records it and passes it to the customer-centre front desk (具体内容1); the desk “汇总、核实、分析…作出相应的处理办法” and passes it on: the desk takes the receive step.',
  },
};

const NO_APPROVAL = {
  sign: 'No signature is named.',
  approve: 'No approval is named before the reply or the close.',
};

/**
 * The property company's posts (具体内容1–8) and its three routes by the
 * nature of the complaint (具体内容2): the customer-centre front desk takes
 * every complaint and passes a routine one to the responsible department,
 * explains an unreasonable one itself with the department head stepping in,
 * and for an emergency or major matter the receiver or the desk tells the
 * department, the management-office head and the supervising leader report it
 * upwards, and the developer's customer service department verifies the work
 * together with the property company before the customer is called back.
 */
export const propertyProcedure: ProcedureInput = {
  source: `${S} 具体内容1–8`,
  roles: [
    {
      id: 'first_asker',
      name: { zh: '首问人（接报人）', en: 'First contact (receiver)' },
      source: `${S} 具体内容1, 6, 8`,
      choice: { zh: '“凡属xx公司之员工，当接到顾客投诉时”：每位员工都可以对应到这个岗位。', en: '“凡属xx公司之员工，当接到顾客投诉时”: every employee may be mapped to it.' },
    },
    { id: 'front_desk', name: { zh: '客户中心前台', en: 'Customer-centre front desk' }, source: `${S} 具体内容2, 3, 5` },
    { id: 'department', name: { zh: '相关责任部门', en: 'Responsible department' }, source: `${S} 具体内容2, 4, 5, 6` },
    { id: 'department_head', name: { zh: '部门负责人', en: 'Department head' }, source: `${S} 具体内容3` },
    { id: 'office_head', name: { zh: '管理处负责人', en: 'Management-office head' }, source: `${S} 具体内容6` },
    { id: 'supervising_leader', name: { zh: '物业公司主管领导', en: 'Property company’s supervising leader' }, source: `${S} 具体内容6, 7` },
    { id: 'board_leader', name: { zh: '董事领导', en: 'Board leader' }, source: `${S} 具体内容7` },
    {
      id: 'developer_service',
      name: { zh: '发展商客户服务部', en: 'Developer’s customer service department' },
      source: `${S} 具体内容7`,
      choice: {
        zh: '外单位：网点可以把负责联络发展商的用户对应到这个岗位，由其登记发展商的验证；没有对应的人时，重大事项无法完成会同验证。',
        en: 'An outside company: the site maps the user who liaises with the developer, who records the developer’s verification; with no one mapped a major matter cannot complete the joint verification.',
      },
    },
  ],
  routes: [
    {
      classes: ['routine'],
      source: `${S} 具体内容2, 4, 5`,
      steps: {
        receive: RECEIVE_AT_DESK,
        handle: { roles: ['department'], source: `${S} 具体内容4, 5` },
        close: {
          roles: ['front_desk'],
          source: `${S} 具体内容5`,
          choice: {
            zh: '“反馈客户中心，以便跟进验证和回访顾客”：客户中心验证后回访；验证由回访的人在回访时一并确认，原文没有规定由另一人审核。',
            en: '“反馈客户中心，以便跟进验证和回访顾客”: the customer centre verifies, then calls back; the verification is confirmed by whoever calls back, the source naming no review by another person.',
          },
        },
      },
      handOver: [{ from: 'front_desk', to: 'department', source: `${S} 具体内容2`, choice: { zh: '“于12小时内向相关部门传递”：前台把投诉指派给相关责任部门的人。', en: '“于12小时内向相关部门传递”: the desk assigns the case to someone of the responsible department.' } }],
      silent: { ...NO_APPROVAL, refer: 'No referral is named for a routine complaint.', review: 'No review by another person is named (see close).' },
    },
    {
      classes: ['unreasonable'],
      source: `${S} 具体内容3`,
      steps: {
        receive: RECEIVE_AT_DESK,
        handle: {
          roles: ['front_desk', 'department_head'],
          source: `${S} 具体内容3`,
          choice: {
            zh: '“客户中心须向顾客耐心解释…对于难以说服的顾客，则由部门负责人须出面协调解决”：顾客是否难以说服由前台判断，前台或部门负责人都可以办理处理步骤。',
            en: '“客户中心须向顾客耐心解释…对于难以说服的顾客，则由部门负责人须出面协调解决”: whether the customer cannot be persuaded is the desk’s judgement; the desk or the department head takes the handling steps.',
          },
        },
      },
      handOver: [{ from: 'front_desk', to: 'department_head', source: `${S} 具体内容3` }],
      silent: {
        ...NO_APPROVAL,
        refer: 'No referral is named for an unreasonable complaint.',
        review: 'No review is named.',
        close: 'No call-back is named for an unreasonable complaint (具体内容5 follows a department’s work): the app’s own call-back rights apply.',
      },
    },
    {
      classes: ['major'],
      source: `${S} 具体内容6, 7`,
      steps: {
        receive: {
          roles: ['first_asker', 'front_desk'],
          source: `${S} 具体内容6`,
          choice: { zh: '“接报人或前台人员须于3分钟内知会相关部门作应急处理”：两者都可以受理并把投诉指派给相关部门。', en: '“接报人或前台人员须于3分钟内知会相关部门作应急处理”: either receives it and assigns it to the department.' },
        },
        handle: {
          roles: ['department', 'office_head'],
          source: `${S} 具体内容6`,
          choice: {
            zh: '相关部门作应急处理；“各管理处负责人遇不能解决之重要重大事项”表明管理处负责人也在解决：两者都可以办理处理步骤。主管领导和董事领导的协调、决策记入处理日志。',
            en: 'The department acts as an emergency; “各管理处负责人遇不能解决之重要重大事项” has the management-office head solving it too: either takes the handling steps. The supervising and board leaders’ coordination and decision go in the handling log.',
          },
        },
        refer: { roles: ['office_head', 'supervising_leader'], source: `${S} 具体内容6, 7`, choice: { zh: '管理处负责人上报主管领导，主管领导上报董事领导：两者都可以确认上报。', en: 'The office head reports to the supervising leader, who reports to the board leader: either confirms a referral.' } },
        review: {
          roles: ['developer_service', 'front_desk'],
          jointly: true,
          before: 'close',
          source: `${S} 具体内容7`,
          choice: {
            zh: '“由发展商客户服务部会同物业公司于8小时内跟进验证”：两方各自确认验证，才可以回访结案；物业公司一方由客户中心前台确认（具体内容5“反馈客户中心，以便跟进验证”）。',
            en: '“由发展商客户服务部会同物业公司于8小时内跟进验证”: each party confirms the verification before the call-back closes the case; the property company’s side is the customer-centre front desk (具体内容5 “反馈客户中心，以便跟进验证”).',
          },
        },
        close: {
          roles: ['developer_service', 'front_desk'],
          source: `${S} 具体内容7`,
          choice: { zh: '“并于完成后的2个工作日内回访客户”：回访由两方中的任一方登记。', en: '“并于完成后的2个工作日内回访客户”: either party records the call-back.' },
        },
      },
      handOver: [{ from: 'front_desk', to: 'department', source: `${S} 具体内容6` }],
      silent: {
        ...NO_APPROVAL,
        approve: '董事领导“决策处理” (具体内容7) is the board leader handling a matter referred to him, not an approval the reply waits for: recorded in the handling log.',
      },
    },
  ],
};
