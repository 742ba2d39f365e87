import type { RulePackInput } from '../pack-schema';
import { franchiseSalesProcedure } from './procedures/franchise-sales';

const S = 'seed002 客户管理制度14'; // 销售中心综合服务部 客户投诉处理规定（1.0–7.0）
const SECOND_COMPLAINT_LABEL = { zh: '消费者或加盟商针对同一事件的二次投诉', en: 'Second complaint by a consumer or franchisee about the same event' };

/**
 * The franchise sales centre's complaint rules (seed002-part2 §9): levels
 * 1 / 2 / 3 by seriousness and urgency with the source's criteria and examples
 * (4.3), contact and 《投诉处理单》 within one working day (5.1.1), weekly
 * progress contact (5.3.1.5) and escalation on a satisfaction answer of 4 or 5
 * (5.3.1.6).
 */
export const seed002Doc14FranchiseSalesPack: RulePackInput = {
  id: 'seed002-doc14-franchise-sales',
  version: '1.3.0',
  name: { zh: '客户投诉处理规定', en: 'Customer complaint handling rules' },
  organisation: { zh: '某加盟品牌销售中心综合服务部', en: 'Franchise brand sales centre, integrated service department' },
  source: `${S} 1.0–7.0`,
  classes: [
    { code: 'level1', label: { zh: '一级投诉（普通投诉）', en: 'Level 1 (ordinary)' }, source: `${S} 4.3.1` },
    { code: 'level2', label: { zh: '二级投诉（较严重投诉）', en: 'Level 2 (fairly serious)' }, source: `${S} 4.3.2` },
    { code: 'level3', label: { zh: '三级投诉（非常严重投诉）', en: 'Level 3 (very serious)' }, source: `${S} 4.3.3` },
  ],
  defaultClass: 'level1',
  criteria: [
    {
      id: 'level1.concrete-problem',
      classCode: 'level1',
      source: `${S} 4.3.1`,
      label: {
        zh: '以解决具体问题为目的、可由一级受理人直接处理并让投诉者满意处理意见的投诉事件',
        en: 'Aimed at solving a concrete problem; a level-1 handler can handle it directly to the complainant’s satisfaction',
      },
    },
    { id: 'level1.repair', classCode: 'level1', source: `${S} 4.3.1`, label: { zh: '消费者对于产品质量不满要求维修的投诉', en: 'Consumer unhappy with product quality asks for repair' } },
    { id: 'level1.delivery', classCode: 'level1', source: `${S} 4.3.1`, label: { zh: '加盟商关于到货数量或质量的投诉', en: 'Franchisee complains about quantity or quality of goods delivered' } },
    { id: 'level2.emotional', classCode: 'level2', source: `${S} 4.3.2`, label: { zh: '结合某事带有情绪反馈类的投诉', en: 'A complaint about a matter with emotional feedback' } },
    { id: 'level2.beyond-level1', classCode: 'level2', source: `${S} 4.3.2`, label: { zh: '超出一级受理人权限范围的投诉', en: 'Beyond the level-1 handler’s authority' } },
    {
      id: 'level2.second-complaint',
      classCode: 'level2',
      source: `${S} 4.3.2`,
      label: SECOND_COMPLAINT_LABEL,
      predicate: { repeatOf: ['same_matter'] },
      choice: {
        zh: '自动计算，不由人勾选（自 1.1.0 版起）：受理时工作人员把这件投诉关联到重复匹配提供的同一事件的先前投诉（同一客户、同一问题类别、在重复投诉期限内）时触发。关联到第二次投诉的第三次投诉同样算：“二次”理解为“再次”。',
        en: 'Computed, not ticked (since 1.1.0): the complaint fires it when staff linked it at intake to an earlier one the repeat match offers as the same matter (the same customer, the same problem category, within `repeat.windowDays`). A third complaint linked to the second counts as well: “二次” is read as “again”.',
      },
    },
    { id: 'level2.store-attitude', classCode: 'level2', source: `${S} 4.3.2`, label: { zh: '消费者对店铺服务态度不满意的投诉', en: 'Consumer unhappy with a store’s service attitude' } },
    { id: 'level2.regional-service', classCode: 'level2', source: `${S} 4.3.2`, label: { zh: '加盟商对于大区客服服务质量不满的投诉', en: 'Franchisee unhappy with the regional customer service' } },
    { id: 'level2.policy', classCode: 'level2', source: `${S} 4.3.2`, label: { zh: '加盟商对于某项政策不理解、不满意的投诉', en: 'Franchisee does not understand or is unhappy with a policy' } },
    {
      id: 'level3.reputation',
      classCode: 'level3',
      source: `${S} 4.3.3`,
      label: {
        zh: '可能影响到公司声誉、利益或可能影响到加盟商经营管理的投诉，已超出综合服务部责权范围，需向上汇报解决',
        en: 'May affect the company’s reputation or interests or a franchisee’s operations; beyond the department’s authority, must be reported up',
      },
    },
    {
      id: 'level3.12315',
      classCode: 'level3',
      source: `${S} 4.3.3`,
      label: { zh: '消费者投诉12315的行为', en: 'Consumer complains to 12315' },
      choice: { zh: '由人勾选，不按“涉及监管部门”自动计算：原文只提到12315热线，不是所有监管部门。', en: 'Ticked, not computed from regulatorInvolved: the source names the 12315 hotline only, not every regulator.' },
    },
    { id: 'level3.batch-new-product', classCode: 'level3', source: `${S} 4.3.3`, label: { zh: '加盟商对新品质量的批量投诉', en: 'Franchisees’ batch complaints about new-product quality' } },
    { id: 'level3.inaction', classCode: 'level3', source: `${S} 4.3.3`, label: { zh: '加盟商对职能部门不作为的投诉', en: 'Franchisee complains that a functional department does nothing' } },
  ],
  invalidReasons: [],
  repeat: {
    windowDays: 90,
    source: `${S} 4.3.2`,
    choice: { zh: '“针对同一事件的二次投诉”没有规定期限：本程序把同一客户最近90个自然日内的投诉列为可能的重复投诉，与篇6规则包选用的期限相同（一个季度）。可在此修改。', en: '“针对同一事件的二次投诉” gives no period: the same customer’s complaints of the last 90 calendar days are offered as repeats, the period the 篇6 pack chose (a quarter). Change it here.' },
  },
  deadlines: [
    {
      milestone: 'firstContact',
      label: { zh: '与客户本人或其代理人取得联系', en: 'Contact the customer or their agent' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 1 },
      source: `${S} 5.1.1`,
    },
    {
      milestone: 'handlingSheet',
      label: { zh: '如实记录于《投诉处理单》', en: 'Record the complaint truthfully in the complaint handling sheet' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 1 },
      source: `${S} 5.1.1, 5.4.1.1`,
    },
    {
      milestone: 'progressContact',
      label: { zh: '每周主动联系客户至少一次，回复受理进度', en: 'Contact the customer at least once a week with progress' },
      from: 'received',
      duration: { unit: 'calendarDays', amount: 7 },
      source: `${S} 5.3.1.5`,
      choice: {
        zh: '规则结构不支持周期性时限：只对第一次每周联系计时，在受理后第7个自然日结束前完成。“遇处理周期较长的事项”（只限周期长的案件）和对二、三级的“视情加强”没有给出数字，没有写入规则。',
        en: 'The schema has no repeating deadline: only the first weekly contact is timed, by the end of the 7th calendar day after receipt. “遇处理周期较长的事项” (long cases only) and “视情加强” for levels 2 and 3 give no number and are not encoded.',
      },
    },
  ],
  escalationTriggers: [
    {
      code: 'dissatisfied',
      label: {
        zh: '客户选择第4或第5项答案（4-不满意、5-很不满意），视为自动升级到下一级别，重新填报《投诉处理单》',
        en: 'Customer answers 4 (dissatisfied) or 5 (very dissatisfied): automatically escalated to the next level, with a new complaint handling sheet',
      },
      source: `${S} 5.3.1.6`,
      predicate: { fact: 'satisfaction', op: 'gte', value: 4 },
      choice: {
        zh: '自 1.3.0 起，升级即按本规则包的“升级到下一级别后重新处理”计算：等级升高一级，不再靠勾选。答复 1–3 即结束这件投诉。',
        en: 'Since 1.3.0 the escalation is computed by the pack’s restart at the next level: the level goes one up, no longer by ticking. Answers 1–3 close the complaint.',
      },
    },
    {
      code: 'level3-not-satisfied',
      label: { zh: '三级投诉按正常程序受理而客户对结果不能满意者，由行政中心提交总经理例会研究处理', en: 'Level-3 complaint still unsatisfied: the administration centre takes it to the general manager’s regular meeting' },
      source: `${S} 5.3.1.7`,
    },
  ],
  notifications: [
    {
      id: 'level2.manager',
      when: { classCode: 'level2' },
      notify: [{ zh: '二级受理人（综合服务部经理/主管）', en: 'Level-2 handler (department manager / supervisor)' }],
      to: ['unit_head'],
      limit: { term: 'immediately' },
      source: `${S} 5.1.1.2`,
      choice: { zh: '“一级受理人立即将《投诉处理单》传递给二级受理人”：部门经理或主管对应“部门负责人”角色；“立即”按本站设定的“立即”分钟数。', en: '“一级受理人立即将《投诉处理单》传递给二级受理人”: the department manager or supervisor → the unit head role; 立即 → the site’s “immediately”.' },
    },
    {
      id: 'level3.directors',
      when: { classCode: 'level3' },
      notify: [
        { zh: '二级受理人（综合服务部经理）', en: 'Level-2 handler (department manager)' },
        { zh: '销售中心总监', en: 'Sales-centre director' },
        { zh: '行政中心总监', en: 'Administration-centre director' },
      ],
      to: ['unit_head', 'leader_in_charge'],
      limit: { term: 'immediately' },
      source: `${S} 5.1.1.3`,
      choice: {
        zh: '一级受理人立即报告经理（部门负责人），由经理向两位总监作专项汇报；投诉为三级时通知所有人。两位总监对应“分管领导”角色：本程序中指挥处理的这一层级只有一个角色。',
        en: 'The level-1 handler reports at once to the manager (unit head), who makes the special report (专项汇报) to both directors; all are told when the complaint is level 3. The two directors → the leader in charge role: the app has one role for the level that directs handling.',
      },
    },
    {
      id: 'level3.dissatisfied.meeting',
      when: { classCode: 'level3', event: 'dissatisfied' },
      notify: [{ zh: '行政中心（提交总经理例会）', en: 'Administration centre (to the general manager’s regular meeting)' }],
      to: ['leader_in_charge'],
      copyTo: ['general_manager'],
      source: `${S} 5.3.1.7`,
      choice: { zh: '行政中心总监对应“分管领导”；总经理通过例会研究该案件，抄送给他。原文没有规定例会日期。', en: 'The administration centre’s director → leader in charge; the general manager, whose regular meeting takes the case, is copied. The meeting has no date in the source.' },
    },
  ],
  // 5.4 违规处罚规定: the fines per occurrence, as the source states them.
  sanctions: [
    {
      code: 'doc14.5.4.1.1',
      kind: 'penalty',
      label: { zh: '受理人未遵守1个工作日内应诉并填报《投诉处理单》的，给予30元/次负激励', en: 'Handler did not respond and fill in the complaint handling sheet within 1 working day' },
      source: `${S} 5.4.1.1`,
      measures: ['fine'],
      fine: { min: 30, max: 30 },
      choice: { zh: '“负激励”记为按元计的罚款；“30元/次”：每发生一次记一条。', en: '“负激励” (negative incentive) is recorded as a fine in 元; “30元/次”: one record per occurrence.' },
    },
    {
      code: 'doc14.5.4.1.2',
      kind: 'penalty',
      label: { zh: '受理人未按受理权责及业务指引操作，造成客户对其投诉的，视情给予30元—100元/次负激励', en: 'Handler ignored the authority rules and guidance, and the customer complained about the handler' },
      source: `${S} 5.4.1.2`,
      measures: ['fine'],
      fine: { min: 30, max: 100 },
      choice: { zh: '“视情况罚款30元—100元/次”：在这个范围内罚多少，由工作人员视情况判断。', en: '“视情况罚款30元—100元/次”: the amount within the range is the person’s judgement of the circumstances.' },
    },
    {
      code: 'doc14.5.4.1.3',
      kind: 'penalty',
      label: { zh: '受理人处理完毕后未按规定咨询客户对处理结果满意度评估的，或是有私自填写舞弊行为的，视情给予50—100元/次负激励', en: 'Satisfaction not asked as required after handling, or filled in privately / falsified' },
      source: `${S} 5.4.1.3`,
      measures: ['fine'],
      fine: { min: 50, max: 100 },
      choice: { zh: '“视情况罚款50元—100元/次”：在这个范围内罚多少，由工作人员视情况判断。', en: '“视情况罚款50元—100元/次”: the amount within the range is the person’s judgement of the circumstances.' },
    },
  ],
  // Since 1.2.0: who takes each level's steps (4.2, 5.1.1).
  procedure: franchiseSalesProcedure,
  // Since 1.3.0: an answer of 4 or 5 restarts the complaint one level up (5.3.1.6).
  restartOnEscalation: {
    reasons: ['dissatisfied', 'callback_dissatisfied'],
    source: `${S} 5.3.1.6`,
    choice: {
      zh: '“客户选择第4或第5项答案，视为自动升级到下一级别，则重新填报《投诉处理单》记录情况并上报相应受理人”：每记录一次这样的升级（回访时客户不满意，或由人按“客户选择第4或第5项答案”升级），投诉就升高一级（一级→二级→三级），从此由该级别的路线办理（二级由二级受理人处理、三级受理人审核；三级由三级受理人指导）；从受理起算的时限（1个工作日内联系客户并填报《投诉处理单》、每周联系）改从升级时起算，升级前完成的这些步骤要重新完成。回访不满意会使本案回到处理中，所以不再重新受理分派：上一级的受理人直接按路线处理。三级投诉仍不满意的，不再升级，由行政中心提交总经理例会（5.3.1.7，见通知）。同一次不满意只记录一次升级：回访不满意已自动升级，就不要再手工升级。',
      en: '“客户选择第4或第5项答案，视为自动升级到下一级别，则重新填报《投诉处理单》记录情况并上报相应受理人”: each such escalation on record (a dissatisfied call-back, or a person escalating for “answer 4 or 5”) raises the complaint one level (1 → 2 → 3), and from then on the route of that level runs it (level 2: handled by the level-2 handler, reviewed by level 3; level 3: directed by level 3); the limits counted from receipt (contact and the 《投诉处理单》 within 1 working day, the weekly contact) count from the escalation, and those steps met before it are to be met again. A dissatisfied call-back sends the case back to handling, so it is not accepted and assigned again: the higher level’s handler takes it up by the route. A level-3 complaint still unsatisfied goes no higher: the administration centre takes it to the general manager’s meeting (5.3.1.7, a notification). One dissatisfaction is one escalation: after a dissatisfied call-back, which escalates by itself, do not escalate it by hand as well.',
    },
  },
};

/** 1.2.0, before the restart at the next level: kept shipped for the complaints graded by it. */
export const seed002Doc14FranchiseSalesPackV120: RulePackInput = {
  ...seed002Doc14FranchiseSalesPack,
  version: '1.2.0',
  restartOnEscalation: undefined,
  escalationTriggers: seed002Doc14FranchiseSalesPack.escalationTriggers.map((t) =>
    t.code === 'dissatisfied'
      ? {
          ...t,
          choice: {
            zh: '触发升级后，新的《投诉处理单》要靠勾选比当前高一级，因为条件无法表达“升一级”。答复 1–3 即结束这件投诉。',
            en: 'The trigger fires; the new 《投诉处理单》 is graded one level above the current one by ticking, since a criterion cannot say “one level up”. Answers 1–3 close the complaint.',
          },
        }
      : t,
  ),
};

/** 1.1.0, before the handler levels were run as routes: kept shipped for the complaints graded by it. */
export const seed002Doc14FranchiseSalesPackV110: RulePackInput = { ...seed002Doc14FranchiseSalesPackV120, version: '1.1.0', procedure: undefined };

/**
 * 1.0.0, where “二次投诉” (4.3.2) was a tick: kept shipped so a complaint graded by it keeps its rules
 * (rule-pack-catalog.ts finds the version a complaint names).
 */
export const seed002Doc14FranchiseSalesPackV100: RulePackInput = {
  ...seed002Doc14FranchiseSalesPackV120,
  version: '1.0.0',
  repeat: undefined,
  procedure: undefined,
  criteria: seed002Doc14FranchiseSalesPack.criteria.map((c) =>
    c.id === 'level2.second-complaint' ? { id: c.id, classCode: c.classCode, source: c.source, label: SECOND_COMPLAINT_LABEL } : c,
  ),
};
