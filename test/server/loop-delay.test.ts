import { describe, expect, it } from 'vitest';
import { LoopDelayMonitor, loopDelayLine, loopDelayOf } from '../../server/diagnostics/loop-delay';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The event-loop delay the load bench reads from the server (issue 24: what /health waits behind). */
describe('the event-loop delay monitor', () => {
  it('sees the loop held up, and starts again after each take', async () => {
    const monitor = new LoopDelayMonitor();
    try {
      await pause(30);
      const until = performance.now() + 300;
      while (performance.now() < until) {
        // holding the loop, as a long synchronous parse would
      }
      await pause(30);
      const held = monitor.take();
      expect(held.max).toBeGreaterThanOrEqual(250);
      expect(held.p99).toBeGreaterThanOrEqual(250);
      await pause(60);
      const after = monitor.take();
      expect(after.samples).toBeGreaterThan(0);
      expect(after.max).toBeLessThan(250);
    } finally {
      monitor.stop();
    }
  });

  it('prints a take as a line the bench reads back, the last one of several', () => {
    const output = `listening\n${loopDelayLine({ p50: 10.2, p99: 31, max: 40, samples: 7 })}\nmore\n${loopDelayLine({ p50: 10.1, p99: 12, max: 13.5, samples: 90 })}\n`;
    expect(loopDelayOf(output)).toEqual({ p50: 10.1, p99: 12, max: 13.5, samples: 90 });
    expect(loopDelayOf('nothing here')).toBeNull();
  });
});
