import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LIMIT_ENV, limitsFromEnv } from '../../server/http/load-limits';

describe('head office limits from the environment (docs/operations.md)', () => {
  it('keeps the defaults when nothing is set, and takes each value that is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ BRANCHLINE_HEADERS_TIMEOUT_MS: '45000', BRANCHLINE_PUSH_QUEUE: ' 200 ', BRANCHLINE_DB_ACQUIRE_TIMEOUT_MS: '' })).toEqual({
      ...DEFAULT_LIMITS,
      headersTimeoutMs: 45_000,
      pushQueue: 200,
    });
  });

  it('stops the start on a value that is not a positive whole number, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', 'ten', '30s']) expect(() => limitsFromEnv({ [LIMIT_ENV.pushWorkers]: bad })).toThrow(LIMIT_ENV.pushWorkers);
  });

  it('has a variable for every limit, each a different one', () => {
    expect(Object.keys(LIMIT_ENV).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    expect(new Set(Object.values(LIMIT_ENV)).size).toBe(Object.keys(LIMIT_ENV).length);
  });
});
