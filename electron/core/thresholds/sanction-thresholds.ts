import type { DueSanction } from '../../../shared/api/case-records';
import { ApiError } from '../../../shared/api/errors';
import { shanghaiDate } from '../../../shared/checklists/accident-cool-off';
import { SANCTION_ARTICLES, type SanctionArticle } from '../../../shared/domain/sanction-articles';
import { countedWithin } from '../../../shared/rules/counted-period';
import type { ReadDb } from '../db/handles';
import { complaintsChargedTo, personsChargedOn } from './sanction-count-repository';

/** What the checks read of the complaint a sanction is recorded on. */
export interface ChargedComplaint {
  id: string;
  received_at: string;
  validity: 'pending' | 'valid' | 'invalid';
}

const dayOf = (iso: string): string => shanghaiDate(iso) ?? iso.slice(0, 10);

/** The complaints within the article's period, counted back from `complaint`'s receipt, on which `personId` was charged under `articleCode`. */
function countedFor(db: ReadDb, personId: string, articleCode: string, months: number, complaint: ChargedComplaint) {
  const charged = complaintsChargedTo(db, personId, articleCode).map((c) => ({ id: c.complaintId, on: dayOf(c.receivedAt) }));
  return countedWithin(charged, months, dayOf(complaint.received_at));
}

/**
 * An article for valid (or invalid) complaints only is refused on any other
 * (篇5 6.2 每次有效投诉; 6.4 无效投诉), and an article that applies only after
 * enough records of another (篇5 6.2: 三次有效投诉 → 诫勉) is refused until the
 * store holds them.
 */
export function requireSanctionApplies(db: ReadDb, article: SanctionArticle, complaint: ChargedComplaint, personId: string): void {
  if (article.appliesTo && complaint.validity !== article.appliesTo) {
    throw ApiError.because('CONFLICT', article.appliesTo === 'valid' ? 'thresholds.errors.validOnly' : 'thresholds.errors.invalidOnly', { source: article.source }, 'articleCode');
  }
  const after = article.after;
  if (!after) return;
  const counted = countedFor(db, personId, after.of, after.withinMonths, complaint).length;
  if (counted < after.count) {
    const of = SANCTION_ARTICLES.find((a) => a.code === after.of);
    throw ApiError.because(
      'CONFLICT',
      'thresholds.errors.notYet',
      { source: article.source, of: of?.source ?? after.of, count: counted, needed: after.count, months: after.withinMonths, on: { date: dayOf(complaint.received_at) } },
      'articleCode',
    );
  }
}

/**
 * Sanctions the store's own counts call for on this complaint and nobody has
 * recorded yet: for each person charged here under an article that another
 * article counts (篇5 6.2), the count within its period has reached the
 * threshold and no sanction of the counting article lies within that period.
 */
export function dueSanctionsOf(db: ReadDb, complaint: ChargedComplaint): DueSanction[] {
  const due: DueSanction[] = [];
  for (const article of SANCTION_ARTICLES) {
    const after = article.after;
    if (!after) continue;
    for (const person of personsChargedOn(db, complaint.id, after.of)) {
      const count = countedFor(db, person.personId, after.of, after.withinMonths, complaint).length;
      if (count < after.count) continue;
      if (countedFor(db, person.personId, article.code, after.withinMonths, complaint).length > 0) continue;
      due.push({ articleCode: article.code, personId: person.personId, personName: person.personName, count, needed: after.count, source: article.source });
    }
  }
  return due;
}
