import { z } from 'zod';
import { ROLES } from '../domain/roles';
import type { ApprovalStep } from './procedure-schema';

/**
 * The event a limit's clock starts at (issue 23 item 2), beside a deadline's `from`:
 * - `received`: the complaint's receipt (the default, as before);
 * - `notified:<party>`: the moment the named person was told, recorded on the case as
 *   「通知了谁、何时、方式」 (接报后: seed002 客户管理制度8 具体内容6–7; seed001 S10 三.3);
 *   the party is a role of the app or a step code of the pack;
 * - `document:<fact>`: a date entered on the case (客户管理制度6 1.1 接到测试报告后十日内).
 * Until the start event is recorded the step has no due time and says what it waits for.
 */
export const DOCUMENT_DATE_FACTS = ['testReportReceivedOn'] as const;
export type DocumentDateFact = (typeof DOCUMENT_DATE_FACTS)[number];

/** The ways a person may have been told (电话、当面、书面). */
export const NOTIFIED_WAYS = ['phone', 'in_person', 'written'] as const;
export type NotifiedWay = (typeof NOTIFIED_WAYS)[number];

export const startsAtSchema = z.union([
  z.literal('received'),
  z.templateLiteral(['notified:', z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/)]),
  z.templateLiteral(['document:', z.enum(DOCUMENT_DATE_FACTS)]),
]);
export type StartsAt = z.infer<typeof startsAtSchema>;

export type ParsedStart = { kind: 'received' } | { kind: 'notified'; party: string } | { kind: 'document'; fact: DocumentDateFact };

export function parseStartsAt(startsAt: StartsAt): ParsedStart {
  if (startsAt.startsWith('notified:')) return { kind: 'notified', party: startsAt.slice('notified:'.length) };
  if (startsAt.startsWith('document:')) return { kind: 'document', fact: startsAt.slice('document:'.length) as DocumentDateFact };
  return { kind: 'received' };
}

/** The earliest recorded notification of each party, as grading reads it. */
export interface NotifiedMoment {
  at: Date;
  way: NotifiedWay;
  /** Who was told, by name (王站长), as recorded. */
  whom: string;
}

/** Why a step's clock started when it did, for the case view (「自 … 接报（通知 王站长，电话）起 5 分钟」). */
export type ClockBasis =
  | { kind: 'from' }
  | { kind: 'received' }
  | { kind: 'notified'; party: string; whom: string | null; way: NotifiedWay | null }
  | { kind: 'document'; fact: DocumentDateFact; date: string | null }
  /** An approval of the case's route (篇1 4.4 经批准后): the step, the roles that give it, who gave it (null while awaited). */
  | { kind: 'approval'; step: ApprovalStep; roles: { zh: string; en: string }[]; byName: string | null }
  /** Restarted at the next level by an escalation for `reasonCode` (客户管理制度14 5.3.1.6): counted from it. */
  | { kind: 'restarted'; reasonCode: string };

/** A `notified:` party must be a role of the app or a step of the pack: a typo would leave a clock that never starts. */
export function unknownParty(startsAt: StartsAt | undefined, steps: ReadonlySet<string>): string | null {
  if (!startsAt) return null;
  const parsed = parseStartsAt(startsAt);
  if (parsed.kind !== 'notified') return null;
  return (ROLES as readonly string[]).includes(parsed.party) || steps.has(parsed.party) ? null : parsed.party;
}
