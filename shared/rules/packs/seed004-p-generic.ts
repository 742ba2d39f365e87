import type { RulePackInput } from '../pack-schema';
import { withClockStarts } from './clock-starts';
import { genericPProcedure, genericPProcedureV120 } from './procedures/generic-p';

const S = 'seed004 §P'; // 客户投诉处理制度 (generic)

/**
 * seed004 §P: a complaint, or an escalated complaint when the customer rejects the
 * reply (六 3); the validity check (四 1), the same-day dispute answer (五 2), the
 * extension asked at least 1 working day before the deadline (五 3), and the
 * hand-ups to the leader in charge and the superior (四 3–5, 六 3).
 */
/** 1.0.0, where an extension did not ask for the customer's consent: kept shipped so a complaint graded by it keeps its rules. */
export const seed004PGenericPackV100: RulePackInput = {
  id: 'seed004-p-generic',
  version: '1.0.0',
  name: { zh: '客户投诉处理制度', en: 'Customer complaint handling system' },
  organisation: { zh: '通用', en: 'Generic' },
  source: `${S} 一–六`,
  classes: [
    { code: 'complaint', label: { zh: '有效投诉', en: 'Valid complaint' }, source: `${S} 四 1` },
    {
      code: 'escalated',
      label: { zh: '升级投诉', en: 'Escalated complaint' },
      source: `${S} 六 3`,
      choice: {
        zh: '原文不分严重程度；保留“升级投诉”这一等级，是因为它作为一件新的投诉重新走流程，必须告知上级，并注明投诉升级信息。',
        en: 'The source grades no severity; 升级投诉 is kept as a class because it restarts the flow as a complaint of its own that the superior must be told of, marked as escalated (注明投诉升级信息).',
      },
    },
  ],
  defaultClass: 'complaint',
  criteria: [
    {
      id: 'escalated.reply-rejected',
      classCode: 'escalated',
      source: `${S} 六 3`,
      label: { zh: '客户不接受答复结果并提出重新投诉要求', en: 'Customer rejects the reply and complains again' },
    },
  ],
  invalidReasons: [
    {
      code: 'not-a-complaint',
      label: { zh: '并不构成投诉', en: 'Does not constitute a complaint' },
      source: `${S} 四 1`,
      choice: { zh: '这是原文提到的唯一无效情形；仍要感谢并安抚客户（四 1、四 4）。', en: 'The only invalidity the source names; the customer is still thanked and calmed (四 1, 四 4).' },
    },
  ],
  deadlines: [
    {
      milestone: 'response',
      step: 'disputeVerification',
      label: { zh: '有异议的，应在收到投诉处理单据的当日给出核查结果', en: 'If disputed, give the verification result on the day the complaint document is received' },
      from: 'dispatched',
      duration: { unit: 'sameWorkingDay' },
      source: `${S} 五 2`,
      choice: {
        zh: '只在部门对投诉有异议时适用，但规则结构不支持有条件的时限，所以从移交起对每条记录都显示；“当日”指当天下班时间（下班后或非工作日移交的，为下一个工作日下班时间）。',
        en: 'Applies only when the department disputes the complaint, but the schema has no conditional deadline, so it is shown for every record from hand-off; “当日” is closing time of that day (next working day’s close if handed over after closing or on a non-working day).',
      },
    },
  ],
  extension: {
    approverRole: 'handler',
    rule: {
      zh: '如与投诉相关责任部门预计不能在限期内处理完毕相关投诉问题，应在限期前1个工作日内通知投诉处理人员，并告之具体理由。投诉处理人员在与投诉客户协商并取得客户认同后，可以延长处理限期，并向上级主管备案',
      en: 'A department that expects to miss the deadline tells the complaint handler, with reasons, at least 1 working day before it; the handler may extend once the customer agrees, and files it with the superior',
    },
    requestLeadWorkingDays: 1,
    source: `${S} 五 3`,
    choice: {
      zh: '客户同意后，由投诉处理专人批准延期；上级只是备案，不需要上级审批。处理限期本身在受理时逐件设定（四 2），原文没有默认值，所以规则包不设默认的处理完毕时限。',
      en: 'The complaint handler (投诉处理专人) grants the extension after the customer agrees; the superior is only told for the record (备案), so no superior approval. The 处理限期 itself is set per complaint at intake (四 2) and has no default in the source, so the pack gives no default resolution deadline.',
    },
  },
  escalationTriggers: [
    {
      code: 'fact-dispute',
      label: { zh: '对于有效投诉，责任部门落实有疑义的情况提交分管领导认定', en: 'Department disputes the facts of a valid complaint → leader in charge decides' },
      source: `${S} 四 3`,
    },
    {
      code: 'invalid-widespread',
      label: {
        zh: '在一段时期内具有普遍性或可能会造成负面影响的客户抱怨，将安抚过程及时汇报上级主管备案',
        en: 'Invalid complaint whose grievance is widespread or may cause negative impact → reported to the superior for the record',
      },
      source: `${S} 四 4`,
    },
    {
      code: 'concentrated-issue',
      label: { zh: '客户对某一问题集中性的投诉抱怨，已持续一段时间的，统一报送分管领导', en: 'Concentrated complaints on one issue for some time → reported together to the leader in charge' },
      source: `${S} 四 5`,
    },
    {
      code: 'reply-rejected',
      label: { zh: '客户不接受答复结果并提出重新投诉要求，进入升级投诉处理流程', en: 'Customer rejects the reply and complains again → escalated complaint flow' },
      source: `${S} 六 3`,
    },
  ],
  notifications: [
    {
      id: 'escalated.superior',
      when: { classCode: 'escalated' },
      notify: [{ zh: '上级主管', en: 'Superior' }],
      to: ['unit_head'],
      source: `${S} 六 3`,
      choice: { zh: '上级主管对应“部门负责人”角色；原文没有规定时限。', en: '上级主管 → the unit head role; the source gives no time.' },
    },
    {
      id: 'extension.handler',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '投诉处理人员', en: 'Complaint handler' }],
      to: ['handler'],
      source: `${S} 五 3`,
      choice: { zh: '部门告知投诉处理专人（“投诉处理专人”角色），客户同意后由他批准延期（即规则包中的审批人）。', en: 'The department tells the complaint handler (handler role), who grants the extension once the customer agrees (the pack’s approver).' },
    },
    {
      id: 'extension.superior-record',
      when: { event: 'extensionRequested' },
      notify: [{ zh: '上级主管（备案）', en: 'Superior (for the record)' }],
      copyTo: ['unit_head'],
      source: `${S} 五 3`,
      choice: { zh: '只是备案：抄送部门负责人，不会逐级上报。', en: '备案 (for the record) only: a copy to the unit head, never escalated.' },
    },
    {
      id: 'fact-dispute.leader',
      when: { event: 'escalated', reasonCode: 'fact-dispute' },
      notify: [{ zh: '分管领导（认定）', en: 'Leader in charge (decides)' }],
      to: ['leader_in_charge'],
      source: `${S} 四 3`,
    },
    {
      id: 'invalid-widespread.superior',
      when: { event: 'escalated', reasonCode: 'invalid-widespread' },
      notify: [{ zh: '上级主管（备案）', en: 'Superior (for the record)' }],
      to: ['unit_head'],
      limit: { term: 'promptly' },
      source: `${S} 四 4`,
      choice: { zh: '“将安抚过程及时汇报上级主管备案”：“及时”按本站设定的“及时”分钟数；上级主管对应“部门负责人”角色。', en: '“将安抚过程及时汇报上级主管备案”: 及时 → the site’s “promptly”; 上级主管 → unit head.' },
    },
    {
      id: 'concentrated.leader',
      when: { event: 'escalated', reasonCode: 'concentrated-issue' },
      notify: [{ zh: '分管领导', en: 'Leader in charge' }],
      to: ['leader_in_charge'],
      source: `${S} 四 5`,
    },
  ],
};

/**
 * 1.1.0: an extension is refused until the customer's consent, its time and way, is recorded (五 3).
 * Kept shipped, before the route, so a complaint graded by it keeps its rules.
 */
export const seed004PGenericPackV110: RulePackInput = {
  ...seed004PGenericPackV100,
  version: '1.1.0',
  extension: {
    ...seed004PGenericPackV100.extension!,
    consentRequired: {
      source: `${S} 五 3`,
      choice: {
        zh: '“在与投诉客户协商并取得客户认同后，可以延长处理限期”：没有客户同意的时间和方式（电话、当面等），延期申请不予接受；投诉处理专人仍按本规则批准。',
        en: '“在与投诉客户协商并取得客户认同后，可以延长处理限期”: an extension request without the time and way (phone, in person…) of the customer\'s agreement is refused; the complaint handler still approves it under this rule.',
      },
    },
  },
};

/** 1.2.0: the route (procedures/generic-p.ts): who receives, reviews, signs, handles and closes (四–六). Kept shipped. */
export const seed004PGenericPackV120: RulePackInput = { ...seed004PGenericPackV110, version: '1.2.0', procedure: genericPProcedureV120 };

/**
 * 1.3.0: the review (四 2) and the head's signature (五 1–2) come before the hand-over to the department, as the
 * source places them, and the same-day dispute answer counts from the head's signing for the document (五 2).
 */
export const seed004PGenericPack: RulePackInput = withClockStarts({ ...seed004PGenericPackV120, procedure: genericPProcedure }, '1.3.0', {
  disputeVerification: {
    from: { afterApproval: 'sign' },
    choice: {
      zh: '“有异议的，应在收到投诉处理单据的当日给出核查结果”：收到单据即负责人“签收确认投诉处理单据”（五 2），所以从本案流程的签字确认起算，签字之前尚未起算。只在部门对投诉有异议时适用，但规则结构不支持有条件的时限，所以对每条记录都显示；“当日”指当天下班时间（下班后或非工作日签收的，为下一个工作日下班时间）。',
      en: '“有异议的，应在收到投诉处理单据的当日给出核查结果”: the document is received when the head “签收确认投诉处理单据” (五 2), so the day counts from the signature on the case’s route, and has not started before it. It applies only when the department disputes the complaint, but the schema has no conditional deadline, so it is shown for every record; “当日” is closing time of that day (next working day’s close if signed after closing or on a non-working day).',
    },
  },
});
