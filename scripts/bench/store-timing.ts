// Timing and verdicts shared by bench:store's parts (issue 21 §5): a figure is
// "met" only against a baseline doing the same work, timed in turns with it.
import os from 'node:os';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function timed(work: () => void): number {
  const t0 = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The machine's load average, printed beside every figure (the bench machine is shared). */
export function load(): string {
  return `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

export const LABEL = 60;

export function line(label: string, value: string): void {
  console.log(`${label.padEnd(LABEL)} ${value}`);
}

export interface Times {
  p50: number;
  p95: number;
}

function stats(times: number[]): Times {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

export function printTimes(label: string, t: Times): void {
  line(label, `p50 ${t.p50.toFixed(3).padStart(8)} ms   p95 ${t.p95.toFixed(3).padStart(8)} ms`);
}

/**
 * Times each of `works` `n` times in turns (one of each, then again), so all
 * see the same load on a shared machine; prints p50/p95 of each.
 */
export function inTurns(n: number, works: { label: string; work: (i: number) => void }[]): Times[] {
  const times = works.map(() => [] as number[]);
  for (let i = 0; i < n; i++) works.forEach(({ work }, k) => times[k]!.push(timed(() => work(i))));
  return times.map((t, k) => {
    const s = stats(t);
    printTimes(works[k]!.label, s);
    return s;
  });
}

/** "met" or "MISSED" for a ratio against its target; `atMost` for times and bytes, otherwise at least. */
export function verdict(ratio: number, target: number, atMost: boolean): string {
  const met = atMost ? ratio <= target : ratio >= target;
  return `target ${atMost ? '≤' : '≥'} ${target}×: ${met ? 'met' : 'MISSED'}`;
}

/** A ratio line with its verdict and the load average; `target` null (no baseline doing the same work, or none set) judges nothing. */
export function ratioLine(label: string, ratio: number, target: number | null, atMost: boolean, note = ''): void {
  const judged = target === null ? 'no target' : verdict(ratio, target, atMost);
  line(label, `ratio ${ratio.toFixed(2)}× (${judged})${note ? ` ${note}` : ''}   [${load()}]`);
}
