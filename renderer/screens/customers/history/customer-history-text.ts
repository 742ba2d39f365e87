import type { TFunction } from 'i18next';
import type { CustomerHistoryEntry } from '../../../../shared/api/customer-history';
import type { RulePack } from '../../../../shared/rules/pack-schema';
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
    case 'merged':
      return { action: t('customerHistory.merged', { name: entry.name }), detail: entry.reason };
  }
}
