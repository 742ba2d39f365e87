/**
 * Waiting after failed runs: exponential growth with "full jitter" (a random
 * wait between 0 and the ceiling), so a hundred sites that lost head office
 * together do not all come back in the same second when it returns.
 */
export const BACKOFF = {
  /** Ceiling after the first failure. */
  baseMs: 30_000,
  /** The ceiling stops doubling here. */
  capMs: 30 * 60_000,
} as const;

/** The ceiling after `failures` consecutive failures (1 → base, 2 → 2·base, … up to the cap). */
export function backoffCeiling(failures: number, base: number = BACKOFF.baseMs, cap: number = BACKOFF.capMs): number {
  if (failures <= 0) return 0;
  // 2^exponent stays finite: past ~40 doublings the cap has long been reached.
  return Math.min(cap, base * 2 ** Math.min(failures - 1, 40));
}

/** A wait in [0, ceiling), `random` returning [0, 1) like Math.random. */
export function backoffDelay(failures: number, random: () => number, base: number = BACKOFF.baseMs, cap: number = BACKOFF.capMs): number {
  return Math.floor(random() * backoffCeiling(failures, base, cap));
}
