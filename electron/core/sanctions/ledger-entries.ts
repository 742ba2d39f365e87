import type { LedgerEntry } from '../../../shared/api/sanction-ledger';
import { sanctionArticle } from '../../../shared/domain/sanction-articles';
import type { LedgerRow } from './ledger-repository';

/** A stored row as the API shows it: the article's label and citation from the cited list, the seed004 §M role by name. */
export function toLedgerEntry(row: LedgerRow): LedgerEntry {
  const article = sanctionArticle(row.article_code);
  return {
    id: row.id,
    complaintId: row.complaint_id,
    serial: row.serial,
    personId: row.person_id,
    personName: row.person_name,
    unit: row.unit,
    target: row.target,
    articleCode: row.article_code,
    articleLabel: article?.label ?? { zh: row.article_code, en: row.article_code },
    source: article?.source ?? '',
    measure: row.measure,
    amount: row.amount,
    points: row.points,
    deductionRole: row.deduction_role === null ? null : (article?.deduction?.[row.deduction_role]?.role ?? null),
    note: row.note,
    reverses: row.reverses,
    reversedBy: row.reversed_by,
    decidedByName: row.decided_by_name,
    decidedOn: row.decided_on,
    recordedAt: row.recorded_at,
  };
}
