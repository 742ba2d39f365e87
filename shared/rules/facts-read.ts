import type { Fact, Predicate, RulePack } from './pack-schema';

/** The predicates of the pack's computed criteria and escalation triggers. */
function predicatesOf(pack: RulePack): Predicate[] {
  return [...pack.criteria, ...pack.escalationTriggers].flatMap((item) => (item.predicate ? [item.predicate] : []));
}

function factsOf(predicate: Predicate): Fact[] {
  if ('overdue' in predicate) return [];
  return 'all' in predicate ? predicate.all.map((c) => c.fact) : [predicate.fact];
}

/** Every fact the pack's computed criteria and escalation triggers read, in FACTS order of first use. */
export function factsReadBy(pack: RulePack): Fact[] {
  return [...new Set(predicatesOf(pack).flatMap(factsOf))];
}

/** The deadlines (step of a class) that some `overdue` predicate of the pack watches. */
export function watchedDeadlines(pack: RulePack): { step: string; ofClass: string }[] {
  return predicatesOf(pack).flatMap((p) => ('overdue' in p ? [{ step: p.overdue, ofClass: p.ofClass }] : []));
}
