import { newId } from '../../../shared/ids';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { ApiError, type ReasonParam } from '../../../shared/api/errors';
import type { LedgerEntry } from '../../../shared/api/sanction-ledger';
import type { User } from '../../../shared/api/users';
import { sanctionArticle, type SanctionArticle } from '../../../shared/domain/sanction-articles';
import { localDay } from '../../../shared/reports/period';
import { ledgerAmount, type LedgerMeasure } from '../../../shared/sanctions/ledger-amount';
import type { WriteDb } from '../db/handles';
import { raiseThresholdNotice } from '../notifications';
import { knownUnits } from '../reports/report-repository';
import { actorOf, complaintRow } from '../complaints/complaint-actor';
import { recordChange } from '../change-log/change-log';
import type { ComplaintRow } from '../complaints/complaint-rows';
import { readSite } from '../site/site';
import { dueSanctionsOf, requireSanctionApplies } from '../thresholds';
import { insertLedgerRow, ledgerRow, unitOfUser, type NewLedgerRow } from './ledger-repository';
import { toLedgerEntry } from './ledger-entries';

/**
 * Booking fines and points (罚款与扣分台帐): each entry rests on an article of
 * the cited list, for the case that caused it, against a person or a unit,
 * with who decided and on which day. Entries are never changed: a wrong one
 * is reversed by a new entry with the negated amount and points.
 */

type Target = ApiParsedInput<'sanctionLedger.record'>['targets'][number];

const refuse = (code: 'VALIDATION' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND', key: string, params?: Record<string, ReasonParam>, path?: string) =>
  ApiError.because(code, `sanctions.errors.${key}`, params, path);

function requireDecider(row: ComplaintRow, user: User): void {
  const actor = actorOf(row, user);
  if (actor.isSubject) throw refuse('FORBIDDEN', 'recusal');
  if (!actor.permissions.has('sanction.record')) throw refuse('FORBIDDEN', 'notAllowed');
}

function articleOrRefuse(code: string): SanctionArticle {
  const article = sanctionArticle(code);
  if (!article) throw refuse('VALIDATION', 'unknownArticle', { code }, 'articleCode');
  return article;
}

/** Writes one entry with its audit and outbox rows; head office gets it with the case's serial and the names, which it cannot look up. */
function book(tx: WriteDb, row: NewLedgerRow, user: User, at: Date): void {
  insertLedgerRow(tx, row);
  const { reversed_by: _never, ...stored } = ledgerRow(tx, row.id)!;
  recordChange(tx, { userId: user.id, at, action: row.reverses ? 'sanctionLedger.reverse' : 'sanctionLedger.record', entity: 'sanction_ledger', entityId: row.id, entityVersion: 1, before: null, after: row, syncPayload: stored });
}

/** The store's counts crossed on this complaint (篇5 6.2 诫勉): one notice each to the lead's inbox. */
function noticeThresholds(tx: WriteDb, row: ComplaintRow, user: User, at: Date): void {
  const packId = row.rule_pack_id ?? readSite(tx)?.rulePack ?? '';
  for (const due of dueSanctionsOf(tx, row)) {
    const label = sanctionArticle(due.articleCode)?.label ?? { zh: due.articleCode, en: due.articleCode };
    raiseThresholdNotice(
      tx,
      {
        complaintId: row.id,
        articleCode: due.articleCode,
        source: due.source,
        personId: due.personId,
        packId,
        packVersion: row.rule_pack_version ?? '',
        notify: {
          zh: `${due.personName}：一年内已累计 ${due.count} 次（满 ${due.needed} 次即适用）——${label.zh}`,
          en: `${due.personName}: ${due.count} within a year (applies at ${due.needed}) — ${label.en}`,
        },
      },
      user.id,
      at,
    );
  }
}

interface Booking {
  complaint: ComplaintRow;
  article: SanctionArticle;
  measure: LedgerMeasure;
  amount?: number | undefined;
  points?: number | undefined;
  target: Target;
  note: string | null;
  sanctionId: string | null;
}

function entryRow(tx: WriteDb, booking: Booking, user: User, at: Date): NewLedgerRow {
  const { complaint, article, target } = booking;
  const checked = ledgerAmount(article, { measure: booking.measure, amount: booking.amount, points: booking.points, deductionRole: 'personId' in target ? target.deductionRole : undefined });
  if (!checked.ok) throw ApiError.because('VALIDATION', checked.key, checked.params, checked.path);
  const base = { id: newId(), complaint_id: complaint.id, sanction_id: booking.sanctionId, article_code: article.code, measure: booking.measure, amount: checked.amount, points: checked.points, deduction_role: checked.deductionRole, note: booking.note, reverses: null, decided_by: user.id, decided_on: localDay(at), recorded_at: at.toISOString() };
  if ('unit' in target) {
    if (!knownUnits(tx).includes(target.unit)) throw refuse('VALIDATION', 'unknownUnit', { unit: target.unit }, 'targets');
    return { ...base, target: 'unit', person_id: null, unit: target.unit };
  }
  const person = unitOfUser(tx, target.personId);
  if (!person) throw refuse('VALIDATION', 'unknownPerson', undefined, 'targets');
  if (person.id === user.id) throw refuse('VALIDATION', 'self', undefined, 'targets');
  requireSanctionApplies(tx, article, complaint, person.id);
  return { ...base, target: 'person', person_id: person.id, unit: person.unit };
}

/** 'sanctionLedger.record': one entry per target, all or none. */
export function recordLedger(tx: WriteDb, input: ApiParsedInput<'sanctionLedger.record'>, user: User, at: Date): string[] {
  const complaint = complaintRow(tx, input.complaintId);
  requireDecider(complaint, user);
  const article = articleOrRefuse(input.articleCode);
  const keys = input.targets.map((t) => ('unit' in t ? `u:${t.unit}` : `p:${t.personId}`));
  if (new Set(keys).size !== keys.length) throw refuse('VALIDATION', 'duplicateTarget', undefined, 'targets');
  const rows = input.targets.map((target) => entryRow(tx, { complaint, article, measure: input.measure, amount: input.amount, points: input.points, target, note: input.note ?? null, sanctionId: null }, user, at));
  for (const row of rows) book(tx, row, user, at);
  noticeThresholds(tx, complaint, user, at);
  return rows.map((r) => r.id);
}

export interface BookedSanction {
  id: string;
  complaintId: string;
  personId: string;
  articleCode: string;
  measure: string;
  amount: number | null;
  points: number | null;
  deductionRole: number | null;
  /** 篇6 第四十条 (an article with unitToo): the department fined the same amount. */
  chargeUnit?: string | undefined;
}

/** The department's entry of an article that fines the unit too (篇6 第四十条 所属部门), refused for any other article or measure. */
function unitEntry(tx: WriteDb, sanction: BookedSanction, unit: string, base: NewLedgerRow): NewLedgerRow {
  const article = sanctionArticle(sanction.articleCode);
  if (!article?.unitToo || sanction.measure !== 'fine') throw refuse('VALIDATION', 'unitNotCharged', { source: article?.source ?? sanction.articleCode }, 'chargeUnit');
  if (!knownUnits(tx).includes(unit)) throw refuse('VALIDATION', 'unknownUnit', { unit }, 'chargeUnit');
  return { ...base, id: newId(), sanction_id: null, target: 'unit', person_id: null, unit };
}

/** Books a case's 奖惩记录 that fines or deducts points (caseRecords.addSanction) into the ledger, in its transaction. */
export function bookSanction(tx: WriteDb, sanction: BookedSanction, user: User, at: Date): void {
  const complaint = complaintRow(tx, sanction.complaintId);
  if (sanction.chargeUnit !== undefined && !(sanction.measure === 'fine' && sanctionArticle(sanction.articleCode)?.unitToo)) {
    throw refuse('VALIDATION', 'unitNotCharged', { source: sanctionArticle(sanction.articleCode)?.source ?? sanction.articleCode }, 'chargeUnit');
  }
  if (sanction.measure === 'fine' || sanction.measure === 'points') {
    const person = unitOfUser(tx, sanction.personId)!;
    const row: NewLedgerRow = {
      id: newId(),
      complaint_id: complaint.id,
      sanction_id: sanction.id,
      target: 'person',
      person_id: person.id,
      unit: person.unit,
      article_code: sanction.articleCode,
      measure: sanction.measure,
      amount: sanction.amount ?? 0,
      points: sanction.points ?? 0,
      deduction_role: sanction.deductionRole,
      note: null,
      reverses: null,
      decided_by: user.id,
      decided_on: localDay(at),
      recorded_at: at.toISOString(),
    };
    book(tx, row, user, at);
    if (sanction.chargeUnit !== undefined) book(tx, unitEntry(tx, sanction, sanction.chargeUnit, row), user, at);
  }
  noticeThresholds(tx, complaint, user, at);
}

/** 'sanctionLedger.reverse': the negated entry, with the reason; an entry is reversed at most once and a reversal is never reversed. */
export function reverseLedger(tx: WriteDb, input: ApiParsedInput<'sanctionLedger.reverse'>, user: User, at: Date): LedgerEntry {
  const original = ledgerRow(tx, input.entryId);
  if (!original) throw refuse('NOT_FOUND', 'unknownEntry', undefined, 'entryId');
  if (original.reverses) throw refuse('CONFLICT', 'reversalOfReversal', undefined, 'entryId');
  if (original.reversed_by) throw refuse('CONFLICT', 'alreadyReversed', undefined, 'entryId');
  const complaint = complaintRow(tx, original.complaint_id);
  requireDecider(complaint, user);
  const row: NewLedgerRow = {
    id: newId(),
    complaint_id: original.complaint_id,
    sanction_id: original.sanction_id,
    target: original.target,
    person_id: original.person_id,
    unit: original.unit,
    article_code: original.article_code,
    measure: original.measure,
    amount: -original.amount,
    points: -original.points,
    deduction_role: original.deduction_role,
    note: input.reason,
    reverses: original.id,
    decided_by: user.id,
    decided_on: localDay(at),
    recorded_at: at.toISOString(),
  };
  book(tx, row, user, at);
  return toLedgerEntry(ledgerRow(tx, row.id)!);
}
