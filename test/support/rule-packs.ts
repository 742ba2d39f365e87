import type { RulePack } from '../../shared/rules/pack-schema';

/** Every source a pack cites: the pack, its classes, criteria, reasons, deadlines, extension, triggers, notifications, deduction tables and sanction articles. */
export function citedSources(pack: RulePack): string[] {
  return [
    pack.source,
    ...pack.classes.map((c) => c.source),
    ...pack.criteria.map((c) => c.source),
    ...pack.invalidReasons.map((r) => r.source),
    ...pack.deadlines.map((d) => d.source),
    ...(pack.extension ? [pack.extension.source] : []),
    ...pack.escalationTriggers.map((t) => t.source),
    ...pack.notifications.map((n) => n.source),
    ...pack.deductions.map((t) => t.source),
    ...(pack.extension?.byConsent ? [pack.extension.byConsent.source] : []),
    ...pack.flags.map((f) => f.source),
    ...pack.causes.map((c) => c.source),
    ...(pack.repeat ? [pack.repeat.source] : []),
    ...pack.sanctions.flatMap((a) => [a.source, ...(a.after ? [a.after.source] : [])]),
  ];
}
