import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

describe('rules.sitePack', () => {
  it('returns the site’s pack with its classes and criteria citing their sources', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const pack = await core.call('rules.sitePack', {}, session);
    expect(pack).not.toBeNull();
    expect(pack?.id).toBe('sichuan-group-p6');
    expect(pack?.classes.map((c) => c.code)).toEqual(['ordinary', 'major']);
    expect(pack?.criteria.length).toBeGreaterThan(0);
    for (const criterion of pack?.criteria ?? []) expect(criterion.source).toMatch(/^seed003 篇6 第(十三条|三十条)/);
    expect(pack?.criteria.find((c) => c.id === 'major.2')?.predicate).toEqual({ fact: 'openDays', op: 'gt', value: 30 });
  });

  it('returns null when the site names a pack that is not shipped', async () => {
    core = await openTestCore();
    core.context.store.read.prepare("UPDATE site SET rule_pack = 'no-such-pack' WHERE singleton = 1").run();
    const session = await core.signIn();
    expect(await core.call('rules.sitePack', {}, session)).toBeNull();
  });

  it('needs a session', async () => {
    core = await openTestCore();
    expect(await core.dispatch({ method: 'rules.sitePack', input: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
