import type { ProcedureInput, RouteStepRule } from '../../procedure-schema';

const S = 'seed003 篇5'; // 保险分公司 客户投诉管理办法

const RECEIVE = {
  roles: ['service_centre', 'branch_service_dept'],
  source: `${S} 4.4.1, 4.4.3, 4.5.1, 4.5.2, 5.1`,
  choice: {
    zh: '“公司所有工作人员对客户投诉均负有首问接待的职责……填写《客户投诉记录表》，及时转各级客户服务部”（4.1）：首问接待人的记录即本程序的登记，所有用户都可以做；受理并派发（5.1 客服中心在 20 分钟内发到投诉责任人）由分公司客户服务中心或分支机构客户服务部办理。',
    en: '“公司所有工作人员对客户投诉均负有首问接待的职责……填写《客户投诉记录表》，及时转各级客户服务部” (4.1): the first receiver’s record is the app’s intake, open to every user; accepting and dispatching it (5.1: the centre sends it to the complaint owner within 20 minutes) is the branch service centre’s or the sub-branch service department’s.',
  },
} satisfies RouteStepRule;

const HANDLERS = ['complaint_owner', 'cs_manager', 'cs_leader', 'institution_head', 'service_centre', 'branch_service_dept', 'underwriting_dept', 'co_handling_dept'];

const HANDLE_NOTE = {
  zh: '投诉发到中心支公司或部门的投诉责任人（5.1）；每笔由机构客服经理直接处理并直接回复客户，客服经理休假等不能处理时由分管客服工作的领导或机构负责人直接处理（4.5.3）；客户服务部门或承保部门能直接处理的立即处理（5.2.1），不能的当日移交协办部门和机构总经理室（5.2.2）；分公司客服部与客户直接联系、协商处理（5.2.3）：这些岗位都可以办理处理步骤。',
  en: 'The complaint goes to the complaint owner of the sub-branch or department (5.1); each case is handled and answered directly by the institution’s customer service manager, or, when the manager cannot (leave etc.), by the leader in charge of customer service or the institution head (4.5.3); the service or underwriting department handles what it can at once (5.2.1) and hands the rest the same day to the co-handling department and the institution’s GM office (5.2.2); the branch service department negotiates with the customer directly (5.2.3): these posts take the handling steps.',
};

const CLOSE = {
  roles: ['service_centre'],
  source: `${S} 4.4.4, 4.4.5, 5.3`,
  choice: {
    zh: '“客服中心最晚于次日回访，了解并记录客户意见”（5.3），由客服中心综合部回访、客户满意确认并整理归档（4.4.4、4.4.5）：综合部的人员对应到分公司客户服务中心这个岗位。',
    en: '“客服中心最晚于次日回访，了解并记录客户意见” (5.3), the centre’s general section calling back, confirming satisfaction and archiving (4.4.4, 4.4.5): the general section’s staff are mapped to the branch service centre post.',
  },
} satisfies RouteStepRule;

const HAND_OVER = [
  { from: 'service_centre', to: 'complaint_owner', source: `${S} 5.1`, choice: { zh: '“在接到后20分钟内发到相应中心支公司或部门投诉责任人”：由规则包的 20 分钟时限和通知计时。', en: '“在接到后20分钟内发到相应中心支公司或部门投诉责任人”: the pack’s 20-minute limit and notification time it.' } },
  { from: 'service_centre', to: 'cs_manager', source: `${S} 4.5.3` },
  { from: 'cs_manager', to: 'cs_leader', source: `${S} 4.5.3` },
  { from: 'cs_manager', to: 'institution_head', source: `${S} 4.5.3` },
  { from: 'branch_service_dept', to: 'co_handling_dept', source: `${S} 5.2.2`, choice: { zh: '“应于当日将投诉材料移交协办部门和机构总经理室”：机构总经理室是协办部门（4.6）；由规则包的“当日”时限计时。', en: '“应于当日将投诉材料移交协办部门和机构总经理室”: the institution’s GM office is a co-handling department (4.6); the pack’s same-day limit times it.' } },
];

const SILENT = {
  refer: 'No referral is named: reporting a major complaint to the branch service centre within half a working day (4.5.4) and filing its plan with head office after closing (4.5.5) are the pack’s notifications.',
  review: 'No review is named: the difficult-case working group (4.6.3) is set up only “必要时” and decides the plan collectively, in the handling log.',
  approve: 'No approval before the reply is named.',
  sign: 'No signature is named.',
};

/**
 * The insurance branch's posts (4, 5) and its routes: the service centre or a
 * sub-branch service department accepts and dispatches, the complaint owner,
 * the customer service manager (or in their absence the leader in charge or
 * the institution head), the service, underwriting or co-handling departments
 * handle and answer; the service centre calls back. A major complaint may
 * also be handled by the emergency leading group's office (4.4.6).
 */
export const insuranceBranchProcedure: ProcedureInput = {
  source: `${S} 3.1, 4, 5`,
  choice: {
    zh: '信访和纪检监察类投诉由行政人事部门处理（4.3），不属于本办法的业务类投诉，不编入本程序。“可以快速答复的，即时做出答复”（5.2.1）走处理步骤（当场答复的旁路尚未用于本规则包）。',
    en: 'Letters-and-visits and discipline complaints are handled by administration and HR (4.3), outside the business complaints of these rules: not encoded. “可以快速答复的，即时做出答复” (5.2.1) goes through the handling step (the on-the-spot path is not yet used by this pack).',
  },
  roles: [
    { id: 'service_centre', name: { zh: '分公司客户服务中心（含综合部）', en: 'Branch customer service centre (with its general section)' }, source: `${S} 4.4, 5.1–5.3` },
    { id: 'branch_service_dept', name: { zh: '分支机构客户服务部', en: 'Sub-branch customer service department' }, source: `${S} 4.5` },
    { id: 'complaint_owner', name: { zh: '中心支公司或部门投诉责任人', en: 'Complaint owner of the sub-branch or department' }, source: `${S} 5.1` },
    { id: 'cs_manager', name: { zh: '机构客服经理', en: 'Institution’s customer service manager' }, source: `${S} 4.5.3` },
    { id: 'cs_leader', name: { zh: '分管客服工作的领导', en: 'Leader in charge of customer service' }, source: `${S} 4.5.3` },
    { id: 'institution_head', name: { zh: '机构负责人', en: 'Institution head' }, source: `${S} 4.5.3` },
    { id: 'underwriting_dept', name: { zh: '承保部门', en: 'Underwriting department' }, source: `${S} 5.2.1, 5.2.2` },
    {
      id: 'co_handling_dept',
      name: { zh: '协办部门（指定专人）', en: 'Co-handling department (designated person)' },
      source: `${S} 3.1, 4.6, 5.2.2`,
      choice: { zh: '“每个协办部门须由部门负责人指定专人处理”（4.6.1）：站点把指定的专人对应到这个岗位；分公司各部室和各机构总经理室都是协办部门（4.6）。', en: '“每个协办部门须由部门负责人指定专人处理” (4.6.1): the site maps the designated person to this post; the branch’s departments and the institutions’ GM offices are all co-handling departments (4.6).' },
    },
    { id: 'emergency_office', name: { zh: '突发事件处置领导小组办公室', en: 'Emergency leading group office' }, source: `${S} 4.4.6` },
  ],
  routes: [
    {
      classes: ['general', 'difficult'],
      source: `${S} 4.5.3, 5.1–5.3`,
      steps: { receive: RECEIVE, handle: { roles: HANDLERS, source: `${S} 4.5.3, 5.1, 5.2.1–5.2.3`, choice: HANDLE_NOTE }, close: CLOSE },
      handOver: HAND_OVER,
      silent: SILENT,
    },
    {
      classes: ['major'],
      source: `${S} 4.4.6, 4.5.3, 5.1–5.3`,
      steps: {
        receive: RECEIVE,
        handle: {
          roles: [...HANDLERS, 'emergency_office'],
          source: `${S} 4.4.6, 4.5.3, 5.1, 5.2.1–5.2.3`,
          choice: { zh: `“分公司协助突发事件处臵领导小组办公室处理重大投诉案件”（4.4.6）：重大投诉还可以由该办公室办理处理步骤。${HANDLE_NOTE.zh}`, en: `“分公司协助突发事件处臵领导小组办公室处理重大投诉案件” (4.4.6): the emergency office may also take a major complaint’s handling steps. ${HANDLE_NOTE.en}` },
        },
        close: CLOSE,
      },
      handOver: [...HAND_OVER, { from: 'service_centre', to: 'emergency_office', source: `${S} 4.4.6` }],
      silent: SILENT,
      choice: { zh: '重大上访及群体性投诉参照分公司应急办法处理（2），该办法不在原文中。', en: 'Major petitions and group complaints follow the branch’s emergency measures (2), which are not in the source.' },
    },
  ],
};
