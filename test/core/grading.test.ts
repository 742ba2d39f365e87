import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '黄德明', content: '巡检踩坏田埂。' };
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

describe('grading in the core (demo site: 篇6 pack)', () => {
  it('grades at intake from ticked criteria, stores the class, and explains it with sources', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const ordinary = await core.call('complaints.create', intake, session);
    expect(ordinary.classCode).toBe('ordinary');
    const major = await core.call('complaints.create', { ...intake, tickedCriteria: ['major.1'] }, session);
    expect(major.classCode).toBe('major');
    expect(major.grade?.classLabel.zh).toBe('重大投诉');
    expect(major.grade?.criteria.find((c) => c.id === 'major.1')).toMatchObject({ fired: true, source: 'seed003 篇6 第十三条 第二类(一)' });
    expect(major.grade?.deadlines.find((d) => d.milestone === 'resolution')?.due).toBeTruthy();
  });

  it('refuses criteria that are not tick-list items of the site pack, writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const before = await core.call('sync.status', {}, session);
    for (const bad of [['major.99'], ['major.3']]) {
      const response = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, tickedCriteria: bad } });
      expect(response).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'tickedCriteria' }] } });
    }
    expect((await core.call('sync.status', {}, session)).queueLength).toBe(before.queueLength);
  });

  it('previews the grade of unsaved facts', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    expect((await core.call('complaints.gradePreview', {}, session))?.classCode).toBe('ordinary');
    expect((await core.call('complaints.gradePreview', { affectedShare: 0.6 }, session))?.classCode).toBe('major');
  });

  it('an ordinary complaint that passes its deadline becomes major on the re-grading timer, audited with the reason', async () => {
    core = await openTestCore(); // clock: 2026-11-23 10:00 Shanghai, a Monday
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, session);
    expect(created.grade?.deadlines.find((d) => d.milestone === 'resolution')?.due).toBe(sh('2026-11-26T17:30:00'));
    core.clock.advance(3 * 86_400_000); // Thursday 10:00: still in time
    core.regrade();
    expect((await core.call('complaints.get', { id: created.id }, await core.signIn('limei'))).classCode).toBe('ordinary');
    core.clock.advance(8 * 3_600_000); // Thursday 18:00: past 17:30
    expect(core.regrade()).toBeGreaterThanOrEqual(1);
    const after = await core.call('complaints.get', { id: created.id }, await core.signIn('limei'));
    expect(after.classCode).toBe('major');
    expect(after.version).toBe(2);
    const audit = core.context.store.read
      .prepare("SELECT user_id, after FROM audit_log WHERE entity_id = ? AND action = 'rules.regrade'")
      .get(created.id) as { user_id: string | null; after: string };
    expect(audit.user_id).toBeNull();
    expect(JSON.parse(audit.after)).toMatchObject({
      classCode: 'major',
      because: expect.arrayContaining([expect.objectContaining({ id: 'major.3', source: 'seed003 篇6 第十三条 第二类(三)' })]),
      // Past the limit with nothing said to the customer: 篇6 第三十一条 escalated it too.
      escalations: expect.arrayContaining(['overdue_without_agreement']),
    });
    expect(after.escalationCount).toBe(1);
    const outbox = core.context.store.read.prepare('SELECT entity_version FROM outbox WHERE entity_id = ? ORDER BY seq').all(created.id);
    expect(outbox).toEqual([{ entity_version: 1 }, { entity_version: 2 }]);
  });

  it('lets a permitted person override the class only with a reason, and records who', async () => {
    core = await openTestCore();
    const receiver = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, receiver);
    expect(await core.dispatch({ method: 'complaints.overrideClass', session: receiver, input: { id: created.id, classCode: 'major', reason: '客户情绪激动' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const callCentre = await core.signIn('zhaoli');
    expect(await core.dispatch({ method: 'complaints.overrideClass', session: callCentre, input: { id: created.id, classCode: 'major', reason: '' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason' }] },
    });
    expect(await core.dispatch({ method: 'complaints.overrideClass', session: callCentre, input: { id: created.id, classCode: 'huge', reason: '客户情绪激动' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'classCode' }] },
    });
    const overridden = await core.call('complaints.overrideClass', { id: created.id, classCode: 'major', reason: '客户扬言找媒体' }, callCentre);
    expect(overridden.classCode).toBe('major');
    expect(overridden.grade).toMatchObject({ classCode: 'major', computedClass: 'ordinary', override: { classCode: 'major', reason: '客户扬言找媒体', byName: '赵丽' } });
    const audit = core.context.store.read.prepare("SELECT user_id, after FROM audit_log WHERE entity_id = ? AND action = 'complaints.overrideClass'").get(created.id) as {
      user_id: string;
      after: string;
    };
    expect(JSON.parse(audit.after)).toMatchObject({ override: 'major', reason: '客户扬言找媒体', packVersion: '1.0.0' });
    // The timer leaves an overridden class alone.
    core.clock.advance(30 * 86_400_000);
    core.regrade();
    const cleared = await core.call('complaints.overrideClass', { id: created.id, classCode: null, reason: '恢复按规则判定' }, await core.signIn('zhaoli'));
    expect(cleared.grade?.override).toBeNull();
    expect(cleared.classCode).toBe('major'); // now past its deadline by the rules themselves
  });
});

describe('re-grading reads only the complaints that are due', () => {
  const regradeAt = (id: string) => (core.context.store.read.prepare('SELECT regrade_at FROM complaints WHERE id = ?').get(id) as { regrade_at: string | null }).regrade_at;

  it('stores when the clock alone can next change the class: a day open, or the watched deadline passing', async () => {
    core = await openTestCore(); // 2026-11-23 10:00 Shanghai
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, session);
    // 篇6 watches the ordinary resolution deadline (Thu 17:30) and days open (next full day at Tue 10:00).
    expect(regradeAt(created.id)).toBe(sh('2026-11-24T10:00:00'));
    core.clock.advance(86_400_000);
    core.regrade();
    expect((await core.call('complaints.get', { id: created.id }, await core.signIn('limei'))).version, 'class unchanged, record untouched').toBe(1);
    expect(regradeAt(created.id)).toBe(sh('2026-11-25T10:00:00'));
  });

  it('leaves complaints that are not due untouched and does not read them', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, session);
    core.clock.advance(60_000);
    core.regrade();
    expect(regradeAt(created.id), 'not due yet: still the first value').toBe(sh('2026-11-24T10:00:00'));
    const plan = core.context.store.read
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM complaints c WHERE c.regrade_at <= ? AND c.resolved_at IS NULL AND c.class_override IS NULL`)
      .all('2026-11-24T00:00:00.000Z') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/complaints_regrade_due/);
  });

  it('an overridden class has no re-grading time until the override is cleared', async () => {
    core = await openTestCore();
    const created = await core.call('complaints.create', intake, await core.signIn('limei'));
    const callCentre = await core.signIn('zhaoli');
    await core.call('complaints.overrideClass', { id: created.id, classCode: 'major', reason: '客户扬言找媒体' }, callCentre);
    expect(regradeAt(created.id)).toBeNull();
    await core.call('complaints.overrideClass', { id: created.id, classCode: null, reason: '恢复按规则判定' }, callCentre);
    expect(regradeAt(created.id)).toBe(sh('2026-11-24T10:00:00'));
  });
});

describe('same problem this month and pack-specific facts', () => {
  it('counts complaints with the same problem code from the first of the month (Beijing time), this one included', async () => {
    core = await openTestCore(); // 2026-11-23 10:00 Shanghai
    const session = await core.signIn('limei');
    const code = { problemCode: 'LEAK-VALVE' };
    // 1 Nov 00:10 Beijing is still 31 Oct in UTC: it counts for November.
    const first = await core.call('complaints.create', { ...intake, ...code, receivedAt: sh('2026-11-01T00:10:00') }, session);
    await core.call('complaints.create', { ...intake, ...code, receivedAt: sh('2026-10-31T23:50:00') }, session); // October: not counted
    await core.call('complaints.create', { ...intake, problemCode: 'OTHER' }, session);
    const second = await core.call('complaints.create', { ...intake, ...code, receivedAt: sh('2026-11-20T09:00:00') }, session);
    expect(first.sameProblemCountThisMonth).toBe(1);
    expect(second.sameProblemCountThisMonth).toBe(2);
    expect((await core.call('complaints.get', { id: first.id }, session)).sameProblemCountThisMonth, 'an earlier one keeps its count').toBe(1);
    expect((await core.call('complaints.create', intake, session)).sameProblemCountThisMonth, 'no code, no count').toBeNull();
    // The preview counts the unsaved complaint as the next one.
    const preview = await core.call('complaints.gradePreview', { ...code }, session);
    expect(preview?.criteria).toBeDefined();
    const third = await core.call('complaints.create', { ...intake, ...code }, session);
    expect(third.sameProblemCountThisMonth).toBe(3);
  });

  it('stores pack-specific facts and refuses them out of range, writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const saved = await core.call('complaints.create', { ...intake, packFacts: { defectiveShare: 0.35, satisfaction: 4 } }, session);
    expect(saved.packFacts).toEqual({ defectiveShare: 0.35, satisfaction: 4 });
    expect((await core.call('complaints.get', { id: saved.id }, session)).packFacts).toEqual({ defectiveShare: 0.35, satisfaction: 4 });
    for (const packFacts of [{ satisfaction: 6 }, { defectiveShare: 1.5 }, { injuredCount: -1 }, { shoeSize: 42 }]) {
      const response = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, packFacts } });
      expect(response, JSON.stringify(packFacts)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
