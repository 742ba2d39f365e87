import { comparisonsOf, type Fact, type Predicate, type RulePack } from './pack-schema';

/** The predicates of the pack's computed criteria, escalation triggers and invalid reasons. */
function predicatesOf(pack: RulePack): Predicate[] {
  return [...pack.criteria, ...pack.escalationTriggers, ...pack.invalidReasons].flatMap((item) => (item.predicate ? [item.predicate] : []));
}

/** Every fact the pack's computed criteria, escalation triggers and invalid reasons read, in order of first use. */
export function factsReadBy(pack: RulePack): Fact[] {
  return [...new Set(predicatesOf(pack).flatMap((p) => comparisonsOf(p).map((c) => c.fact)))];
}

/**
 * The deadlines (step of a class) that some predicate of the pack watches pass: `overdue` names its class,
 * `overdueUnagreed` watches the record's own class (`ofClass` null).
 */
export function watchedDeadlines(pack: RulePack): { step: string; ofClass: string | null }[] {
  return predicatesOf(pack).flatMap((p): { step: string; ofClass: string | null }[] => {
    if ('overdue' in p) return [{ step: p.overdue, ofClass: p.ofClass }];
    if ('overdueUnagreed' in p) return [{ step: p.overdueUnagreed, ofClass: null }];
    return [];
  });
}
