import { afterEach, describe, expect, it } from 'vitest';
import { apiContract, type ApiMethod } from '../../shared/api/contract';
import { hasPermission } from '../../shared/domain/roles';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const MALFORMED_INPUTS: unknown[] = [42, 'text', [], null, { unexpected: true }];

/** A signed-in session whose roles grant the method, so that only validation can refuse it. */
async function sessionFor(method: ApiMethod): Promise<string | undefined> {
  const access = apiContract[method].access;
  if (access === 'public') return undefined;
  // The station lead holds nearly every permission; the company's approval of compensation is the leader in charge's; templates are head office's.
  if (access !== 'signed-in' && hasPermission(['head_office_admin'], access) && !hasPermission(['station_lead'], access)) return core.signIn('admin');
  return core.signIn(access === 'signed-in' || hasPermission(['station_lead'], access) ? 'wangjg' : 'chenzm');
}

describe('dispatch: malformed input', () => {
  for (const method of Object.keys(apiContract) as ApiMethod[]) {
    it(`${method} refuses malformed input with a field-level VALIDATION error and writes nothing`, async () => {
      core = await openTestCore();
      const session = await sessionFor(method);
      const before = countRows(core);
      for (const input of MALFORMED_INPUTS) {
        const response = await core.dispatch({ method, input, ...(session ? { session } : {}) });
        expect(response.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (response.ok) continue;
        expect(response.error.code).toBe('VALIDATION');
        expect(response.error.issues?.length).toBeGreaterThan(0);
        expect(response.error.message).toMatch(/输入有误/);
      }
      expect(countRows(core)).toEqual(before);
    });
  }
});

describe('dispatch: access', () => {
  it('refuses every non-public method without a session', async () => {
    core = await openTestCore();
    for (const [method, definition] of Object.entries(apiContract)) {
      if (definition.access === 'public') continue;
      const response = await core.dispatch({ method, input: {} });
      expect(response.ok ? 'ok' : response.error.code, method).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a method the roles do not grant, even when called directly', async () => {
    core = await openTestCore();
    const receiver = await core.signIn('limei');
    const before = countRows(core);
    const response = await core.dispatch({
      method: 'users.create',
      session: receiver,
      input: { login: 'intruder', displayName: '某人', roles: ['head_office_admin'], secretKind: 'pin', secret: '654321' },
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(countRows(core)).toEqual(before);
  });

  it('answers an unknown method with NOT_FOUND', async () => {
    core = await openTestCore();
    expect(await core.dispatch({ method: 'complaints.drop', input: {} })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives validation messages in the caller’s language', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    const zh = await core.dispatch({ method: 'complaints.get', input: { id: 5 }, session, lang: 'zh-CN' });
    const en = await core.dispatch({ method: 'complaints.get', input: { id: 5 }, session, lang: 'en' });
    expect(!zh.ok && zh.error.issues?.[0]).toMatchObject({ path: 'id', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(!en.ok && en.error.issues?.[0]).toMatchObject({ path: 'id', message: expect.stringMatching(/expected string/i) });
  });

  it('never returns a secret hash', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    const users = await core.call('users.list', {}, session);
    expect(JSON.stringify(users)).not.toMatch(/scrypt|secret_hash|secretHash/);
  });
});
