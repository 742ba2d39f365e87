import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITE_PROFILE, DEMO_SITES, findShippedProfile, type DemoSite } from '../../../shared/profiles';
import { countRows, openTestCore, type TestCore } from '../../support/temp-core';

let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

/** Each demo site's station lead. */
const LEAD: Record<DemoSite, string> = { 'well-station': 'wangjg', 'bank-outlet': 'zhoumin', 'service-centre': 'hanxue' };

describe('each demo site sees only its own organisation’s templates and rule pack (issue 17 §1.3)', () => {
  it.each(DEMO_SITES.map((s) => [s] as const))('%s', async (demo) => {
    core = await openTestCore({ demo });
    const session = await core.signIn(LEAD[demo]);
    const profile = findShippedProfile(DEMO_SITE_PROFILE[demo])!;
    const site = await core.call('site.get', {}, session);
    expect(site.profileId).toBe(profile.id);
    expect(site.rulePack).toBe(profile.rulePack);
    expect((await core.call('profiles.current', {}, session)).profile?.id).toBe(profile.id);

    const listed = (await core.call('checklists.templates', {}, session)).map((t) => t.id);
    expect([...listed].sort()).toEqual([...profile.templates].sort());
    expect((await core.call('checklists.due', {}, session)).map((d) => d.templateId).sort()).toEqual([...profile.templates].sort());
    // A complaint filed here is graded by the organisation's own pack.
    const [complaint] = (await core.call('complaints.list', {}, session)).items;
    expect((await core.call('complaints.get', { id: complaint!.id }, session)).grade?.packId).toBe(profile.rulePack);
  });

  it('never offers the bank outlet the well station’s H2S check, and refuses to start one there, writing nothing', async () => {
    core = await openTestCore({ demo: 'bank-outlet' });
    const session = await core.signIn('zhoumin');
    expect((await core.call('checklists.templates', {}, session)).map((t) => t.id)).not.toContain('well.h2s-measurement');
    const before = countRows(core);
    const response = await core.dispatch({ method: 'checklists.start', input: { templateId: 'well.h2s-measurement' }, session });
    expect(response).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { key: 'checklists.errors.notForThisSite', params: { title: '硫化氢含量测定记录' } } } });
    expect(countRows(core)).toEqual(before);
  });

  it('lists the well station’s due forms first: the H2S measurement on the 25th before the forms filled per event', async () => {
    core = await openTestCore();
    core.clock.set(new Date('2026-11-25T01:00:00.000Z')); // 09:00 on the 25th in Beijing: H2S is due today
    const session = await core.signIn('wangjg');
    const due = await core.call('checklists.due', {}, session);
    const listed = (await core.call('checklists.templates', {}, session)).map((t) => t.id);
    const rank = { overdue: 0, due: 1, done: 2, perEvent: 3 } as const;
    const ranks = listed.map((id) => rank[due.find((d) => d.templateId === id)!.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(listed.indexOf('well.h2s-measurement')).toBeLessThan(listed.indexOf('well.sewage-haulage-register'));
    expect(due.find((d) => d.templateId === 'well.h2s-measurement')!.status).toBe('due');
  });
});

describe('the station lead sets the site’s organisation profile', () => {
  it('changes what applies and the pack of complaints filed from then on, audited and queued for head office', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const before = countRows(core);
    const site = await core.call('profiles.setSiteProfile', { profileId: 'heat-supply' }, lead);
    expect(site).toMatchObject({ profileId: 'heat-supply', rulePack: 'seed002-doc11-heat-supply' });
    expect(countRows(core)).toMatchObject({ outbox: before.outbox + 1, audit: before.audit + 1 });
    expect((await core.call('checklists.templates', {}, lead)).map((t) => t.id)).toEqual(['heat.room-temperature-record']);
    const filed = await core.call(
      'complaints.create',
      { kind: 'complaint', channel: 'phone', customerName: '孙女士', content: '室温只有14度。', mediaInvolved: false, regulatorInvolved: false, tickedCriteria: [] },
      lead,
    );
    expect(filed.grade?.packId).toBe('seed002-doc11-heat-supply');
  });

  it('is refused to a receiver, and refuses an unknown profile at its field, writing nothing', async () => {
    core = await openTestCore();
    const [limei, wangjg] = [await core.signIn('limei'), await core.signIn('wangjg')];
    const before = countRows(core);
    const receiver = await core.dispatch({ method: 'profiles.setSiteProfile', input: { profileId: 'bank-outlet' }, session: limei });
    expect(receiver).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unknown = await core.dispatch({ method: 'profiles.setSiteProfile', input: { profileId: 'no-such-organisation' }, session: wangjg });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'profileId', reason: { key: 'profiles.errors.unknownProfile' } }] } });
    expect(countRows(core)).toEqual(before);
    expect((await core.call('site.get', {}, wangjg)).profileId).toBe('well-station');
  });

  it('is chosen at setup: the profile’s pack unless another is named; an unknown profile is refused at its field', async () => {
    core = await openTestCore({ demo: false });
    const refused = await core.dispatch({
      method: 'setup.initialise',
      input: { site: { code: 'CM01', name: '某煤矿', organisation: '某煤业', profile: 'no-such' }, admin: { login: 'lead', displayName: '矿长', roles: ['station_lead'], secretKind: 'password', secret: 'correct horse' } },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'site.profile' }] } });
    expect((await core.call('session.status', {})).initialised).toBe(false);
    const { session } = await core.call('setup.initialise', {
      site: { code: 'CM01', name: '某煤矿', organisation: '某煤业', profile: 'coal-mine' },
      admin: { login: 'lead', displayName: '矿长', roles: ['station_lead'], secretKind: 'password', secret: 'correct horse' },
    });
    expect(await core.call('site.get', {}, session)).toMatchObject({ profileId: 'coal-mine', rulePack: 'seed004-p-generic' });
    expect((await core.call('checklists.templates', {}, session)).map((t) => t.id)).toEqual(['coal-mine-grading']);
  });

  it('shows no template while a site has no profile (a store from before profiles whose pack several organisations run)', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET profile_id = NULL').run());
    const session = await core.signIn('wangjg');
    expect(await core.call('checklists.templates', {}, session)).toEqual([]);
    expect(await core.call('profiles.current', {}, session)).toEqual({ profile: null });
  });
});
