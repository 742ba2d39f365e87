import { newId } from '../../../shared/ids';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { NarrativeListItem, NarrativeVersion, SectionTexts } from '../../../shared/api/narrative-reports';
import type { User } from '../../../shared/api/users';
import { dueDate } from '../../../shared/reports/compute';
import { isCaseKind, isPeriodKind, type NarrativeKind } from '../../../shared/reports/narrative/kind-schema';
import { bucketKeys, localDay, parsePeriod, type Period, type PeriodKind } from '../../../shared/reports/period';
import type { ReportResult } from '../../../shared/reports/result';
import type { CaseFacts } from '../../../shared/reports/narrative/case-facts';
import type { ReadDb, WriteDb } from '../db/handles';
import { checkedPeriod } from '../reports';
import { closeReportReminders } from '../notifications';
import type { GradingEnv } from '../complaints/grading';
import { recordChange } from '../change-log/change-log';
import { kindOrRefuse, refuse, requireSigner, visibleKinds } from './access';
import { CASE_PERIOD_KIND, caseScopeOrRefuse, listCaseReports, liveCaseFacts, newCaseDraft } from './cases';
import { insertNarrativeRow, markIssued, narrativeRow, narrativeRowsOfYear, updateDraftSections, versionsOf, type ListedNarrativeRow, type NarrativeRow } from './repository';
import { narrativeStatistics } from './statistics';

/**
 * Narrative periodic reports: a draft per kind and period, written and saved
 * as it is typed; issued (签发) by the kind's signer role once the period has
 * ended, which freezes the numbers and the text; corrected only by a new
 * version that names the one it replaces.
 */

const periodOfRow = (row: NarrativeRow): Period => parsePeriod(row.period_kind as PeriodKind, row.period_key)!;

function rowOrRefuse(db: ReadDb, id: string): ListedNarrativeRow {
  const row = narrativeRow(db, id);
  if (!row) throw refuse('NOT_FOUND', 'notFound', undefined, 'id');
  return row;
}

/** Who asks, and the site's grading env: a case report's live facts are the complaint's detail as this user sees it. */
export interface Viewer {
  user: User;
  env: GradingEnv | null;
}

/** What a version shows besides its text: a period's numbers, or a case's facts (frozen once issued, live in a draft). */
function contentOf(db: ReadDb, kind: NarrativeKind, row: ListedNarrativeRow, now: Date, viewer: Viewer): Pick<NarrativeVersion, 'period' | 'complaint' | 'dueDate' | 'statistics' | 'caseFacts'> {
  if (isCaseKind(kind)) {
    const facts = row.statistics ? (JSON.parse(row.statistics) as CaseFacts) : liveCaseFacts(db, viewer.user, row.complaint_id!, viewer.env);
    return { period: null, complaint: { id: facts.complaintId, serial: facts.serial }, dueDate: null, statistics: null, caseFacts: facts };
  }
  const period = periodOfRow(row);
  const statistics = row.statistics ? (JSON.parse(row.statistics) as ReportResult) : narrativeStatistics(db, kind, period, now.toISOString());
  return { period, complaint: null, dueDate: dueDate(kind.due, period), statistics, caseFacts: null };
}

export function toVersion(db: ReadDb, kind: NarrativeKind, row: ListedNarrativeRow, now: Date, viewer: Viewer): NarrativeVersion {
  return {
    id: row.id,
    kindId: row.kind_id,
    title: kind.title,
    ...contentOf(db, kind, row, now, viewer),
    version: row.version,
    status: row.status,
    sections: JSON.parse(row.sections) as SectionTexts,
    replaces: row.replaces && row.replaces_version !== null ? { id: row.replaces, version: row.replaces_version } : null,
    correctionReason: row.correction_reason,
    replacedBy: row.replaced_by && row.replaced_by_version !== null ? { id: row.replaced_by, version: row.replaced_by_version } : null,
    draftedByName: row.drafted_by_name,
    updatedAt: row.updated_at,
    issued: row.issued_at && row.issued_role ? { at: row.issued_at, byName: row.issued_by_name ?? '', role: row.issued_role } : null,
  };
}

function listItem(kind: NarrativeKind, period: Period, rows: readonly ListedNarrativeRow[], today: string): NarrativeListItem {
  const due = dueDate(kind.due, period);
  const issued = rows.filter((r) => r.status === 'issued');
  const newest = issued.at(-1);
  const first = issued[0];
  const draft = rows.find((r) => r.status === 'draft');
  let state: NarrativeListItem['state'];
  if (first) state = due !== null && localDay(first.issued_at!) > due ? 'issuedLate' : 'issued';
  else if (period.lastDay >= today) state = 'open';
  else state = due !== null && today > due ? 'overdue' : 'due';
  return {
    kindId: kind.id,
    period,
    dueDate: due,
    state,
    draftId: draft?.id ?? null,
    issued: newest ? { id: newest.id, version: newest.version, issuedAt: newest.issued_at!, issuedByName: newest.issued_by_name ?? '' } : null,
  };
}

/** Every period of the year that has begun, for each kind the user may see, newest first. */
export function listNarratives(db: ReadDb, user: User, year: string, now: Date): ApiOutput<'narrativeReports.list'> {
  const kinds = visibleKinds(db, user);
  const whole = checkedPeriod({ kind: 'year', key: year }, now);
  const today = localDay(now);
  const rows = narrativeRowsOfYear(db, year);
  const items: NarrativeListItem[] = [];
  for (const kind of kinds.filter(isPeriodKind)) {
    for (const periodKind of kind.periods) {
      for (const key of bucketKeys(whole, periodKind)) {
        const period = parsePeriod(periodKind, key)!;
        if (period.firstDay > today || !key.startsWith(year)) continue;
        items.push(listItem(kind, period, rows.filter((r) => r.kind_id === kind.id && r.period_kind === periodKind && r.period_key === key), today));
      }
    }
  }
  items.sort((a, b) => b.period.lastDay.localeCompare(a.period.lastDay) || a.kindId.localeCompare(b.kindId));
  return { kinds, today, items, cases: listCaseReports(db, kinds.filter(isCaseKind), year) };
}

export function getNarrative(db: ReadDb, viewer: Viewer, id: string, now: Date): NarrativeVersion {
  const row = rowOrRefuse(db, id);
  return toVersion(db, kindOrRefuse(db, viewer.user, row.kind_id), row, now, viewer);
}

function checkedSections(kind: NarrativeKind, sections: SectionTexts): string {
  const known = new Set(kind.sections.map((s) => s.id));
  for (const id of Object.keys(sections)) if (!known.has(id)) throw refuse('VALIDATION', 'unknownSection', { id }, `sections.${id}`);
  return JSON.stringify(sections);
}

function audit(tx: WriteDb, user: User, at: Date, action: string, row: NarrativeRow, syncPayload: unknown): void {
  recordChange(tx, { userId: user.id, at, action, entity: 'narrative_report', entityId: row.id, entityVersion: 1, before: null, after: { ...row, statistics: row.statistics ? '(frozen)' : null }, syncPayload });
}

/** Saves the text onto the report's open draft (or the one named), else creates its first draft; an issued version is frozen. */
function saveOnto(tx: WriteDb, user: User, scope: { kind: NarrativeKind; periodKind: string; periodKey: string; id: string | undefined }, sections: string, now: Date, create: (at: string) => NarrativeRow): string {
  const at = now.toISOString();
  const versions = versionsOf(tx, scope.kind.id, scope.periodKind, scope.periodKey);
  const target = scope.id ? rowOrRefuse(tx, scope.id) : versions.find((r) => r.status === 'draft');
  if (target) {
    if (target.status === 'issued') throw refuse('CONFLICT', 'issuedFrozen', { version: target.version });
    if (target.kind_id !== scope.kind.id || target.period_kind !== scope.periodKind || target.period_key !== scope.periodKey) throw refuse('VALIDATION', 'otherReport', undefined, 'id');
    updateDraftSections(tx, target.id, sections, at);
    audit(tx, user, now, 'narrativeReports.saveDraft', { ...target, sections, updated_at: at }, null);
    return target.id;
  }
  if (versions.some((r) => r.status === 'issued')) throw refuse('CONFLICT', 'alreadyIssued');
  const row = create(at);
  audit(tx, user, now, 'narrativeReports.saveDraft', row, null);
  return row.id;
}

/** The report's draft, created or saved: a period's, or a complaint's (its class must demand one). */
export function saveDraft(tx: WriteDb, viewer: Viewer, input: ApiParsedInput<'narrativeReports.saveDraft'>, now: Date): string {
  const { user } = viewer;
  const kind = kindOrRefuse(tx, user, input.kindId);
  const sections = checkedSections(kind, input.sections);
  if (isCaseKind(kind)) {
    if (!input.complaintId) throw refuse('VALIDATION', 'otherReport', undefined, 'complaintId');
    const complaintId = input.complaintId;
    if (caseScopeOrRefuse(tx, user, complaintId, viewer.env).kind.id !== kind.id) throw refuse('VALIDATION', 'otherReport', undefined, 'kindId');
    return saveOnto(tx, user, { kind, periodKind: CASE_PERIOD_KIND, periodKey: complaintId, id: input.id }, sections, now, (at) => newCaseDraft(tx, user, kind, complaintId, sections, at));
  }
  if (!input.period) throw refuse('VALIDATION', 'otherReport', undefined, 'period');
  const period = checkedPeriod(input.period, now, kind.periods);
  return saveOnto(tx, user, { kind, periodKind: period.kind, periodKey: period.key, id: input.id }, sections, now, (at) => {
    const row: NarrativeRow = { id: newId(), kind_id: kind.id, period_kind: period.kind, period_key: period.key, complaint_id: null, version: 1, status: 'draft', sections, replaces: null, correction_reason: null, drafted_by: user.id, updated_at: at, statistics: null, issued_by: null, issued_role: null, issued_at: null };
    insertNarrativeRow(tx, row);
    return row;
  });
}

/** What 签发 freezes: a period's numbers once the period has ended, or a case's facts while its class still demands the report. */
function frozenContent(tx: WriteDb, viewer: Viewer, kind: NarrativeKind, row: NarrativeRow, now: Date): string {
  if (isCaseKind(kind)) return JSON.stringify(caseScopeOrRefuse(tx, viewer.user, row.complaint_id!, viewer.env).facts);
  const period = periodOfRow(row);
  return JSON.stringify(narrativeStatistics(tx, kind, period, now.toISOString()));
}

/** 签发: the signer role, a period that has ended (or a case whose class demands it), every required section written; then the numbers or facts are frozen and the version goes to head office. */
export function issueNarrative(tx: WriteDb, viewer: Viewer, id: string, now: Date): string {
  const { user } = viewer;
  const row = rowOrRefuse(tx, id);
  const kind = kindOrRefuse(tx, user, row.kind_id);
  if (row.status === 'issued') throw refuse('CONFLICT', 'issuedFrozen', { version: row.version });
  requireSigner(user, kind);
  if (isPeriodKind(kind)) {
    const period = periodOfRow(row);
    if (period.lastDay >= localDay(now)) throw refuse('VALIDATION', 'periodNotEnded', { date: { date: period.lastDay } });
  }
  const sections = JSON.parse(row.sections) as SectionTexts;
  const missing = kind.sections.find((s) => s.required && !(sections[s.id] ?? '').trim());
  if (missing) throw refuse('VALIDATION', 'sectionMissing', undefined, `sections.${missing.id}`);
  const at = now.toISOString();
  markIssued(tx, row.id, { statistics: frozenContent(tx, viewer, kind, row, now), issuedBy: user.id, role: kind.signer.role, at });
  // Reminders are per period (a case report has no due day to be reminded of).
  if (isPeriodKind(kind)) closeReportReminders(tx, { kindId: kind.id, period: periodOfRow(row) }, now);
  const issued = narrativeRow(tx, row.id)!;
  const payload = { ...toVersion(tx, kind, issued, now, viewer), issuedById: user.id };
  audit(tx, user, now, 'narrativeReports.issue', issued, payload);
  return row.id;
}

/** A correction of an issued version: a new draft naming it, with the reason; the old version stays as it was. */
export function reissueNarrative(tx: WriteDb, user: User, input: ApiParsedInput<'narrativeReports.reissue'>, now: Date): string {
  const row = rowOrRefuse(tx, input.id);
  kindOrRefuse(tx, user, row.kind_id);
  if (row.status !== 'issued') throw refuse('VALIDATION', 'notIssued', undefined, 'id');
  if (versionsOf(tx, row.kind_id, row.period_kind, row.period_key).some((r) => r.status === 'draft')) throw refuse('CONFLICT', 'draftExists');
  if (row.replaced_by) throw refuse('CONFLICT', 'alreadyCorrected', { version: row.replaced_by_version ?? 0 });
  const next: NarrativeRow = {
    id: newId(),
    kind_id: row.kind_id,
    period_kind: row.period_kind,
    period_key: row.period_key,
    complaint_id: row.complaint_id,
    version: row.version + 1,
    status: 'draft',
    sections: row.sections,
    replaces: row.id,
    correction_reason: input.reason,
    drafted_by: user.id,
    updated_at: now.toISOString(),
    statistics: null,
    issued_by: null,
    issued_role: null,
    issued_at: null,
  };
  insertNarrativeRow(tx, next);
  audit(tx, user, now, 'narrativeReports.reissue', next, null);
  return next.id;
}
