import { afterEach, describe, expect, it } from 'vitest';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { countRows, openTestCore, type TestCore } from '../../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`);

/** The demo store made a coal mine, as its station lead would in Settings. */
async function openMine(): Promise<{ lead: string; receiver: string }> {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  await core.call('profiles.setSiteProfile', { profileId: 'coal-mine' }, lead);
  return { lead, receiver: await core.signIn('limei') };
}

describe('a coal mine’s level record (seed004 §A 第十一条; issue 17)', () => {
  it('is kept only where the organisation fills the coal-mine grading form', async () => {
    core = await openTestCore();
    const response = await core.dispatch({ method: 'mineLevel.get', input: {}, session: await core.signIn('wangjg') });
    expect(response).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { key: 'mineLevel.errors.notAMine' } } });
  });

  it('a fatal accident entered with its date changes the level and bars Level 1 to the day the year ends (day 365), not the day after', async () => {
    await openMine();
    core.clock.set(sh('2026-03-20T09:00'));
    const before = countRows(core);
    await core.call('mineLevel.record', { kind: 'graded', occurredOn: '2025-06-30', level: 'level1', note: '公告' }, await core.signIn('wangjg'));
    const after = await core.call('mineLevel.record', { kind: 'accident', occurredOn: '2026-03-15', accidentClass: 'general' }, await core.signIn('wangjg'));
    expect(countRows(core)).toMatchObject({ outbox: before.outbox + 2 });
    expect(after.state).toMatchObject({ status: 'level3', since: '2026-03-15', validity: { gradedOn: '2025-06-30', expiresOn: '2028-06-30', reapplyBy: '2028-03-30' } });
    expect(after.state.changes.map((c) => [c.from, c.to, c.source])).toEqual([
      ['none', 'level1', 'seed004 §A 第七条(五)'],
      ['level1', 'level3', 'seed004 §A 第十一条(二)'],
    ]);
    expect(after.state.dues.map((d) => [d.kind, d.on])).toEqual([
      ['barEnds', '2026-09-16'],
      ['barEnds', '2027-03-16'],
      ['reapply', '2028-03-30'],
      ['review', '2028-06-30'],
    ]);
    core.clock.set(sh('2027-03-14T09:00')); // day 364
    expect((await core.call('mineLevel.get', {}, await core.signIn('wangjg'))).state.bars.map((b) => b.grade)).toEqual(['level1']);
    core.clock.set(sh('2027-03-15T23:00')); // day 365, the corresponding day: still 未满1年
    expect((await core.call('mineLevel.get', {}, await core.signIn('wangjg'))).state.bars.map((b) => b.until)).toEqual(['2027-03-15']);
    core.clock.set(sh('2027-03-16T00:10')); // day 366
    expect((await core.call('mineLevel.get', {}, await core.signIn('wangjg'))).state.bars).toEqual([]);
  });

  it('refuses a future date, a downgrade that is not lower, a restart without a stop and a receiver, writing nothing', async () => {
    const { lead, receiver } = await openMine();
    await core.call('mineLevel.record', { kind: 'graded', occurredOn: '2025-06-30', level: 'level2' }, lead);
    const before = countRows(core);
    const refused = async (input: unknown, session = lead) => {
      const response = await core.dispatch({ method: 'mineLevel.record', input, session });
      return response.ok ? null : response.error;
    };
    // A day no time zone has reached is refused by the contract; a day some zone has reached but the site has not, by the core.
    expect(await refused({ kind: 'fraud', occurredOn: '2026-12-24' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'occurredOn', reason: { key: 'input.errors.inFuture' } }] });
    expect(await refused({ kind: 'downgraded', occurredOn: '2026-01-10', level: 'level2', cause: 'decline' })).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'level' }] });
    expect(await refused({ kind: 'resumed', occurredOn: '2026-01-10' })).toMatchObject({ code: 'CONFLICT', reason: { key: 'mineLevel.errors.notStopped' } });
    expect(await refused({ kind: 'accident', occurredOn: '2026-01-10' })).toMatchObject({ code: 'VALIDATION' }); // no class
    expect(await refused({ kind: 'majorHazard', occurredOn: '2026-01-10' }, receiver)).toMatchObject({ code: 'FORBIDDEN' });
    expect(countRows(core)).toEqual(before);

    core.clock.set(new Date('2026-11-23T15:30:00.000Z')); // 23:30 in Shanghai; already the 24th in UTC+14
    const late = await core.signIn('wangjg'); // the morning's session ended while idle
    expect(await refused({ kind: 'fraud', occurredOn: '2026-11-24' }, late)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'occurredOn', reason: { key: 'mineLevel.errors.future', params: { date: '2026-11-24' } } }] });
  });

  it('voids a wrong event with its reason: it stays listed and no longer counts', async () => {
    const { lead } = await openMine();
    await core.call('mineLevel.record', { kind: 'graded', occurredOn: '2025-06-30', level: 'level1' }, lead);
    const hazard = await core.call('mineLevel.record', { kind: 'majorHazard', occurredOn: '2026-02-01' }, lead);
    expect(hazard.state.status).toBe('revoked');
    const event = hazard.events.find((e) => e.kind === 'majorHazard')!;
    const stale = await core.dispatch({ method: 'mineLevel.void', input: { id: event.id, version: 2, reason: '录错' }, session: lead });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { key: 'mineLevel.errors.changed' } } });
    const voided = await core.call('mineLevel.void', { id: event.id, version: 1, reason: '录错了煤矿' }, lead);
    expect(voided.state.status).toBe('level1');
    expect(voided.events.find((e) => e.id === event.id)?.voided).toMatchObject({ byName: '王建国', reason: '录错了煤矿' });
  });

  it('the grading form reads the record: a self-assessment starts with the accidents and level events, and their bars are computed to its date', async () => {
    const { lead } = await openMine();
    await core.call('mineLevel.record', { kind: 'graded', occurredOn: '2024-06-30', level: 'level1' }, lead);
    await core.call('mineLevel.record', { kind: 'accident', occurredOn: '2026-03-15', accidentClass: 'general' }, lead);
    await core.call('mineLevel.record', { kind: 'majorHazard', occurredOn: '2026-05-01' }, lead);
    let record = await core.call('checklists.start', { templateId: 'coal-mine-grading' }, lead);
    expect(record.templateVersion).toBe('1.1.0');
    expect(record.answers['had-fatal-accident']).toBe(true);
    expect(record.answers['fatal-accidents']).toEqual([expect.objectContaining({ date: '2026-03-15', class: 'general' })]);
    expect(record.answers['level-events']).toEqual([expect.objectContaining({ date: '2026-05-01', kind: 'revoked-major-hazard' })]);

    const answer = async (itemId: string, value: unknown) => (record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId, value }, lead));
    await answer('mine-name', '某煤矿');
    await answer('mine-type', 'underground');
    await answer('assessed-on', '2026-11-01');
    record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: 'part-scores', rowId: 'p1', cells: { name: '全部', weight: 1, score: 96 } }, lead);
    for (const id of ['basic-condition-missing', 'over-headcount', 'blacklisted', 'dispatch-workers']) await answer(id, false);
    const score = scoreRecord(record.template, record.answers as never);
    // On 1 Nov 2026: Level 1 barred by the accident (to 2027-03-15) and the hazard (to 2027-05-01); Level 2 free (half a year from 1 May ended 1 Nov — its last day).
    expect(score.vetoes.map((v) => [v.grades[0], v.until])).toEqual([
      ['level1', '2027-03-15'],
      ['level1', '2027-05-01'],
      ['level2', '2026-11-01'],
    ]);
    expect(score.grade?.code).toBe('level3');
  });
});
