import type { RulePackInput } from '../pack-schema';

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
  },
  escalationTriggers: [
    { code: 'callback_dissatisfied', source: `${S} 第三十条`, label: { zh: '回访客户不满意', en: 'Customer dissatisfied at call-back' } },
    { code: 'repeat_same_matter', source: `${S} 第三十条`, label: { zh: '同一客户就同一事项再次投诉', en: 'Same customer complains again on the same matter' } },
    { code: 'overdue_without_agreement', source: `${S} 第三十一条`, label: { zh: '超时限且未经客户同意延期', en: 'Past the limit without a customer-agreed extension' } },
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
  ],
};
