import { newId } from '../../../shared/ids';
import type { Sanction } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { sanctionArticle, SANCTION_MEASURE_LABELS, type SanctionMeasure } from '../../../shared/domain/sanction-articles';
import type { ReadDb, WriteDb } from '../db/handles';
import { actorOf, caseEvent, complaintRow, fieldError, RECUSAL } from './access';
import { recordChange } from '../change-log/change-log';
import { findUserById } from '../users/users';
import { requireSanctionApplies } from '../thresholds';
import { ledgerAmount } from '../../../shared/sanctions/ledger-amount';
import { bookSanction } from '../sanctions';
import { insertSanctionRow, sanctionRowsOfComplaint, storedSanctionRow } from './sanction-record-repository';

/**
 * 奖惩记录: a penalty or reward for a person, resting on an article of the cited
 * list (shared/domain/sanction-articles.ts) and a measure that article allows.
 * A fine stays inside the article's range (the pack's data); seed004 §M points follow from the
 * role named; where the source gives no number (篇5 6.4 扣分) the person enters
 * it (all checked as the ledger checks them, shared/sanctions/ledger-amount.ts); S10's internal handling must be described. Records are kept as made:
 * a correction is a new record (the audit log keeps both).
 */

export function sanctionsOf(db: ReadDb, complaintId: string): Sanction[] {
  const rows = sanctionRowsOfComplaint(db, complaintId);
  return rows.map((r) => ({
    id: r.id,
    personName: r.person_name,
    kind: r.kind,
    articleCode: r.article_code,
    measure: r.measure,
    amount: r.amount,
    points: r.points,
    deductionRole: r.deduction_role === null ? null : (sanctionArticle(r.article_code)?.deduction?.[r.deduction_role]?.role ?? null),
    note: r.note,
    byName: r.by_name,
    at: r.at,
  }));
}

export interface SanctionInput {
  complaintId: string;
  personId: string;
  articleCode: string;
  measure: SanctionMeasure;
  amount?: number | undefined;
  points?: number | undefined;
  deductionRole?: number | undefined;
  note?: string | undefined;
  chargeUnit?: string | undefined;
}

/** The amount and points the record keeps, checked against its article. */
function measured(input: SanctionInput): { amount: number | null; points: number | null; role: number | null } {
  const article = sanctionArticle(input.articleCode);
  if (!article) throw ApiError.because('VALIDATION', 'caseRecords.errors.unknownArticle', undefined, 'articleCode');
  if (!article.measures.includes(input.measure)) {
    throw fieldError('measure', `「${article.source}」不规定「${SANCTION_MEASURE_LABELS[input.measure].zh}」/ the article does not provide this measure`);
  }
  switch (input.measure) {
    case 'fine':
    case 'points': {
      // The same check as the ledger's (shared/sanctions/ledger-amount.ts): the article's fixed fine or range, §M points by role; refusals are codes.
      const checked = ledgerAmount(article, { measure: input.measure, amount: input.amount, points: input.points, deductionRole: input.deductionRole });
      if (!checked.ok) throw ApiError.because('VALIDATION', checked.key, checked.params, checked.path);
      return input.measure === 'fine' ? { amount: checked.amount, points: null, role: null } : { amount: null, points: checked.points, role: checked.deductionRole };
    }
    case 'reward':
      return { amount: input.amount ?? null, points: null, role: null };
    case 'internal':
      if (!input.note) throw fieldError('note', '请写明内部处理的具体内容 / describe the internal handling');
      return { amount: null, points: null, role: null };
    default:
      return { amount: null, points: null, role: null };
  }
}

export function addSanction(tx: WriteDb, input: SanctionInput, user: User, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const actor = actorOf(row, user);
  if (actor.isSubject) throw new ApiError('FORBIDDEN', RECUSAL);
  if (!actor.permissions.has('sanction.record')) throw new ApiError('FORBIDDEN', '当前用户无权登记奖惩 / not allowed to record rewards or penalties');
  const person = findUserById(tx, input.personId);
  if (!person) throw fieldError('personId', '所选人员不存在 / unknown person');
  if (person.id === user.id) throw fieldError('personId', '不能给自己登记奖惩 / you cannot record a reward or penalty for yourself');
  const article = sanctionArticle(input.articleCode);
  const { amount, points, role } = measured(input);
  requireSanctionApplies(tx, article!, row, person.id);
  const id = newId();
  const now = at.toISOString();
  insertSanctionRow(tx, {
    id,
    complaint_id: row.id,
    person_id: person.id,
    kind: article!.kind,
    article_code: article!.code,
    measure: input.measure,
    amount,
    points,
    deduction_role: role,
    note: input.note ?? null,
    by_user: user.id,
    at: now,
  });
  const stored = storedSanctionRow(tx, id);
  recordChange(tx, { userId: user.id, at, action: 'caseRecords.addSanction', entity: 'sanction', entityId: id, entityVersion: 1, before: null, after: stored, syncPayload: stored });
  caseEvent(tx, row, user, at, 'sanction.add', { personName: person.displayName, kind: article!.kind, articleCode: article!.code, measure: input.measure, amount, points });
  // A fine or points also go into the ledger the roll-up counts (罚款与扣分台帐); any count it completes notifies the lead.
  bookSanction(tx, { id, complaintId: row.id, personId: person.id, articleCode: article!.code, measure: input.measure, amount, points, deductionRole: role, chargeUnit: input.chargeUnit }, user, at);
}
