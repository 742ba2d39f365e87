import type { RulePackInput } from '../pack-schema';
import { insuranceBranchP5Sanctions } from './insurance-branch-p5-sanctions';
import { insuranceBranchProcedure } from './procedures/insurance-branch';

const S = 'seed003 篇5'; // 保险分公司 客户投诉管理办法

/**
 * The insurance branch's rules (seed003-part1 §5): 一般 / 疑难 / 重大 by direct loss and triggers.
 * 1.1.0 added the routes (procedures/insurance-branch.ts).
 */
export const insuranceBranchP5Pack: RulePackInput = {
  id: 'insurance-branch-p5',
  version: '1.1.0',
  name: { zh: '保险分公司 客户投诉管理办法', en: 'Insurance branch complaint management rules' },
  organisation: { zh: '某保险分公司', en: 'Insurance branch company' },
  source: `${S} 3–6`,
  classes: [
    { code: 'general', label: { zh: '一般投诉件', en: 'General' }, source: `${S} 3.2` },
    { code: 'difficult', label: { zh: '疑难投诉件', en: 'Difficult' }, source: `${S} 3.3` },
    { code: 'major', label: { zh: '重大投诉件', en: 'Major' }, source: `${S} 3.4` },
  ],
  defaultClass: 'general',
  criteria: [
    { id: 'general.clear', classCode: 'general', source: `${S} 3.2`, label: { zh: '案情清晰，分支机构按正常程序可以解决', en: 'Facts clear, resolvable by normal procedure' } },
    {
      id: 'general.loss',
      classCode: 'general',
      source: `${S} 3.2`,
      label: { zh: '直接经济损失5000元（含）以下', en: 'Direct loss up to and including 5,000 元' },
      predicate: { fact: 'directLoss', op: 'lte', value: 5000 },
    },
    { id: 'difficult.influence', classCode: 'difficult', source: `${S} 3.3`, label: { zh: '有重大或恶劣影响', en: 'Major or bad influence' } },
    {
      id: 'difficult.loss',
      classCode: 'difficult',
      source: `${S} 3.3`,
      label: { zh: '直接经济损失5000元–3万元（不含5000元）', en: 'Direct loss over 5,000 and under 30,000 元' },
      predicate: { all: [{ fact: 'directLoss', op: 'gt', value: 5000 }, { fact: 'directLoss', op: 'lt', value: 30000 }] },
      choice: { zh: '“5000元-3万元，不含5000元”，重大为“3万元以上(含)”：5000元为一般，5000.01–29999.99元为疑难，正好30000元为重大。', en: '“5000元-3万元，不含5000元” with “3万元以上(含)” for 重大: 5,000 is 一般, 5,000.01–29,999.99 is 疑难, 30,000 exactly is 重大.' },
    },
    {
      id: 'major.loss',
      classCode: 'major',
      source: `${S} 3.4`,
      label: { zh: '直接经济损失3万元以上（含）', en: 'Direct loss of 30,000 元 or more' },
      predicate: { fact: 'directLoss', op: 'gte', value: 30000 },
    },
    { id: 'major.media', classCode: 'major', source: `${S} 3.4.1`, label: { zh: '媒体介入，可能或已经曝光', en: 'Media involved, possibly or already exposed' }, predicate: { fact: 'mediaInvolved', op: 'eq', value: 1 } },
    { id: 'major.lawsuit', classCode: 'major', source: `${S} 3.4.2`, label: { zh: '获悉客户即将起诉', en: 'Customer known to be about to sue' } },
    { id: 'major.regulator', classCode: 'major', source: `${S} 3.4.3`, label: { zh: '投诉到监管部门', en: 'Complaint lodged with the regulator' }, predicate: { fact: 'regulatorInvolved', op: 'eq', value: 1 } },
    { id: 'major.injury', classCode: 'major', source: `${S} 3.4.4`, label: { zh: '发生或可能发生重大人身伤害后果', en: 'Major personal injury occurred or may occur' } },
    { id: 'major.group', classCode: 'major', source: `${S} 3.4.5`, label: { zh: '5人（含）以上的群体投诉', en: 'Group complaint of 5 or more persons' }, predicate: { fact: 'groupSize', op: 'gte', value: 5 } },
    { id: 'major.other', classCode: 'major', source: `${S} 3.4.6`, label: { zh: '其他引起重大负面影响的特殊投诉', en: 'Other special complaints with major negative impact' } },
  ],
  invalidReasons: [],
  deadlines: [
    { milestone: 'dispatch', from: 'received', duration: { unit: 'minutes', amount: 20 }, source: `${S} 5.1` },
    { milestone: 'firstContact', from: 'received', duration: { unit: 'hours', amount: 1 }, source: `${S} 5.2.3`, choice: { zh: '“最迟在1小时内”从分公司客户服务中心受理时起算，也就是本程序记录受理的时间。', en: '“最迟在1小时内” counted from receipt at the branch service centre, which is when the app records receipt.' } },
    { milestone: 'reply', classes: ['general'], from: 'received', duration: { unit: 'workingDays', amount: 1 }, source: `${S} 5.2.4` },
    { milestone: 'reply', classes: ['difficult', 'major'], from: 'received', duration: { unit: 'workingDays', amount: 3 }, source: `${S} 5.2.5` },
    { milestone: 'reportToBranch', classes: ['major'], from: 'received', duration: { unit: 'halfWorkingDays', amount: 1 }, source: `${S} 4.5.4` },
    {
      milestone: 'dispatch',
      step: 'handover.coHandling',
      label: { zh: '投诉材料移交协办部门和机构总经理室', en: 'Case papers handed to the co-handling department and the GM office' },
      onlyIfFlag: 'co_handling',
      from: 'received',
      duration: { unit: 'sameWorkingDay' },
      source: `${S} 5.2.2`,
      choice: { zh: '“应于当日”指受理当天的下班时间之前（下班后或休息日受理的，为下一个工作日下班时间）；只适用于勾选了“服务或核保部门无法自行处理”的案件。记录一条注明这一步的处理记录即算完成。', en: '“应于当日” read as by closing time of the day received (the next working day’s close when received after closing or on a day off); only for a case ticked as one the service or underwriting department cannot handle itself. Met by a handling-log entry naming this step.' },
    },
    {
      milestone: 'reportToBranch',
      step: 'resultFeedback',
      label: { zh: '处理结果反馈客服中心', en: 'Result fed back to the service centre' },
      from: 'resolved',
      duration: { unit: 'sameWorkingDay' },
      source: `${S} 5.3`,
      choice: { zh: '“处理完毕后同一工作日内”指处理完毕那个工作日的下班时间之前（下班后或休息日处理完毕的，为下一个工作日下班时间）。记录一条注明这一步的处理记录即算完成。', en: '“处理完毕后同一工作日内” read as by closing time of the working day handling finished (the next working day’s close when it finished after closing or on a day off). Met by a handling-log entry naming this step.' },
    },
    { milestone: 'callBack', from: 'resolved', duration: { unit: 'nextDay' }, source: `${S} 5.3` },
    { milestone: 'filingToHeadOffice', classes: ['major'], from: 'closed', duration: { unit: 'workingDays', amount: 3 }, source: `${S} 4.5.5` },
    {
      milestone: 'monthlyReport',
      from: 'closed',
      duration: { unit: 'dayOfNextMonth', day: 10, inclusive: false },
      source: `${S} 4.5.6`,
      choice: { zh: '“每月10日前”指结案次月的10日开始之前（10日00:00前）。', en: '“每月10日前” read as before the 10th begins (00:00 on the 10th) of the month after the month of closing.' },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'time-sensitive.leader',
      when: { flag: 'time_sensitive' },
      notify: [{ zh: '分管领导', en: 'Leader in charge' }],
      to: ['leader_in_charge'],
      limit: { unit: 'minutes', amount: 20 },
      source: `${S} 5.1`,
      choice: { zh: '“对于时效性要求较高的投诉，要同时发送分管领导”：受理人在受理时勾选“时效性要求较高”；“同时”指与派单同在20分钟内。', en: '“对于时效性要求较高的投诉，要同时发送分管领导”: the receiver ticks 时效性要求较高 at intake; “同时” = within the same 20 minutes as the dispatch.' },
    },
    {
      id: 'dispatch.responsible',
      when: {},
      notify: [{ zh: '中心支公司或部门的投诉责任人', en: 'Complaint owner of the sub-branch or department' }],
      to: ['handler'],
      limit: { unit: 'minutes', amount: 20 },
      source: `${S} 5.1`,
      choice: { zh: '“在接到后20分钟内发到相应中心支公司或部门投诉责任人”：投诉责任人对应“投诉处理专人”角色，即本站所有处理人，从受理起算；派单时指定其中一人。', en: '“在接到后20分钟内发到相应中心支公司或部门投诉责任人”: the complaint owner → the handler role (投诉处理专人), every handler of the site, from receipt; dispatching names one of them.' },
    },
    {
      id: 'major.branch-head',
      when: { classCode: 'major' },
      notify: [{ zh: '分公司负责人', en: 'Branch head' }],
      to: ['general_manager'],
      limit: { unit: 'minutes', amount: 20 },
      source: `${S} 5.1`,
      choice: { zh: '“对于重大投诉，同时发送分公司负责人”：“同时”指同在20分钟内。分公司负责人对应“总经理”角色，即本程序中分公司的负责人。', en: '“对于重大投诉，同时发送分公司负责人”: “同时” = within the same 20 minutes. 分公司负责人 → the general manager role, the branch’s head in the app.' },
    },
    {
      id: 'media.gm-legal',
      when: { fact: 'mediaInvolved' },
      notify: [{ zh: '分公司总经理室', en: 'Branch GM office' }, { zh: '法务室', en: 'Legal office' }],
      to: ['general_manager'],
      limit: { unit: 'minutes', amount: 20 },
      confirmByPhone: true,
      source: `${S} 5.1`,
      choice: { zh: '“要同时发送分公司总经理室和法务室，并电话核实收到情况”：总经理室对应“总经理”角色。本程序没有法务室角色：法务室保留在文字中，电话确认时记录电话打给了谁。', en: '“要同时发送分公司总经理室和法务室，并电话核实收到情况”: 总经理室 → the general manager role. The app has no legal-office role: 法务室 stays in the text, and the phone confirmation records whom the call reached.' },
    },
    {
      id: 'regulator.gm-legal',
      when: { fact: 'regulatorInvolved' },
      notify: [{ zh: '分公司总经理室', en: 'Branch GM office' }, { zh: '法务室', en: 'Legal office' }],
      to: ['general_manager'],
      limit: { unit: 'minutes', amount: 20 },
      confirmByPhone: true,
      source: `${S} 5.1`,
      choice: { zh: '与涉及媒体相同：总经理室对应“总经理”；法务室没有对应角色，在电话确认中写明。', en: 'As for media: 总经理室 → general manager; 法务室 has no role and is named in the phone confirmation.' },
    },
    {
      id: 'major.service-centre',
      when: { classCode: 'major' },
      notify: [{ zh: '分公司客户服务中心', en: 'Branch customer service centre' }],
      to: ['call_centre'],
      limit: { unit: 'halfWorkingDays', amount: 1 },
      source: `${S} 4.5.4`,
      choice: { zh: '“接到重大投诉案件后，须于半个工作日之内上报分公司客户服务中心”：分公司客户服务中心对应“呼叫中心/客服中心”角色。', en: '“接到重大投诉案件后，须于半个工作日之内上报分公司客户服务中心”: the branch’s 客户服务中心 → the call centre role (呼叫中心/客服中心).' },
    },
    {
      id: 'major.closed.head-office',
      when: { classCode: 'major', event: 'closed' },
      notify: [{ zh: '总公司（报备处理方案）', en: 'Head office (the handling plan filed)' }],
      to: ['head_office'],
      limit: { unit: 'workingDays', amount: 3 },
      source: `${S} 4.5.5`,
      choice: { zh: '“须于结案后3个工作日内将处理方案报备总公司”：总公司对应总部，在总部控制台确认收到；处理方案随案件记录一起同步上传。', en: '“须于结案后3个工作日内将处理方案报备总公司”: 总公司 → head office, acknowledged in its console; the plan itself travels with the case record by sync.' },
    },
    {
      id: 'result.service-centre',
      when: { event: 'resolved' },
      notify: [{ zh: '客服中心（反馈处理结果）', en: 'Customer service centre (result fed back)' }],
      to: ['call_centre'],
      limit: { unit: 'sameWorkingDay' },
      source: `${S} 5.3`,
      choice: { zh: '“在投诉处理完毕后同一工作日内将处理结果反馈客服中心”：客服中心对应“呼叫中心/客服中心”角色，由它在次日之前回访（即回访时限）。', en: '“在投诉处理完毕后同一工作日内将处理结果反馈客服中心”: 客服中心 → the call centre role, which then calls back by the next day (the callBack deadline).' },
    },
  ],
  flags: [
    { id: 'time_sensitive', source: `${S} 5.1`, label: { zh: '时效性要求较高的投诉', en: 'Complaint with a high demand for timeliness' } },
    { id: 'co_handling', source: `${S} 5.2.2`, label: { zh: '客户服务部门或承保部门不能直接处理，须移交协办部门', en: 'Service or underwriting department cannot handle it; hand over to a co-handling department' } },
  ],
  causes: [
    { code: 'attitude', sanctionArticle: 'p5.6.3', source: `${S} 6.3`, label: { zh: '态度类', en: 'Attitude' } },
    { code: 'timeliness', sanctionArticle: 'p5.6.3', source: `${S} 6.3`, label: { zh: '时效类', en: 'Timeliness' } },
    {
      code: 'claim_refusal',
      source: `${S} 6.4`,
      label: { zh: '拒赔类', en: 'Claim refusal' },
      choice: { zh: '按拒赔管理办法处理，原文中没有该办法；不自动计算后果。', en: 'Handled under the claim-refusal rules (拒赔管理办法), which are not in the source; no consequence is computed.' },
    },
  ],
  // Penalties and rewards with their fines (6. 罚则), in their own file.
  sanctions: insuranceBranchP5Sanctions,
  // Who receives, handles and calls back (4, 5).
  procedure: insuranceBranchProcedure,
};

/** 1.0.0, before the routes: kept shipped so a complaint graded by it keeps its rules. */
export const insuranceBranchP5PackV100: RulePackInput = { ...insuranceBranchP5Pack, version: '1.0.0', procedure: undefined };
