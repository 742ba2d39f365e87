import type { RulePackInput } from '../pack-schema';
import { sichuanGroupP6Sanctions } from './sichuan-group-p6-sanctions';

const S = 'seed003 篇6'; // 四川**实业集团有限公司 客户投诉管理办法(试行)

/** The Sichuan group's complaint rules (seed003-part2 §1): 一般 / 重大 with tick-list and computed criteria. */
export const sichuanGroupP6Pack: RulePackInput = {
  id: 'sichuan-group-p6',
  version: '1.0.0',
  name: { zh: '四川某实业集团 客户投诉管理办法（试行）', en: 'Sichuan group complaint management rules (trial)' },
  organisation: { zh: '四川某实业集团', en: 'Sichuan real-estate / property group' },
  source: `${S} 第三章–第八章`,
  classes: [
    { code: 'ordinary', label: { zh: '一般投诉', en: 'Ordinary' }, source: `${S} 第十三条 第一类` },
    { code: 'major', label: { zh: '重大投诉', en: 'Major' }, source: `${S} 第十三条 第二类` },
  ],
  defaultClass: 'ordinary',
  criteria: [
    { id: 'ordinary.1', classCode: 'ordinary', source: `${S} 第十三条 第一类(一)`, label: { zh: '客户造成轻微物质或精神损害的投诉', en: 'Slight material or mental harm to the customer' } },
    { id: 'ordinary.2', classCode: 'ordinary', source: `${S} 第十三条 第一类(二)`, label: { zh: '即将发生对客户利益造成影响的投诉', en: 'Something about to affect the customer’s interests' } },
    { id: 'ordinary.3', classCode: 'ordinary', source: `${S} 第十三条 第一类(三)`, label: { zh: '通过解释、调解、协商的办法可以较快解决的投诉', en: 'Quickly resolvable by explanation, mediation or negotiation' } },
    { id: 'major.1', classCode: 'major', source: `${S} 第十三条 第二类(一)`, label: { zh: '客户造成重大物质、经济、精神、人身伤害的投诉', en: 'Major material, economic, mental or personal harm' } },
    {
      id: 'major.2',
      classCode: 'major',
      source: `${S} 第十三条 第二类(二)`,
      label: { zh: '长达1个月以上仍未解决的有效投诉', en: 'Valid complaint unresolved for more than a month' },
      predicate: { fact: 'openDays', op: 'gt', value: 30 },
      choice: '“1个月以上” is counted as more than 30 calendar days since receipt while unresolved (30 days exactly is not yet major); configurable by editing the value.',
    },
    {
      id: 'major.3',
      classCode: 'major',
      source: `${S} 第十三条 第二类(三)`,
      label: { zh: '规定时限内没有处理完成的一般投诉', en: 'Ordinary complaint not finished within its time limit' },
      predicate: { overdue: 'resolution', ofClass: 'ordinary' },
      choice: 'Judged against the ordinary class’s resolution deadline (3 working days, see deadlines); fires by itself on the re-grading timer.',
    },
    {
      id: 'major.4',
      classCode: 'major',
      source: `${S} 第十三条 第二类(四)`,
      label: { zh: '50%以上的客户均反映或抱怨，引起大面积纠纷的问题', en: '50% or more of customers complain, causing widespread disputes' },
      predicate: { fact: 'affectedShare', op: 'gte', value: 0.5 },
    },
    { id: 'major.5', classCode: 'major', source: `${S} 第十三条 第二类(五)`, label: { zh: '反映公司内部领导干部的投诉', en: 'Complaint about the company’s leaders or cadres' } },
    { id: 'major.6', classCode: 'major', source: `${S} 第十三条 第二类(六)`, label: { zh: '反映直接或间接损害公司利益，性质严重、影响恶劣的投诉', en: 'Serious, harmful damage to company interests' } },
    { id: 'major.7', classCode: 'major', source: `${S} 第十三条 第二类(七)`, label: { zh: '内容重要、情况特殊、疑难复杂的其他投诉', en: 'Other important, special or complex complaints' } },
    {
      id: 'major.escalated',
      classCode: 'major',
      source: `${S} 第三十条–第三十二条`,
      label: { zh: '投诉视为自动升级（回访不满意、同等事件再次投诉、超时限未取得客户谅解、因员工主观原因再次投诉）', en: 'Deemed escalated (dissatisfied at call-back, same matter again, past the limit without the customer’s understanding, complained of again for a staff member’s attitude)' },
      predicate: { escalated: ['callback_dissatisfied', 'repeat_same_matter', 'overdue_without_agreement', 'repeat_staff_attitude'] },
      choice:
        'The source says a complaint is “视为自动升级” but not what the escalation changes. 第十三条 knows two classes, so an escalated ordinary complaint is read as becoming 重大: its 3–7 working days (第十八条) and the copy to unit heads (第十九条) then apply, and the new deadlines show as steps. A 重大 complaint stays 重大. Remove this criterion to keep escalation a record only.',
    },
  ],
  invalidReasons: [
    { code: 'unclear', source: `${S} 第十四条(一)`, label: { zh: '所投诉的对象、内容不明确，无法进一步查实的', en: 'Object or content unclear, cannot be verified' } },
    { code: 'contrary_to_facts', source: `${S} 第十四条(二)`, label: { zh: '经查证与事实情况严重不符的', en: 'Seriously contrary to the facts found' } },
    { code: 'beyond_commitment', source: `${S} 第十四条(三)`, label: { zh: '超出了公司的服务承诺', en: 'Beyond the company’s service commitments' } },
    { code: 'unlawful', source: `${S} 第十四条(四)`, label: { zh: '不符合相关法律、法规规定的', en: 'Not in line with laws and regulations' } },
  ],
  deadlines: [
    { milestone: 'entry', from: 'received', duration: { unit: 'minutes', amount: 5 }, source: `${S} 第十六条` },
    { milestone: 'response', from: 'received', duration: { unit: 'minutes', amount: 5 }, source: `${S} 第十八条` },
    {
      milestone: 'resolution',
      classes: ['ordinary'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 3 },
      source: `${S} 第十八条`,
      choice: 'The source says 1–3 working days; the default deadline is the upper bound (3). A shorter limit set by the handler is the solution’s own time limit; going beyond 3 needs an approved extension.',
    },
    {
      milestone: 'resolution',
      classes: ['major'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 7 },
      source: `${S} 第十八条`,
      choice: 'The source says 3–7 working days; the default deadline is the upper bound (7).',
    },
    { milestone: 'customerInformed', from: 'resolved', duration: { unit: 'minutes', amount: 5 }, source: `${S} 第三十四条` },
    { milestone: 'callBack', from: 'resolved', duration: { unit: 'hours', amount: 48 }, source: `${S} 第三十六条、第三十七条(四)` },
  ],
  extension: {
    approverRole: 'leader_in_charge',
    rule: {
      zh: '特殊情况需延期的，须经分管副总裁确认同意后方为有效；涉及多部门、经与客户协商同意延期的，须在3分钟内电话告知呼叫中心',
      en: 'An extension is valid only once the responsible vice-president agrees; a multi-department extension agreed with the customer must be phoned to the call centre within 3 minutes',
    },
    source: `${S} 第十八条、第二十七条`,
    byConsent: {
      types: ['multi_department'],
      noticeWithinMinutes: 3,
      noticeTo: { zh: '呼叫中心', en: 'Call centre' },
      source: `${S} 第二十七条`,
      choice:
        '第二十七条 lets the handler extend a case that needs several departments once the customer agrees, and names no approver, so such an extension takes effect on the consent (its time and way recorded); the 分管副总裁 of 第十八条 approves the special-circumstance extensions.',
    },
  },
  escalationTriggers: [
    { code: 'callback_dissatisfied', source: `${S} 第三十条`, label: { zh: '回访客户不满意', en: 'Customer dissatisfied at call-back' } },
    { code: 'repeat_same_matter', source: `${S} 第三十条`, label: { zh: '同一客户就同一事项再次投诉', en: 'Same customer complains again on the same matter' } },
    {
      code: 'overdue_without_agreement',
      source: `${S} 第三十一条`,
      label: { zh: '超过处理时限，未向客户解释沟通或未取得客户谅解', en: 'Past the time limit without explaining to the customer or winning their understanding' },
      predicate: { overdueUnagreed: 'resolution' },
      choice:
        'The limit is the resolution time limit of the class the complaint was filed under (1–3 or 3–7 working days, 第十八条), or an approved or customer-agreed extension of it. “解释、沟通…取得客户谅解” is a handling-log entry “向客户说明延迟” saying whether the customer agreed; an agreement on record before the check keeps the case from escalating, one after it does not undo the escalation.',
    },
    { code: 'repeat_staff_attitude', source: `${S} 第三十二条`, label: { zh: '对员工服务态度的重复投诉', en: 'Repeated complaint about a staff member’s attitude' } },
    { code: 'overdue_ordinary_to_major', source: `${S} 第十三条 第二类(三)`, label: { zh: '一般投诉超时限升级为重大投诉', en: 'Ordinary complaint past its limit becomes major' } },
  ],
  notifications: [
    {
      id: 'major.copy-unit-heads',
      when: { classCode: 'major' },
      notify: [{ zh: '各单位相关负责人（抄送）', en: 'Responsible unit heads (copied)' }],
      copyTo: ['unit_head'],
      source: `${S} 第十九条`,
      choice:
        '“重大投诉在分派的同时需抄送各单位相关负责人”: a copy (抄送), so told and never escalated. Sent as soon as the complaint is major — at registration, so no later than its dispatch, or when it becomes major later (第十三条 第二类(二)(三)), which a copy made only at dispatch would miss. 各单位相关负责人 → the unit head role.',
    },
    {
      id: 'dispatch.handler',
      when: { event: 'dispatched' },
      notify: [{ zh: '各单位相关投诉处理人（手机短信）', en: 'The unit’s complaint handler (text message)' }],
      to: ['assignee'],
      source: `${S} 第二十一条`,
      choice:
        'The text message becomes a notification in the app to the person the complaint is dispatched to; sending SMS needs a gateway the app does not have. The source sets no time to read it (第二十三条 asks handlers to check “随时”), so the limit is the site’s setting for an unstated one.',
    },
    {
      id: 'extension.call-centre',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '呼叫中心（电话通知沟通结果）', en: 'Call centre (the outcome told by phone)' }],
      to: ['call_centre'],
      limit: { unit: 'minutes', amount: 3 },
      confirmByPhone: true,
      source: `${S} 第二十七条`,
      choice:
        '“将该沟通结果3分钟内电话通知至呼叫中心”: written for extensions across departments agreed with the customer; told of every extension request, since any extension changes the call centre’s deadlines. The call itself is recorded as the phone confirmation.',
    },
    {
      id: 'extension.vice-president',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '分管副总裁（确认同意延期）', en: 'Responsible vice-president (agrees to the extension)' }],
      to: ['leader_in_charge'],
      source: `${S} 第十八条`,
      choice: 'The approval itself is the workflow’s extension decision; this tells the approver (分管副总裁 → leader in charge) a request waits. The source gives no time for it.',
    },
    {
      id: 'escalated.call-centre',
      when: { event: 'escalated' },
      to: ['call_centre'],
      limit: { term: 'unstated' },
      notify: [{ zh: '呼叫中心（归口管理、督促跟踪、奖惩建议）', en: 'Call centre (manages, supervises, proposes rewards and penalties)' }],
      confirmByPhone: false,
      source: `${S} 第三十八条(一)1、3、8`,
      choice:
        'The source names no “next level” for an escalated complaint. The call centre is the department that manages, assigns and notifies every complaint and supervises its handling (第三十八条(一)1、3), and proposes the penalties that an escalation brings (第四十、四十一条; 第三十八条(一)8), so it is told of every escalation; the unit heads are copied through the 重大 class (第十九条).',
    },
  ],
  causes: [
    { code: 'attitude', subjective: true, source: `${S} 第三十二条`, label: { zh: '服务态度', en: 'Attitude' } },
    { code: 'language', subjective: true, source: `${S} 第三十二条`, label: { zh: '语言', en: 'Language' } },
    { code: 'behaviour', subjective: true, source: `${S} 第三十二条`, label: { zh: '行为', en: 'Behaviour' } },
    { code: 'other_subjective', subjective: true, source: `${S} 第三十二条`, label: { zh: '其他个人主观因素', en: 'Other personal, subjective factors' } },
  ],
  repeat: {
    windowDays: 90,
    source: `${S} 第三十条、第三十二条`,
    choice:
      '“同等事件再次投诉” gives no period. A complaint by the same customer (the same customer file, else the same phone number, else the same name when no phone is given) received within 90 calendar days of an earlier one — a quarter, the call centre’s reporting period (第三十八条(一)7) — is offered as a repeat: of the same matter when both carry the same problem category, or (第三十二条) against a person who handled the earlier case when its cause is subjective. Staff confirm the link; change the period here.',
  },
  // Penalties and rewards with their fines (第十一章), in their own file.
  sanctions: sichuanGroupP6Sanctions,
};
