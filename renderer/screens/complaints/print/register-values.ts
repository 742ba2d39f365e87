import type { CaseRecords } from '../../../../shared/api/case-records';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { formatInstant } from '../../../lib/zoned-time';
import { classLabel, pick } from '../../settings/rule-pack-text';
import { capaLine, compensationLine, sanctionLine } from '../records/record-text';
import { reasonText, type TextContext } from '../workflow/workflow-text';
import type { RegisterField } from './register-layouts';

/**
 * What a register box holds for this record, in words; '' leaves the box
 * empty to fill in by hand (signatures, approvals, what Branchline does not
 * record yet).
 */
export function registerValue(field: RegisterField, c: ComplaintDetail, ctx: TextContext, records?: CaseRecords): string {
  return intakeValue(field, c, ctx) ?? handlingValue(field, c, ctx) ?? closingValue(field, c, ctx, records) ?? '';
}

/** The boxes filled at intake: who, when, what, and its class. */
function intakeValue(field: RegisterField, c: ComplaintDetail, ctx: TextContext): string | undefined {
  const { t, lang, timeZone, pack } = ctx;
  const w = c.workflow;
  const when = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  switch (field) {
    case 'serial':
      return c.serial;
    case 'kind':
      return t(`kinds.${c.kind}`);
    case 'channel':
      return t(`channels.${c.channel}`);
    case 'customer':
      return c.customerName;
    case 'phone':
      return c.customerPhone ?? '';
    case 'receivedAt':
      return when(c.receivedAt);
    case 'enteredAt':
      return when(c.enteredAt);
    case 'content':
      return c.content;
    case 'restatement':
      return c.restatement ?? '';
    case 'remedy':
      return c.remedy ? t(`remedies.${c.remedy}`) : '';
    case 'firstReceiver':
      return c.firstReceiverName;
    case 'class':
      // Only complaints have a class (seed004 §D); a suggestion or inquiry prints its kind in that box.
      if (c.kind !== 'complaint') return t(`kinds.${c.kind}`);
      if (c.grade) return pick(c.grade.classLabel, lang);
      return c.classCode && pack ? classLabel(pack, c.classCode, lang) : (c.classCode ?? '');
    case 'validity':
      return t(`validity.${w.validity}`) + (w.invalidReason ? `（${reasonText(w.invalidReasons, w.invalidReason, lang)}）` : '');
    case 'subject':
      return c.subjectUserName ?? '';
    default:
      return undefined;
  }
}

/** The boxes filled while handling: status, who was assigned, the solution and the reply. */
function handlingValue(field: RegisterField, c: ComplaintDetail, ctx: TextContext): string | undefined {
  const { t, timeZone } = ctx;
  const w = c.workflow;
  const when = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  switch (field) {
    case 'status':
      return t(`complaintStatuses.${c.status}`);
    case 'proposedSolution':
      return c.proposedSolution ?? '';
    case 'unit':
      return c.unit ?? '';
    case 'assignee':
      return c.assigneeName ?? '';
    case 'assignedBy':
      return w.events.find((e) => e.action === 'accept')?.byName ?? '';
    case 'assignedAt':
      return when(w.events.find((e) => e.action === 'accept')?.at);
    case 'resolver':
      return w.solution?.resolverName ?? '';
    case 'solutionDue':
      return when(w.solution?.dueAt);
    case 'measures':
      return w.solution?.measures ?? '';
    case 'result':
      return w.result ?? '';
    case 'replyMethod':
      return w.replyMethod ? t(`replyMethods.${w.replyMethod}`) : '';
    case 'customerInformedAt':
      return when(w.customerInformedAt);
    default:
      return undefined;
  }
}

/** The boxes of the outcome: circumstances, loss, call-back, product and the case's records; '' for those filled by hand. */
function closingValue(field: RegisterField, c: ComplaintDetail, ctx: TextContext, records?: CaseRecords): string | undefined {
  const { t, lang, timeZone } = ctx;
  const w = c.workflow;
  const when = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  switch (field) {
    case 'majorCircumstances':
      return [
        c.mediaInvolved ? t('register.circumstances.media') : '',
        c.regulatorInvolved ? t('register.circumstances.regulator') : '',
        c.groupSize ? t('register.circumstances.group', { count: c.groupSize }) : '',
      ]
        .filter(Boolean)
        .join(t('common.listSeparator'));
    case 'directLoss':
      return c.directLoss === null ? '' : t('register.yuan', { amount: c.directLoss });
    case 'callBackOutcome': {
      const last = w.callBacks.at(-1);
      if (!last) return '';
      const outcome = last.satisfied ? t('workflow.satisfied') : t('workflow.dissatisfied');
      return [when(last.at), t(`callBackMethods.${last.method}`), outcome, last.otherOpinions ?? ''].filter(Boolean).join('　');
    }
    case 'closedAt':
      return when(c.closedAt);
    case 'product':
      return c.product ?? '';
    case 'batch':
      return c.batchNo ?? '';
    case 'quantity':
      return c.quantity === null ? '' : `${c.quantity}${c.quantityUnit ?? ''}`;
    case 'compensation':
      return (records?.compensations ?? []).map((x) => compensationLine(x, t, lang)).join('\n');
    case 'correctiveAction':
      return (records?.capas ?? []).map((x) => capaLine(x, t)).join('\n');
    case 'rewardsPenalties':
      return (records?.sanctions ?? []).map((x) => sanctionLine(x, t, lang)).join('\n');
    case 'retroactive':
    case 'departmentComplainedOf':
    case 'sampleProvided':
    case 'approval':
      return '';
    default:
      return undefined;
  }
}
