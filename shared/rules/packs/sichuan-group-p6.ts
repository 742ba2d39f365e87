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
    {
      code: 'major',
      label: { zh: '重大投诉', en: 'Major' },
      source: `${S} 第十三条 第二类`,
      specialReport: { kindId: 'sichuan-p6-major-complaint-report', source: `${S} 第三十八条(一)7 客户重大投诉专项报告` },
    },
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
      choice: { zh: '“1个月以上”按自受理起超过30个自然日仍未处理完毕计算（正好30天还不算重大）；可以通过修改数值来配置。', en: '“1个月以上” is counted as more than 30 calendar days since receipt while unresolved (30 days exactly is not yet major); configurable by editing the value.' },
    },
    {
      id: 'major.3',
      classCode: 'major',
      source: `${S} 第十三条 第二类(三)`,
      label: { zh: '规定时限内没有处理完成的一般投诉', en: 'Ordinary complaint not finished within its time limit' },
      predicate: { overdue: 'resolution', ofClass: 'ordinary' },
      choice: { zh: '对照普通等级的处理完毕时限判断（3个工作日，见时限）；由重新分级的定时检查自动触发。', en: 'Judged against the ordinary class’s resolution deadline (3 working days, see deadlines); fires by itself on the re-grading timer.' },
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
      choice: {
        zh: '原文说投诉“视为自动升级”，但没有说升级后有什么变化。第十三条只有两个等级，所以普通投诉升级后理解为变成重大投诉：随之适用3–7个工作日的时限（第十八条）和抄送各单位负责人（第十九条），新的时限作为新的步骤显示。重大投诉仍为重大。如果只想把升级作为一条记录，删除这一条件即可。',
        en: 'The source says a complaint is “视为自动升级” but not what the escalation changes. 第十三条 knows two classes, so an escalated ordinary complaint is read as becoming 重大: its 3–7 working days (第十八条) and the copy to unit heads (第十九条) then apply, and the new deadlines show as steps. A 重大 complaint stays 重大. Remove this criterion to keep escalation a record only.',
      },
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
      choice: { zh: '原文说1–3个工作日；默认时限取上限（3个工作日）。处理人定的更短时限是解决方案自己的时限；超过3个工作日须经批准延期。', en: 'The source says 1–3 working days; the default deadline is the upper bound (3). A shorter limit set by the handler is the solution’s own time limit; going beyond 3 needs an approved extension.' },
    },
    {
      milestone: 'resolution',
      classes: ['major'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 7 },
      source: `${S} 第十八条`,
      choice: { zh: '原文说3–7个工作日；默认时限取上限（7个工作日）。', en: 'The source says 3–7 working days; the default deadline is the upper bound (7).' },
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
      choice: {
        zh: '第二十七条允许处理人在客户同意后，对需要多个部门处理的案件延期，没有规定审批人，所以这种延期在客户同意时即生效（记录同意的时间和方式）；特殊情况下的延期由第十八条的分管副总裁审批。',
        en: '第二十七条 lets the handler extend a case that needs several departments once the customer agrees, and names no approver, so such an extension takes effect on the consent (its time and way recorded); the 分管副总裁 of 第十八条 approves the special-circumstance extensions.',
      },
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
      choice: {
        zh: '时限是投诉立案时所属等级的处理时限（1–3或3–7个工作日，第十八条），或经批准、经客户同意延长后的时限。“解释、沟通…取得客户谅解”记为一条处理记录“向客户说明延迟”，并注明客户是否同意；检查之前已记录客户同意的，案件不升级，检查之后才记录同意的，不撤销已发生的升级。',
        en: 'The limit is the resolution time limit of the class the complaint was filed under (1–3 or 3–7 working days, 第十八条), or an approved or customer-agreed extension of it. “解释、沟通…取得客户谅解” is a handling-log entry “向客户说明延迟” saying whether the customer agreed; an agreement on record before the check keeps the case from escalating, one after it does not undo the escalation.',
      },
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
      choice: {
        zh: '“重大投诉在分派的同时需抄送各单位相关负责人”：抄送，所以只通知、不逐级上报。投诉一成为重大即发送：登记时即为重大的，不晚于派单；后来才变成重大的（第十三条 第二类(二)(三)），也会发送，只在派单时抄送就会漏掉这种情况。各单位相关负责人对应“部门负责人”角色。',
        en: '“重大投诉在分派的同时需抄送各单位相关负责人”: a copy (抄送), so told and never escalated. Sent as soon as the complaint is major — at registration, so no later than its dispatch, or when it becomes major later (第十三条 第二类(二)(三)), which a copy made only at dispatch would miss. 各单位相关负责人 → the unit head role.',
      },
    },
    {
      id: 'dispatch.handler',
      when: { event: 'dispatched' },
      notify: [{ zh: '各单位相关投诉处理人（手机短信）', en: 'The unit’s complaint handler (text message)' }],
      to: ['assignee'],
      source: `${S} 第二十一条`,
      choice: {
        zh: '短信改为本程序内发给被派单人的通知；发短信需要短信网关，本程序没有。原文没有规定阅读时限（第二十三条要求处理人“随时”查看），所以时限按本站对“原文未规定时限”的设定。',
        en: 'The text message becomes a notification in the app to the person the complaint is dispatched to; sending SMS needs a gateway the app does not have. The source sets no time to read it (第二十三条 asks handlers to check “随时”), so the limit is the site’s setting for an unstated one.',
      },
    },
    {
      id: 'extension.call-centre',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '呼叫中心（电话通知沟通结果）', en: 'Call centre (the outcome told by phone)' }],
      to: ['call_centre'],
      limit: { unit: 'minutes', amount: 3 },
      confirmByPhone: true,
      source: `${S} 第二十七条`,
      choice: {
        zh: '“将该沟通结果3分钟内电话通知至呼叫中心”：原文写的是与客户商定的跨部门延期；本程序对每一次延期申请都通知，因为任何延期都会改变呼叫中心的时限。电话本身记为电话确认。',
        en: '“将该沟通结果3分钟内电话通知至呼叫中心”: written for extensions across departments agreed with the customer; told of every extension request, since any extension changes the call centre’s deadlines. The call itself is recorded as the phone confirmation.',
      },
    },
    {
      id: 'extension.vice-president',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '分管副总裁（确认同意延期）', en: 'Responsible vice-president (agrees to the extension)' }],
      to: ['leader_in_charge'],
      source: `${S} 第十八条`,
      choice: { zh: '审批本身是流程中的延期决定；这条通知是告诉审批人（分管副总裁对应“分管领导”）有申请等待审批。原文没有规定时限。', en: 'The approval itself is the workflow’s extension decision; this tells the approver (分管副总裁 → leader in charge) a request waits. The source gives no time for it.' },
    },
    {
      id: 'escalated.call-centre',
      when: { event: 'escalated' },
      to: ['call_centre'],
      limit: { term: 'unstated' },
      notify: [{ zh: '呼叫中心（归口管理、督促跟踪、奖惩建议）', en: 'Call centre (manages, supervises, proposes rewards and penalties)' }],
      confirmByPhone: false,
      source: `${S} 第三十八条(一)1、3、8`,
      choice: {
        zh: '原文没有说升级后的投诉报给哪一级。呼叫中心负责管理、分派、通报每一件投诉并督办处理（第三十八条(一)1、3），也负责提出升级带来的处罚建议（第四十、四十一条；第三十八条(一)8），所以每次升级都通知呼叫中心；各单位负责人通过重大等级抄送（第十九条）。',
        en: 'The source names no “next level” for an escalated complaint. The call centre is the department that manages, assigns and notifies every complaint and supervises its handling (第三十八条(一)1、3), and proposes the penalties that an escalation brings (第四十、四十一条; 第三十八条(一)8), so it is told of every escalation; the unit heads are copied through the 重大 class (第十九条).',
      },
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
    choice: {
      zh: '“同等事件再次投诉”没有规定期限。同一客户（同一客户档案；没有档案的看同一电话号码；没有电话的看同一姓名）在先前投诉后90个自然日内的投诉——即一个季度，呼叫中心的统计周期（第三十八条(一)7）——列为可能的重复投诉：两件投诉问题类别相同的，算同一事件；原因属主观的（第三十二条），算针对处理过先前案件的人员的投诉。由工作人员确认关联；期限可在此修改。',
      en: '“同等事件再次投诉” gives no period. A complaint by the same customer (the same customer file, else the same phone number, else the same name when no phone is given) received within 90 calendar days of an earlier one — a quarter, the call centre’s reporting period (第三十八条(一)7) — is offered as a repeat: of the same matter when both carry the same problem category, or (第三十二条) against a person who handled the earlier case when its cause is subjective. Staff confirm the link; change the period here.',
    },
  },
  // Penalties and rewards with their fines (第十一章), in their own file.
  sanctions: sichuanGroupP6Sanctions,
};
