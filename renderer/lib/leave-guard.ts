/**
 * Forms with input that is not yet safe register here, so that going to
 * another page or case asks first (issue 20 item 1: typing in an action form
 * and opening another case lost the text). A guard answers the warning to
 * show, or null when nothing would be lost.
 */
const guards = new Set<() => string | null>();

export function registerLeaveGuard(guard: () => string | null): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** Whether leaving may go on: nothing would be lost, or the person said so when asked. */
export function mayLeave(): boolean {
  for (const guard of guards) {
    const warning = guard();
    if (warning) return window.confirm(warning);
  }
  return true;
}
