import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { LedgerEntry, SanctionRollup } from '../../../shared/api/sanction-ledger';
import type { User } from '../../../shared/api/users';
import { shanghaiDate } from '../../../shared/checklists/accident-cool-off';
import { countedWithin } from '../../../shared/rules/counted-period';
import type { ReadDb } from '../db/handles';
import { unitInScope, visibilityOf } from '../reports/access';
import { checkedPeriod } from '../reports/period-check';
import { complaintRow } from '../complaints/complaint-actor';
import { customerComplaintTimes, ledgerRowsBetween, ledgerRowsOfPerson, sanctionCountsOf, unitOfUser, validComplaintsAgainst } from './ledger-repository';
import { toLedgerEntry } from './ledger-entries';
import { ApiError } from '../../../shared/api/errors';

/** Sums in 元 kept to the cent (fines are whole cents; floating sums are not). */
const cents = (n: number) => Math.round(n * 100) / 100;

interface Totals {
  amount: number;
  points: number;
  entries: number;
}

function totalsOf(entries: readonly LedgerEntry[]): Totals {
  return { amount: cents(entries.reduce((s, e) => s + e.amount, 0)), points: entries.reduce((s, e) => s + e.points, 0), entries: entries.length };
}

function groupBy<K>(entries: readonly LedgerEntry[], key: (e: LedgerEntry) => K): Map<K, LedgerEntry[]> {
  const groups = new Map<K, LedgerEntry[]>();
  for (const e of entries) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return groups;
}

/**
 * 罚款与扣分汇总 (reports-mandated §7): per person, per unit and per month of a
 * month, quarter or year, by the site day each entry was decided. A reversal
 * counts in the period it was booked (the ledger is append-only), so a
 * period's totals are what the ledger held for it. A unit's totals are the
 * fines on the unit itself (篇6 第四十条 所属部门) plus those on its people.
 */
export function sanctionRollup(db: ReadDb, user: User, input: ApiParsedInput<'sanctionLedger.rollup'>, now: Date): SanctionRollup {
  const unit = unitInScope(db, visibilityOf(user), input.unit) ?? null;
  const period = checkedPeriod(input.period, now, ['month', 'quarter', 'year']);
  const entries = ledgerRowsBetween(db, period.firstDay, period.lastDay, unit).map(toLedgerEntry);
  const persons = [...groupBy(entries.filter((e) => e.target === 'person'), (e) => e.personId!)].map(([personId, list]) => ({
    personId,
    personName: list[0]!.personName ?? '',
    unit: list.at(-1)!.unit,
    ...totalsOf(list),
  }));
  const units = [...groupBy(entries, (e) => e.unit)].map(([u, list]) => {
    const own = totalsOf(list.filter((e) => e.target === 'unit'));
    return { unit: u, ownAmount: own.amount, ownPoints: own.points, ...totalsOf(list) };
  });
  const months = [...groupBy(entries, (e) => e.decidedOn.slice(0, 7))].map(([month, list]) => ({ month, ...totalsOf(list) }));
  return {
    period: { kind: period.kind, key: period.key, firstDay: period.firstDay, lastDay: period.lastDay },
    unit,
    persons: persons.sort((a, b) => b.amount - a.amount || b.points - a.points || a.personName.localeCompare(b.personName, 'zh-CN')),
    units: units.sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? '', 'zh-CN')),
    months: months.sort((a, b) => a.month.localeCompare(b.month)),
    total: totalsOf(entries),
    entries,
  };
}

/** How many months back the counts look (篇5 6.2 每年; the same year for the customer's 数次). */
const HISTORY_MONTHS = 12;

/**
 * The counts the sources state in words, computed from the store for the
 * person who decides (issue 23 item 5): the valid complaints against the
 * person within a year counted back from this case's receipt (篇5 6.2), the
 * earlier fines and points, how often each article was applied before
 * (篇6 第三十二条 重复; 屡教不改), and how often the case's customer complained.
 */
export function personHistory(db: ReadDb, input: ApiParsedInput<'sanctionLedger.history'>): ApiOutput<'sanctionLedger.history'> {
  const complaint = complaintRow(db, input.complaintId);
  const person = unitOfUser(db, input.personId);
  if (!person) throw ApiError.because('VALIDATION', 'sanctions.errors.unknownPerson', undefined, 'personId');
  const on = shanghaiDate(complaint.received_at) ?? complaint.received_at.slice(0, 10);
  const dated = <T extends { receivedAt: string }>(list: T[]) => list.map((c) => ({ ...c, id: c.receivedAt, on: shanghaiDate(c.receivedAt) ?? c.receivedAt.slice(0, 10) }));
  const valid = countedWithin(dated(validComplaintsAgainst(db, person.id)), HISTORY_MONTHS, on);
  const customer = countedWithin(dated(customerComplaintTimes(db, complaint.id).map((receivedAt) => ({ receivedAt }))), HISTORY_MONTHS, on);
  return {
    personId: person.id,
    personName: person.display_name,
    on,
    validComplaints: valid.map((c) => ({ complaintId: c.complaintId, serial: c.serial, receivedAt: c.receivedAt })),
    entries: ledgerRowsOfPerson(db, person.id).map(toLedgerEntry),
    articleCounts: sanctionCountsOf(db, person.id).map((r) => ({ articleCode: r.articleCode, count: r.count, lastOn: shanghaiDate(r.lastAt) ?? r.lastAt.slice(0, 10) })),
    customerComplaints: customer.length,
  };
}
