import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, linkMs, nextBatchSize, parseBatchSize } from '../../electron/core/sync/batch-size';
import { retryAfter, serverTiming } from '../../electron/core/sync/http';

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

  it('keeps the size when head office was busy (503/429): that says nothing of the link', () => {
    expect(nextBatchSize(50, { ok: false, serverBusy: true })).toBe(50);
    expect(nextBatchSize(50, { ok: false, serverBusy: false })).toBe(25);
  });

  it('times the link alone: the wait less head office’s own share, never below 0', () => {
    expect(linkMs(12_000, 11_900)).toBe(100);
    expect(linkMs(12_000, undefined)).toBe(12_000);
    expect(linkMs(100, 150)).toBe(0);
  });

  it('reads Retry-After in seconds or as a date, and Server-Timing’s app share', () => {
    const now = Date.parse('2026-12-06T10:00:00.000Z');
    expect(retryAfter('7', now)).toBe(7_000);
    expect(retryAfter('Sun, 06 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter('Sun, 06 Dec 2026 09:00:00 GMT', now)).toBe(0);
    for (const bad of [null, '', 'soon', '-5', '1.5']) expect(retryAfter(bad, now)).toBeUndefined();
    expect(serverTiming('app;dur=12.5')).toBe(12.5);
    expect(serverTiming('db;dur=3, app;dur=40')).toBe(40);
    for (const bad of [null, '', 'apple;dur=3', 'app', 'app;dur=x']) expect(serverTiming(bad)).toBeUndefined();
  });
});
