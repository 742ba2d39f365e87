import type { TFunction } from 'i18next';
import type { CustomerHistoryEntry } from '../../../../shared/api/customer-history';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import type { Language } from '../../../../shared/api/envelope';
import { formatCalendarDate } from '../../../lib/locale-format';
import { summarise } from '../../../lib/summarise';
import { classLabel } from '../../settings/rule-pack-text';
import { yuan } from '../credit/credit-form-model';
import { riskClassLabel } from '../risk-class-text';

const SUMMARY_LENGTH = 40;

/**
 * One history entry in words, in two parts around the complaint's serial (which the page shows as a
 * link): what was done ("回访" / "called back") and what came of it ("满意，态度基本满意").
 * `detail` is empty when there is nothing more to say.
 */
export interface HistoryWords {
  action: string;
  detail: string;
}

function callBackDetail(entry: Extract<CustomerHistoryEntry, { type: 'callBack' }>, t: TFunction): string {
  const verdict = t(entry.satisfied ? 'customerHistory.satisfied' : 'customerHistory.dissatisfied');
  const levels = t('customerHistory.levels', {
    timeliness: t(`satisfaction.${entry.timeliness}`),
    attitude: t(`satisfaction.${entry.attitude}`),
    result: t(`satisfaction.${entry.result}`),
  });
  const opinions = entry.otherOpinions ? t('customerHistory.opinions', { text: entry.otherOpinions }) : '';
  return t('customerHistory.callBackDetail', { verdict, method: t(`callBackMethods.${entry.method}`), levels, opinions });
}

function complaintWords(entry: Extract<CustomerHistoryEntry, { type: 'complaintReceived' | 'complaintClosed' | 'callBack' }>, t: TFunction, pack: RulePack | null, lang: string): HistoryWords {
  // Inside an English sentence the kind is a common noun: "received a complaint".
  const kind = lang === 'en' ? t(`kinds.${entry.complaint.kind}`).toLowerCase() : t(`kinds.${entry.complaint.kind}`);
  switch (entry.type) {
    case 'complaintReceived': {
      const cls = entry.classCode && entry.complaint.kind === 'complaint' ? t('customerHistory.class', { label: pack ? classLabel(pack, entry.classCode, lang) : entry.classCode }) : '';
      return { action: t('customerHistory.received', { kind }), detail: `${cls}${summarise(entry.content, SUMMARY_LENGTH)}` };
    }
    case 'complaintClosed':
      return { action: t(entry.outcome === 'closed' ? 'customerHistory.closed' : 'customerHistory.invalid', { kind }), detail: '' };
    case 'callBack':
      return { action: t('customerHistory.callBack'), detail: callBackDetail(entry, t) };
  }
}

function classOverrideWords(entry: Extract<CustomerHistoryEntry, { type: 'classOverridden' }>, t: TFunction, pack: RulePack | null, lang: string): HistoryWords {
  const label = (code: string | null) => (code === null ? t('customerHistory.ungraded') : pack ? classLabel(pack, code, lang) : code);
  const reason = entry.reason ? t('customerHistory.because', { reason: entry.reason }) : '';
  return {
    action: t(entry.override ? 'customerHistory.classOverridden' : 'customerHistory.classOverrideCleared'),
    detail: `${t('customerHistory.fromTo', { from: label(entry.fromClass), to: label(entry.toClass) })}${reason}`,
  };
}

/** 2026年11月 / November 2026 for a month `yyyy-MM`. */
function monthText(month: string, lang: string): string {
  const [year, n] = month.split('-').map(Number);
  if (!year || !n) return month;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, n - 1, 1)));
}

type AdjustmentEntry = Extract<CustomerHistoryEntry, { type: 'limitAdjustmentProposed' | 'limitAdjustmentDecided' }>;

/** 第四十一条's adjustment: proposed in a month's check, then approved (in force from a day) or refused (with the reason). */
function adjustmentWords(entry: AdjustmentEntry, t: TFunction, lang: string): HistoryWords {
  const amounts = t('customerHistory.limitFromTo', { month: monthText(entry.month, lang), from: yuan(entry.fromLimit), to: yuan(entry.toLimit) });
  if (entry.type === 'limitAdjustmentProposed') return { action: t('customerHistory.limitProposed'), detail: amounts };
  if (entry.decision === 'approved') {
    const since = entry.effectiveOn ? t('customerHistory.limitInForceFrom', { day: formatCalendarDate(entry.effectiveOn, lang as Language) }) : '';
    return { action: t('customerHistory.limitApproved'), detail: `${amounts}${since}` };
  }
  return { action: t('customerHistory.limitRefused'), detail: `${amounts}${entry.reason ? t('customerHistory.because', { reason: entry.reason }) : ''}` };
}

/** A risk meeting (第二篇 三、) that discussed the customer: the day it was held, its kinds, its conclusions. */
function meetingWords(entry: Extract<CustomerHistoryEntry, { type: 'riskMeeting' }>, t: TFunction, lang: string): HistoryWords {
  const kinds = entry.kinds.map((kind) => t(`riskMeetings.kinds.${kind}`)).join(t('customerHistory.listSeparator'));
  return {
    action: t('customerHistory.riskMeeting'),
    detail: t('customerHistory.riskMeetingDetail', { day: formatCalendarDate(entry.heldOn, lang as Language), kinds, conclusions: entry.conclusions }),
  };
}

/** The entry's sentence, after its moment and who acted. */
export function historyWords(entry: CustomerHistoryEntry, t: TFunction, pack: RulePack | null, lang: string): HistoryWords {
  switch (entry.type) {
    case 'complaintReceived':
    case 'complaintClosed':
    case 'callBack':
      return complaintWords(entry, t, pack, lang);
    case 'classOverridden':
      return classOverrideWords(entry, t, pack, lang);
    case 'followUp':
      return { action: entry.method ? t('customerHistory.followUpBy', { method: t(`followUpMethods.${entry.method}`) }) : t('customerHistory.followUp'), detail: entry.note };
    case 'creditProposed':
      return { action: t('customerHistory.creditProposed'), detail: t('customerHistory.creditOutcome', { grade: t(`credit.grades.${entry.grade}`), amount: yuan(entry.creditLimit) }) };
    case 'creditStep': {
      const decision = t(entry.decision === 'approved' ? 'customerHistory.agreed' : 'customerHistory.refused');
      const reason = entry.reason ? t('customerHistory.because', { reason: entry.reason }) : '';
      return { action: t(`customerHistory.creditSteps.${entry.step}`, { grade: t(`credit.grades.${entry.grade}`) }), detail: `${decision}${reason}` };
    }
    case 'riskClassChanged':
      return {
        action: t('customerHistory.riskClass'),
        detail: `${t('customerHistory.fromTo', { from: riskClassLabel(entry.fromClass, lang), to: riskClassLabel(entry.toClass, lang) })}${t('customerHistory.because', { reason: entry.reason })}`,
      };
    case 'riskClassRefused':
      return {
        action: t('customerHistory.riskClassRefused'),
        detail: `${t('customerHistory.fromTo', { from: riskClassLabel(entry.fromClass, lang), to: riskClassLabel(entry.toClass, lang) })}${t('customerHistory.proposedBecause', { reason: entry.reason })}${entry.note ? t('customerHistory.refusalNote', { note: entry.note }) : ''}`,
      };
    case 'limitAdjustmentProposed':
    case 'limitAdjustmentDecided':
      return adjustmentWords(entry, t, lang);
    case 'riskMeeting':
      return meetingWords(entry, t, lang);
    case 'merged':
      return { action: t('customerHistory.merged', { name: entry.name }), detail: entry.reason };
  }
}
