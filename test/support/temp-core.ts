import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { DemoSite } from '../../shared/profiles';

/** Cheap scrypt for tests: the hash format and verification are the same, only the cost differs. */
export const TEST_SCRYPT_COST = { N: 1024, r: 8, p: 1 };

export function tempDir(prefix = 'branchline-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A controllable clock. */
export function fakeClock(start = '2026-11-23T02:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
    set: (to: Date) => {
      current = to.getTime();
    },
  };
}

export interface TestCore extends Core {
  dataDir: string;
  clock: ReturnType<typeof fakeClock>;
  /** Calls a method and returns its value, failing the test on an error answer. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>, session?: string): Promise<ApiOutput<M>>;
  /** Signs in a demo user (PIN 123456) and returns the session token. */
  signIn(login?: string): Promise<string>;
}

export async function openTestCore(options: { demo?: boolean | DemoSite; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = fakeClock();
  const core = await openCore({ dataDir, demo: options.demo ?? true, now: clock.now, scryptCost: TEST_SCRYPT_COST, regradeEveryMs: 0 });
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>, session?: string) => {
    const response = await core.dispatch({ method, input, ...(session ? { session } : {}) });
    if (!response.ok) throw new Error(`${method} failed: ${response.error.code} ${response.error.message}`);
    return response.value as ApiOutput<M>;
  };
  return {
    ...core,
    dataDir,
    clock,
    call,
    signIn: async (login = 'wangjg') => (await call('session.signIn', { login, secret: login === 'admin' ? 'branchline-demo' : '123456' })).session,
  };
}

/** Row counts of the tables every business write touches. */
export function countRows(core: Core): { complaints: number; users: number; outbox: number; audit: number; site: number } {
  const db = core.context.store.read;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { complaints: count('complaints'), users: count('users'), outbox: count('outbox'), audit: count('audit_log'), site: count('site') };
}
