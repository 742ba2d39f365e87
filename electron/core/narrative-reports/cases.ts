import { newId } from '../../../shared/ids';
import type { ApiOutput } from '../../../shared/api/contract';
import type { CaseListItem } from '../../../shared/api/narrative-reports';
import type { User } from '../../../shared/api/users';
import { caseKindForClass } from '../../../shared/reports/narrative';
import { caseFactsOf, type CaseFacts } from '../../../shared/reports/narrative/case-facts';
import type { CaseNarrativeKind } from '../../../shared/reports/narrative/kind-schema';
import { addDays, dayStartInstant } from '../../../shared/reports/period';
import type { ReadDb, WriteDb } from '../db/handles';
import type { GradingEnv } from '../complaints/grading';
import { catalogPacks, findCatalogPack } from '../rule-packs/rule-pack-catalog';
import { readSite } from '../site/site';
import { complaintDetail } from '../complaints/workflow';
import { mayWrite, refuse } from './access';
import { caseCandidates, caseRowsOf, insertNarrativeRow, type ListedNarrativeRow, type NarrativeRow } from './repository';

/**
 * Case reports (篇6 第三十八条(一)7 客户重大投诉专项报告): a narrative report
 * about one complaint. Which complaints need one is the rule pack's data —
 * the class the complaint is graded in, in the pack version it was graded by,
 * names the report kind (`specialReport`) — never a class name here.
 */

export const CASE_PERIOD_KIND = 'case';

export interface CaseScope {
  kind: CaseNarrativeKind;
  facts: CaseFacts;
}

/** The complaint's special report kind and its facts as they are now; refused when its class demands none. */
export function caseScopeOrRefuse(db: ReadDb, user: User, complaintId: string, env: GradingEnv | null): CaseScope {
  const detail = complaintDetail(db, complaintId, user, env);
  if (!detail) throw refuse('NOT_FOUND', 'complaintNotFound', undefined, 'complaintId');
  const grade = detail.grade;
  const kind = grade ? caseKindForClass(findCatalogPack(db, grade.packId, grade.packVersion), grade.classCode, readSite(db)?.rulePack ?? null) : null;
  if (!grade || !kind) throw refuse('VALIDATION', 'notMajor', { serial: detail.serial }, 'complaintId');
  if (!mayWrite(user, kind)) throw refuse('FORBIDDEN', 'notAllowed');
  return { kind, facts: caseFactsOf({ ...detail, grade }) };
}

function caseItem(kindId: string, complaint: CaseListItem['complaint'], rows: readonly ListedNarrativeRow[]): CaseListItem {
  const issued = rows.filter((r) => r.status === 'issued');
  const newest = issued.at(-1);
  return {
    kindId,
    complaint,
    state: newest ? 'issued' : 'due',
    draftId: rows.find((r) => r.status === 'draft')?.id ?? null,
    issued: newest ? { id: newest.id, version: newest.version, issuedAt: newest.issued_at!, issuedByName: newest.issued_by_name ?? '' } : null,
  };
}

/** The special report a complaint's class demands, for its detail page; nothing when none is offered to this user. */
export function caseReportOf(db: ReadDb, user: User, complaintId: string, env: GradingEnv | null): ApiOutput<'narrativeReports.forComplaint'> {
  let scope: CaseScope;
  try {
    scope = caseScopeOrRefuse(db, user, complaintId, env);
  } catch {
    return { kind: null, item: null };
  }
  const { facts } = scope;
  const complaint = { id: facts.complaintId, serial: facts.serial, receivedAt: facts.receivedAt, classLabel: facts.grade.classLabel };
  return { kind: scope.kind, item: caseItem(scope.kind.id, complaint, caseRowsOf(db, [complaintId])) };
}

/** The special reports of the complaints received in a year (local days) whose class demands one, for the kinds the user may see. */
export function listCaseReports(db: ReadDb, kinds: readonly CaseNarrativeKind[], year: string): CaseListItem[] {
  if (kinds.length === 0) return [];
  const sitePack = readSite(db)?.rulePack ?? null;
  const packs = catalogPacks(db).map((c) => c.pack);
  const classCodes = [...new Set(packs.flatMap((p) => p.classes.filter((c) => c.specialReport && kinds.some((k) => k.id === c.specialReport!.kindId)).map((c) => c.code)))];
  const candidates = caseCandidates(db, dayStartInstant(`${year}-01-01`), dayStartInstant(addDays(`${Number(year) + 1}-01-01`, 0)), classCodes);
  const rows = caseRowsOf(
    db,
    candidates.map((c) => c.id),
  );
  const items: CaseListItem[] = [];
  for (const c of candidates) {
    const own = rows.filter((r) => r.complaint_id === c.id);
    const pack = packs.find((p) => p.id === c.rule_pack_id && p.version === c.rule_pack_version);
    const kind = (c.class_code ? caseKindForClass(pack, c.class_code, sitePack) : null) ?? kinds.find((k) => own.some((r) => r.kind_id === k.id));
    if (!kind || !kinds.some((k) => k.id === kind.id)) continue;
    const classLabel = pack?.classes.find((k) => k.code === c.class_code)?.label ?? { zh: c.class_code ?? '—', en: c.class_code ?? '—' };
    items.push(caseItem(kind.id, { id: c.id, serial: c.serial, receivedAt: c.received_at, classLabel }, own));
  }
  return items;
}

/** A case report's first draft (its text is saved by the common saveDraft). */
export function newCaseDraft(tx: WriteDb, user: User, kind: CaseNarrativeKind, complaintId: string, sections: string, at: string): NarrativeRow {
  const row: NarrativeRow = {
    id: newId(),
    kind_id: kind.id,
    period_kind: CASE_PERIOD_KIND,
    period_key: complaintId,
    complaint_id: complaintId,
    version: 1,
    status: 'draft',
    sections,
    replaces: null,
    correction_reason: null,
    drafted_by: user.id,
    updated_at: at,
    statistics: null,
    issued_by: null,
    issued_role: null,
    issued_at: null,
  };
  insertNarrativeRow(tx, row);
  return row;
}


/** A case report draft's facts as the complaint is now (the class may have changed since the draft began). */
export function liveCaseFacts(db: ReadDb, user: User, complaintId: string, env: GradingEnv | null): CaseFacts {
  const detail = complaintDetail(db, complaintId, user, env);
  if (!detail) throw refuse('NOT_FOUND', 'complaintNotFound', undefined, 'complaintId');
  if (!detail.grade) throw refuse('VALIDATION', 'notMajor', { serial: detail.serial }, 'complaintId');
  return caseFactsOf({ ...detail, grade: detail.grade });
}
