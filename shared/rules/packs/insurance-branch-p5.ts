import type { RulePackInput } from '../pack-schema';
import { insuranceBranchP5Sanctions } from './insurance-branch-p5-sanctions';

const S = 'seed003 篇5'; // 保险分公司 客户投诉管理办法

/** The insurance branch's rules (seed003-part1 §5): 一般 / 疑难 / 重大 by direct loss and triggers. */
export const insuranceBranchP5Pack: RulePackInput = {
  id: 'insurance-branch-p5',
  version: '1.0.0',
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
      choice: '“5000元-3万元，不含5000元” with “3万元以上(含)” for 重大: 5,000 is 一般, 5,000.01–29,999.99 is 疑难, 30,000 exactly is 重大.',
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
    { milestone: 'firstContact', from: 'received', duration: { unit: 'hours', amount: 1 }, source: `${S} 5.2.3`, choice: '“最迟在1小时内” counted from receipt at the branch service centre, which is when the app records receipt.' },
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
      choice: '“应于当日” read as by closing time of the day received (the next working day’s close when received after closing or on a day off); only for a case ticked as one the service or underwriting department cannot handle itself. Met by a handling-log entry naming this step.',
    },
    {
      milestone: 'reportToBranch',
      step: 'resultFeedback',
      label: { zh: '处理结果反馈客服中心', en: 'Result fed back to the service centre' },
      from: 'resolved',
      duration: { unit: 'sameWorkingDay' },
      source: `${S} 5.3`,
      choice: '“处理完毕后同一工作日内” read as by closing time of the working day handling finished (the next working day’s close when it finished after closing or on a day off). Met by a handling-log entry naming this step.',
    },
    { milestone: 'callBack', from: 'resolved', duration: { unit: 'nextDay' }, source: `${S} 5.3` },
    { milestone: 'filingToHeadOffice', classes: ['major'], from: 'closed', duration: { unit: 'workingDays', amount: 3 }, source: `${S} 4.5.5` },
    {
      milestone: 'monthlyReport',
      from: 'closed',
      duration: { unit: 'dayOfNextMonth', day: 10, inclusive: false },
      source: `${S} 4.5.6`,
      choice: '“每月10日前” read as before the 10th begins (00:00 on the 10th) of the month after the month of closing.',
    },
  ],
  escalationTriggers: [],
  notifications: [
    { when: {}, notify: [{ zh: '中心支公司或部门的责任人', en: 'Responsible person of the sub-branch or department' }], confirmByPhone: false, source: `${S} 5.1` },
    { when: { flag: 'time_sensitive' }, notify: [{ zh: '分管领导', en: 'Leader in charge' }], confirmByPhone: false, source: `${S} 5.1` },
    { when: { classCode: 'major' }, notify: [{ zh: '分公司负责人', en: 'Branch head' }], confirmByPhone: false, source: `${S} 5.1` },
    {
      when: { fact: 'mediaInvolved' },
      notify: [{ zh: '分公司总经理室', en: 'Branch GM office' }, { zh: '法务室', en: 'Legal office' }],
      confirmByPhone: true,
      source: `${S} 5.1`,
    },
    {
      when: { fact: 'regulatorInvolved' },
      notify: [{ zh: '分公司总经理室', en: 'Branch GM office' }, { zh: '法务室', en: 'Legal office' }],
      confirmByPhone: true,
      source: `${S} 5.1`,
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
      choice: 'Handled under the claim-refusal rules (拒赔管理办法), which are not in the source; no consequence is computed.',
    },
  ],
  // Penalties and rewards with their fines (6. 罚则), in their own file.
  sanctions: insuranceBranchP5Sanctions,
};
