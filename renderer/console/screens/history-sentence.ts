import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/api/envelope';
import { CALL_BACK_METHODS, EXTENSION_TYPES, LOG_ENTRY_TYPES, PAUSE_REASONS, REPLY_METHODS, SATISFACTION_LEVELS } from '../../../shared/domain/workflow';
import { findPack } from '../../../shared/rules/packs';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { ComplaintDetail } from '../../../shared/sync/console-api';
import type { consoleTimelineZhCN } from '../../i18n/console-timeline-zh-CN';
import { formatMoment } from '../../lib/locale-format';
import { DEFAULT_TIME_ZONE } from '../../lib/zoned-time';
import { detailText } from '../../screens/complaints/grading/grade-text';
import { caseRecordEventText } from '../../screens/complaints/records/event-text';
import { APPROVAL_STEPS, ROUTE_STEP_NAMES } from '../../../shared/rules/procedure-schema';
import { pick } from '../../screens/settings/rule-pack-text';

/**
 * A complaint's history as head office reads it (issue 20 item 14): each row a
 * site sent — a handling event (electron/core/complaints/workflow-records.ts
 * addEvent, its details from workflow-steps.ts and the case records), a
 * call-back or an escalation — as one sentence: when, who, what, with the
 * details that matter. Never a payload, an id or an internal action name: a
 * step this console does not know yet reads "记录了一项处理".
 */

type HistoryEntry = ComplaintDetail['history'][number];

export interface HistoryContext {
  t: TFunction;
  lang: Language;
  /** Site account id → name, as the server found them in the site's user records. */
  people: Record<string, string>;
  rulePackId: string | null;
  timeZone?: string;
}

export interface HistorySentence {
  key: string;
  at: string | null;
  when: string;
  who: string;
  what: string;
}

type Fields = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The generic reasons (workflow-reasons.ts) in words, when the site's pack does not name the code itself. */
const GENERIC_REASONS: Record<string, { zh: string; en: string }> = {
  callback_dissatisfied: { zh: '回访客户不满意', en: 'dissatisfied at call-back' },
  repeat_same_matter: { zh: '同一客户就同一事项再次投诉', en: 'same customer, same matter again' },
  overdue_without_agreement: { zh: '超时限且未经客户同意延期', en: 'past the limit without agreement' },
  repeat_staff_attitude: { zh: '对员工服务态度的重复投诉', en: 'repeated complaint about attitude' },
  customer_own_cause: { zh: '客户自身原因', en: 'the customer’s own cause' },
  not_verifiable: { zh: '对象或内容不明确，无法查实', en: 'unclear, cannot be verified' },
  other: { zh: '其他', en: 'other' },
};

function reasonText(code: unknown, pack: RulePack | undefined, lang: Language): string {
  if (typeof code !== 'string') return '';
  const own = [...(pack?.escalationTriggers ?? []), ...(pack?.invalidReasons ?? [])].find((r) => r.code === code);
  if (own) return pick(own.label, lang);
  // A code neither the pack nor the generic list knows is left out rather than shown as a code.
  return GENERIC_REASONS[code] ? pick(GENERIC_REASONS[code], lang) : '';
}

/** The history, oldest first, as sentences; a call-back or escalation told by both its event and its own record is told once. */
export function historySentences(history: readonly HistoryEntry[], ctx: HistoryContext): HistorySentence[] {
  const pack = ctx.rulePackId ? findPack(ctx.rulePackId) : undefined;
  const fieldsOf = (entry: HistoryEntry): Fields => (entry.payload && typeof entry.payload === 'object' && !Array.isArray(entry.payload) ? (entry.payload as Fields) : {});
  const recordAt = (entity: string) => new Set(history.filter((h) => h.entity === entity).map((h) => h.at));
  const callBackRecords = recordAt('complaint_call_back');
  const escalationEvents = new Set(history.filter((h) => h.entity === 'complaint_event' && fieldsOf(h).action === 'escalate').map((h) => h.at));
  return history
    .filter((entry) => {
      const fields = fieldsOf(entry);
      // The call-back record has the ratings; a person's escalation event already names its reason.
      if (entry.entity === 'complaint_event' && fields.action === 'callBack') return !callBackRecords.has(entry.at);
      if (entry.entity === 'complaint_escalation' && fields.byUser) return !escalationEvents.has(entry.at);
      return true;
    })
    .map((entry, index) => {
      const fields = fieldsOf(entry);
      const personId = text(fields.userId) || text(fields.byUser);
      const who = personId ? (ctx.people[personId] ?? ctx.t('consoleTimeline.someone')) : ctx.t('consoleTimeline.system');
      return {
        key: `${index}`,
        at: entry.at,
        when: entry.at ? formatMoment(entry.at, ctx.lang, ctx.timeZone ?? DEFAULT_TIME_ZONE) : '',
        who,
        what: whatText(entry.entity, fields, ctx, pack),
      };
    });
}

function whatText(entity: string, fields: Fields, ctx: HistoryContext, pack: RulePack | undefined): string {
  const parts =
    entity === 'complaint_event'
      ? eventParts(text(fields.action), (fields.details && typeof fields.details === 'object' ? fields.details : {}) as Fields, ctx, pack)
      : entity === 'complaint_call_back'
        ? callBackParts(fields, ctx)
        : entity === 'complaint_escalation'
          ? escalationParts(fields, ctx, pack)
          : entity === 'notification'
            ? notificationParts(fields, ctx)
            : [];
  const words = parts.filter((p) => p !== '');
  return `${(words.length > 0 ? words : [ctx.t('consoleTimeline.recorded')]).join(ctx.t('consoleTimeline.separator'))}${ctx.t('consoleTimeline.end')}`;
}

/** What the sentence builders of one event share: the translator, the language and small formatters. */
interface PartTools {
  t: TFunction;
  lang: Language;
  /** A moment in the console's zone, or '' when the site sent none. */
  when: (value: unknown) => string;
  /** A sentence part with one value, or nothing when the site sent none (the keys are this file's own, consoleTimeline.*). */
  with_: (key: `consoleTimeline.${keyof typeof consoleTimelineZhCN.consoleTimeline}`, value: string, name: string) => string;
  /** The event's note, as a part. */
  note: string;
  /** A reason code in words, as a part. */
  reason: (code: unknown) => string;
}

type EventParts = (d: Fields, tools: PartTools) => string[];

/** Each handling event the site sends (workflow-steps.ts), as the parts of its sentence. */
const EVENT_PARTS: Record<string, EventParts> = {
  create: (_d, { t }) => [t('consoleTimeline.created')],
  accept: (d, { t, with_, note }) => [
    text(d.assigneeName) ? t('consoleTimeline.accept', { assignee: text(d.assigneeName) }) + with_('consoleTimeline.unit', text(d.unit), 'unit') : t('consoleTimeline.acceptNoAssignee'),
    note,
  ],
  markInvalid: (d, { t, with_, reason }) => [t('consoleTimeline.markInvalid'), reason(d.reasonCode), with_('consoleTimeline.note', text(d.explanation), 'note')],
  planSolution: (d, { t, with_, when }) => [
    t('consoleTimeline.planSolution', { resolver: text(d.resolverName) || t('consoleTimeline.someone') }) + (d.late === true ? t('consoleTimeline.latePlan') : ''),
    with_('consoleTimeline.measures', text(d.measures), 'measures'),
    with_('consoleTimeline.due', when(d.dueAt), 'due'),
  ],
  log: (d, { t }) => [
    isOneOf(LOG_ENTRY_TYPES, d.entryType) ? t('consoleTimeline.log', { type: t(`logEntryTypes.${d.entryType}`) }) : t('consoleTimeline.logNoType'),
    text(d.text),
    typeof d.customerAgreed === 'boolean' ? t(d.customerAgreed ? 'consoleTimeline.customerAgreed' : 'consoleTimeline.customerNotAgreed') : '',
  ],
  requestExtension: (d, { t, with_, when }) => [
    t('consoleTimeline.requestExtension') + (isOneOf(EXTENSION_TYPES, d.extensionType) ? t('consoleTimeline.kind', { kind: t(`extensionTypes.${d.extensionType}`) }) : ''),
    with_('consoleTimeline.extensionTo', when(d.newDueAt), 'due'),
    with_('consoleTimeline.reason', text(d.reason), 'reason'),
  ],
  decideExtension: (d, { t, with_, when, note }) => [
    t(d.approve === true ? 'consoleTimeline.approveExtension' : 'consoleTimeline.refuseExtension'),
    d.approve === true ? with_('consoleTimeline.extensionTo', when(d.newDueAt), 'due') : '',
    note,
  ],
  refer: (d, { t, with_ }) => [t('consoleTimeline.refer'), with_('consoleTimeline.reason', text(d.reason), 'reason')],
  resolve: (d, { t, with_ }) => [
    t('consoleTimeline.resolve'),
    isOneOf(REPLY_METHODS, d.replyMethod) ? t('consoleTimeline.replyBy', { method: t(`replyMethods.${d.replyMethod}`) }) : '',
    with_('consoleTimeline.reply', text(d.result), 'text'),
  ],
  callBack: (d, { t }) => [
    t('consoleTimeline.callBack'),
    isOneOf(CALL_BACK_METHODS, d.method) ? t('consoleTimeline.callBackBy', { method: t(`callBackMethods.${d.method}`) }) : '',
    typeof d.satisfied === 'boolean' ? t(d.satisfied ? 'consoleTimeline.satisfied' : 'consoleTimeline.dissatisfied') : '',
  ],
  close: (_d, { t, note }) => [t('consoleTimeline.close'), note],
  escalate: (d, { t, note, reason }) => [t('consoleTimeline.escalate'), reason(d.reasonCode), note],
  pause: (d, { t, note }) => [t('consoleTimeline.pause') + (isOneOf(PAUSE_REASONS, d.reason) ? t('consoleTimeline.kind', { kind: t(`pauseReasons.${d.reason}`) }) : ''), note],
  resume: (d, { t, with_, when, note }) => [t('consoleTimeline.resume'), with_('consoleTimeline.pausedSince', when(d.pausedFrom), 'from'), note],
};

function eventParts(action: string, d: Fields, ctx: HistoryContext, pack: RulePack | undefined): string[] {
  const { t, lang } = ctx;
  const withValue = t as unknown as (key: string, options: Record<string, string>) => string;
  const with_: PartTools['with_'] = (key, value, name) => (value ? withValue(key, { [name]: value }) : '');
  const tools: PartTools = {
    t,
    lang,
    when: (value) => (text(value) ? formatMoment(text(value), lang, ctx.timeZone ?? DEFAULT_TIME_ZONE) : ''),
    with_,
    note: with_('consoleTimeline.note', text(d.note), 'note'),
    reason: (code) => with_('consoleTimeline.reason', reasonText(code, pack, lang), 'reason'),
  };
  const own = Object.hasOwn(EVENT_PARTS, action) ? EVENT_PARTS[action] : undefined;
  if (own) return own(d, tools);
  // The route's approvals (审核 / 审批 / 签字确认) by their step.
  const step = action.startsWith('procedure.') ? action.slice('procedure.'.length) : '';
  if (isOneOf(APPROVAL_STEPS, step)) return [t('procedure.eventTitle', { step: lang === 'en' ? ROUTE_STEP_NAMES[step].en : ROUTE_STEP_NAMES[step].zh }), tools.note];
  // 案件记录 (report, compensation, corrective actions, sanctions) worded as the site words them.
  const record = caseRecordEventText({ seq: 0, at: '', byName: null, action, fromStatus: null, toStatus: null, details: d }, t, lang, ctx.timeZone ?? DEFAULT_TIME_ZONE);
  return record ? [record.title, ...record.lines.map((line) => t('consoleTimeline.field', { label: line.label, value: line.value }))] : [];
}

function callBackParts(r: Fields, ctx: HistoryContext): string[] {
  const { t } = ctx;
  const level = (value: unknown) => (isOneOf(SATISFACTION_LEVELS, value) ? t(`satisfaction.${value}`) : '');
  const rated = level(r.timeliness) && level(r.attitude) && level(r.result);
  return [
    t('consoleTimeline.callBack'),
    isOneOf(CALL_BACK_METHODS, r.method) ? t('consoleTimeline.callBackBy', { method: t(`callBackMethods.${r.method}`) }) : '',
    typeof r.resolutionAdequate === 'boolean' ? t(r.resolutionAdequate ? 'consoleTimeline.adequate' : 'consoleTimeline.notAdequate') : '',
    rated ? t('consoleTimeline.ratings', { timeliness: level(r.timeliness), attitude: level(r.attitude), result: level(r.result) }) : '',
    text(r.otherOpinions) ? t('consoleTimeline.opinions', { text: text(r.otherOpinions) }) : '',
    typeof r.satisfied === 'boolean' ? t(r.satisfied ? 'consoleTimeline.satisfied' : 'consoleTimeline.dissatisfied') : '',
  ];
}

function escalationParts(r: Fields, ctx: HistoryContext, pack: RulePack | undefined): string[] {
  const { t, lang } = ctx;
  const reason = reasonText(r.reasonCode, pack, lang);
  // The rules' own note is their computed detail (篇6 第三十一条's limit…), put in words as the site does.
  const note = r.byUser ? text(r.note) : detailText(text(r.note) || undefined, t, ctx.timeZone ?? DEFAULT_TIME_ZONE, pack, lang);
  return [
    t(r.byUser ? 'consoleTimeline.escalate' : 'consoleTimeline.escalatedBySystem'),
    reason ? t('consoleTimeline.reason', { reason }) : '',
    note && note !== reason ? t('consoleTimeline.note', { note }) : '',
  ];
}

/** A notice the rules raised about the case (electron/core/notifications/notification-records.ts), and who acknowledged it. */
function notificationParts(n: Fields, ctx: HistoryContext): string[] {
  const { t } = ctx;
  return [t('consoleTimeline.notified'), text(n.acknowledgedByName) ? t('consoleTimeline.acknowledgedBy', { name: text(n.acknowledgedByName) }) : ''];
}
