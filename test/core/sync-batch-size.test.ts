import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, nextBatchSize, parseBatchSize } from '../../electron/core/sync/batch-size';

describe('adaptive batch size', () => {
  it('doubles after a quick success, keeps after a middling one, halves after a slow one or a failure', () => {
    expect(nextBatchSize(50, { ok: true, ms: 100 })).toBe(100);
    expect(nextBatchSize(50, { ok: true, ms: 5_000 })).toBe(50);
    expect(nextBatchSize(50, { ok: true, ms: 20_000 })).toBe(25);
    expect(nextBatchSize(50, { ok: false })).toBe(25);
  });

  it('stays within its bounds however long the streak', () => {
    let size: number = BATCH_SIZE.initial;
    for (let i = 0; i < 50; i++) size = nextBatchSize(size, { ok: true, ms: 1 });
    expect(size).toBe(BATCH_SIZE.max);
    for (let i = 0; i < 50; i++) size = nextBatchSize(size, { ok: false });
    expect(size).toBe(BATCH_SIZE.min);
  });

  it('reads a stored size, and falls back to the initial one for anything else', () => {
    expect(parseBatchSize('200')).toBe(200);
    for (const bad of [null, '', 'x', '0', '1.5', String(BATCH_SIZE.max + 1)]) expect(parseBatchSize(bad)).toBe(BATCH_SIZE.initial);
  });
});
