import { phoneDigits } from '../../../shared/domain/phone-digits';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { RepeatKind } from '../../../shared/domain/workflow';
import type { ReadDb } from '../db/handles';
import { sameCustomerComplaints, tookPartInHandling, type SameCustomerRow } from './repeat-repository';

/**
 * How a new complaint repeats an earlier one:
 * - 'same_matter' (篇6 第三十条 同等事件再次投诉): the same customer, the same problem category, within the window;
 * - 'about_handler' (篇6 第三十二条): the same customer complains, for a subjective cause of the pack
 *   (态度、语言、行为), about a person who took part in handling the earlier case.
 */
export { REPEAT_KINDS, type RepeatKind } from '../../../shared/domain/workflow';

/** The escalation reason each kind records (篇6 第三十条, 第三十二条). */
export const REPEAT_ESCALATION: Record<RepeatKind, string> = { same_matter: 'repeat_same_matter', about_handler: 'repeat_staff_attitude' };

/** When the pack names no period: the 篇6 pack's, with its reasoning (shared/rules/packs/sichuan-group-p6.ts). */
export const DEFAULT_REPEAT_WINDOW_DAYS = 90;

export interface RepeatProbe {
  customerId?: string | undefined;
  customerPhone?: string | undefined;
  customerName?: string | undefined;
  problemCode?: string | undefined;
  causeCode?: string | undefined;
  subjectUserId?: string | undefined;
  receivedAt: Date;
}

export interface RepeatCandidate extends SameCustomerRow {
  /** The kinds of repeat this earlier complaint matches; empty = the same customer on another matter. */
  kinds: RepeatKind[];
}

const sameCategory = (a: string | null | undefined, b: string | null | undefined) => Boolean(a?.trim() && b?.trim() && a.trim().toLowerCase() === b.trim().toLowerCase());

export function repeatWindowDays(pack: RulePack | null): number {
  return pack?.repeat?.windowDays ?? DEFAULT_REPEAT_WINDOW_DAYS;
}

/**
 * The same customer's complaints within the pack's window before `receivedAt`, each with the kinds of
 * repeat it matches (computed: customer identity + category + window, and for 第三十二条 the cause and
 * the person complained about). Staff confirm one; `complaints.create` accepts only a match.
 */
export function repeatCandidates(db: ReadDb, probe: RepeatProbe, pack: RulePack | null, excludeId: string | null = null): RepeatCandidate[] {
  const digits = phoneDigits(probe.customerPhone);
  const customerId = probe.customerId ?? null;
  const name = !customerId && !digits && probe.customerName?.trim() ? probe.customerName.trim() : null;
  if (!customerId && !digits && !name) return [];
  const from = new Date(probe.receivedAt.getTime() - repeatWindowDays(pack) * 86_400_000).toISOString();
  const rows = sameCustomerComplaints(db, { customerId, digits, name, from, to: probe.receivedAt.toISOString(), excludeId });
  const subjective = pack?.causes.some((c) => c.subjective && c.code === probe.causeCode) ?? false;
  return rows.map((row) => {
    const kinds: RepeatKind[] = [];
    if (sameCategory(row.problem_code, probe.problemCode)) kinds.push('same_matter');
    if (subjective && probe.subjectUserId && tookPartInHandling(db, row.id, probe.subjectUserId)) kinds.push('about_handler');
    return { ...row, kinds };
  });
}
