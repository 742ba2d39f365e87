import type { RulePackInput } from '../pack-schema';

type DeadlineInput = RulePackInput['deadlines'][number];
/** What a new version changes of a step: where its clock starts, with the note saying why. */
export type ClockChange = Pick<DeadlineInput, 'startsAt' | 'choice'> & Partial<Pick<DeadlineInput, 'duration' | 'from'>>;

/**
 * A pack's next version whose named steps start their clocks at another event (issue 23 item 2); every other
 * step and rule is the earlier version's. Unknown step codes fail loudly: a change that matched nothing would
 * ship the old clock under the new version.
 */
export function withClockStarts(pack: RulePackInput, version: string, changes: Record<string, ClockChange>): RulePackInput {
  const steps = new Set(pack.deadlines.map((d) => d.step ?? d.milestone));
  const unknown = Object.keys(changes).filter((step) => !steps.has(step));
  if (unknown.length > 0) throw new Error(`${pack.id}: no step ${unknown.join(', ')}`);
  return { ...pack, version, deadlines: pack.deadlines.map((d) => ({ ...d, ...changes[d.step ?? d.milestone] })) };
}
