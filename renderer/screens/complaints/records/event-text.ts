import type { TFunction } from 'i18next';
import type { ComplaintEvent } from '../../../../shared/api/workflow';
import { COMPENSATION_TYPE_INFO, COMPENSATION_TYPES, type CompensationType } from '../../../../shared/domain/case-records';
import { SANCTION_MEASURE_LABELS, SANCTION_MEASURES, sanctionArticle, type SanctionMeasure } from '../../../../shared/domain/sanction-articles';
import { citationText } from '../../../../shared/sources/citation';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';

/** The handling-log events the case records leave (electron/core/case-records/). */
const EVENTS = [
  'report.save',
  'report.submit',
  'report.managerReview',
  'report.adminHrOpinion',
  'report.gmApproval',
  'compensation.add',
  'compensation.decide',
  'compensation.deliver',
  'capa.add',
  'capa.complete',
  'capa.verify',
  'sanction.add',
] as const;
type CaseRecordEvent = (typeof EVENTS)[number];

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

type EventDetails = ComplaintEvent['details'];

/** What each family's wording needs: the event's details, and how to add a line and word a value. */
interface Wording {
  d: EventDetails;
  t: TFunction;
  lang: string;
  add: (label: string, value: unknown) => void;
  time: (v: unknown) => string | undefined;
}

function reportLines(action: Extract<CaseRecordEvent, `report.${string}`>, { d, t, add }: Wording): void {
  if (action === 'report.save' || action === 'report.submit') {
    const yesNo = typeof d.originalAttached === 'boolean' ? (d.originalAttached ? t('caseRecords.yes') : t('caseRecords.no')) : undefined;
    add(t('caseRecords.report.originalAttachedLabel'), yesNo);
    return;
  }
  add(t('caseRecords.report.decision'), d.decision === 'approve' || d.decision === 'return' ? t(`caseRecords.report.decisions.${d.decision}`) : undefined);
  add(t('caseRecords.report.opinion'), d.opinion);
}

function compensationLines(action: Extract<CaseRecordEvent, `compensation.${string}`>, { d, t, lang, add, time }: Wording): void {
  add(t('caseRecords.compensation.type'), isOneOf<CompensationType>(COMPENSATION_TYPES, d.type) ? pick(COMPENSATION_TYPE_INFO[d.type].label, lang) : undefined);
  switch (action) {
    case 'compensation.add':
      add(t('caseRecords.compensation.amount'), typeof d.amount === 'number' ? d.amount.toFixed(2) : undefined);
      add(t('caseRecords.compensation.giftQty'), d.giftQty);
      add(t('caseRecords.compensation.status'), d.approvalRequired ? t('caseRecords.compensation.statuses.pending_approval') : t('caseRecords.compensation.statuses.not_required'));
      break;
    case 'compensation.decide':
      add(t('caseRecords.compensation.decision'), typeof d.approve === 'boolean' ? (d.approve ? t('caseRecords.compensation.approve') : t('caseRecords.compensation.refuse')) : undefined);
      add(t('caseRecords.compensation.decisionNote'), d.note);
      break;
    case 'compensation.deliver':
      add(t('caseRecords.compensation.deliveredAt'), time(d.deliveredAt));
      if (d.late === true) add(t('caseRecords.compensation.late'), t('caseRecords.yes'));
      break;
  }
}

function capaLines(action: Extract<CaseRecordEvent, `capa.${string}`>, { d, t, add, time }: Wording): void {
  add(t('caseRecords.capa.action'), d.action);
  switch (action) {
    case 'capa.add':
      add(t('caseRecords.capa.owner'), d.ownerName);
      add(t('caseRecords.capa.dueAt'), time(d.dueAt));
      break;
    case 'capa.complete':
      add(t('caseRecords.capa.implementationNote'), d.note);
      break;
    case 'capa.verify':
      add(t('caseRecords.capa.result'), typeof d.effective === 'boolean' ? (d.effective ? t('caseRecords.capa.effective') : t('caseRecords.capa.notEffective')) : undefined);
      add(t('caseRecords.capa.verificationNote'), d.note);
      add(t('caseRecords.capa.newDueAt'), time(d.dueAt));
      break;
  }
}

function sanctionLines({ d, t, lang, add }: Wording): void {
  const article = typeof d.articleCode === 'string' ? sanctionArticle(d.articleCode) : undefined;
  add(t('caseRecords.sanction.person'), d.personName);
  add(t('caseRecords.sanction.kind'), d.kind === 'penalty' || d.kind === 'reward' ? t(`caseRecords.sanction.kinds.${d.kind}`) : undefined);
  add(t('caseRecords.sanction.measure'), isOneOf<SanctionMeasure>(SANCTION_MEASURES, d.measure) ? pick(SANCTION_MEASURE_LABELS[d.measure], lang) : undefined);
  add(t('caseRecords.sanction.amount'), typeof d.amount === 'number' ? d.amount.toFixed(2) : undefined);
  add(t('caseRecords.sanction.points'), d.points);
  add(t('caseRecords.sanction.article'), article ? `${pick(article.label, lang)}（${citationText(article.source, lang)}）` : d.articleCode);
}

function isFamily<F extends string>(action: CaseRecordEvent, family: F): action is Extract<CaseRecordEvent, `${F}.${string}`> {
  return action.startsWith(`${family}.`);
}

/** A case-record event in words for the 处理过程 timeline, or null when the event is not one of ours. */
export function caseRecordEventText(event: ComplaintEvent, t: TFunction, lang: string, timeZone: string): { title: string; lines: { label: string; value: string }[] } | null {
  if (!isOneOf(EVENTS, event.action)) return null;
  const action: CaseRecordEvent = event.action;
  const lines: { label: string; value: string }[] = [];
  const add = (label: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') lines.push({ label, value: String(value) });
  };
  const wording: Wording = { d: event.details, t, lang, add, time: (v) => (typeof v === 'string' ? formatInstant(v, timeZone) : undefined) };
  if (isFamily(action, 'report')) reportLines(action, wording);
  else if (isFamily(action, 'compensation')) compensationLines(action, wording);
  else if (isFamily(action, 'capa')) capaLines(action, wording);
  else sanctionLines(wording);
  return { title: t(`caseRecords.events.${action.replace('.', '_') as 'report_save'}`), lines };
}
