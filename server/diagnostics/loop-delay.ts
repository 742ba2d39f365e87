import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** How late the event loop ran its timers over a span of time, in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  /** Samples taken (one per `resolutionMs` while the loop was free to take them). */
  samples: number;
}

/**
 * Measures how long the event loop was held up (issue 24: `/health` waits for
 * whatever runs on the loop before it, however little it does itself).
 * `take()` gives the delay since the last take (or the start) and starts
 * again. The server turns it on with BRANCHLINE_LOOP_DELAY=1 and prints a
 * take on SIGUSR2 (main.ts), which the load bench sends when its load starts
 * and ends.
 */
export class LoopDelayMonitor {
  private readonly histogram: IntervalHistogram;

  constructor(resolutionMs = 10) {
    this.histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    this.histogram.enable();
  }

  take(): LoopDelay {
    const h = this.histogram;
    const ms = (ns: number) => (h.count === 0 ? 0 : Math.round(ns / 1e4) / 100);
    const delay = { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), samples: h.count };
    h.reset();
    return delay;
  }

  stop(): void {
    this.histogram.disable();
  }
}

/** The line main.ts prints for a take, which the load bench reads back (loopDelayOf). */
export function loopDelayLine(delay: LoopDelay): string {
  return `[branchline-server] loop-delay ${JSON.stringify(delay)}`;
}

/** The last take printed in `output`, or null. */
export function loopDelayOf(output: string): LoopDelay | null {
  const lines = [...output.matchAll(/\[branchline-server\] loop-delay (\{[^\n]*\})/g)];
  const last = lines[lines.length - 1];
  return last ? (JSON.parse(last[1]!) as LoopDelay) : null;
}
