/**
 * Open forms with unsaved input register here, so that signing out (by hand
 * or after the idle limit) first saves what was typed in the last moments
 * before the session that may save it is gone.
 */
const flushers = new Set<() => Promise<void>>();

export function registerDraftFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves every registered form's pending input; never throws (a draft is best effort, the sign-out must go on). */
export async function flushDrafts(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
