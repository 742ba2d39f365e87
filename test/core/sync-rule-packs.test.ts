import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullOnce } from '../../electron/core/sync/pull';
import { writeState } from '../../electron/core/sync/sync-state';
import type { Complaint } from '../../shared/api/complaints';
import type { RulePack } from '../../shared/rules/pack-schema';
import { findPack } from '../../shared/rules/packs';
import { PATHS } from '../../shared/sync/protocol';
import { admin, type TestServer } from '../server/support/test-server';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import type { TestCore } from '../support/temp-core';
import { publishUnchecked } from '../support/unchecked-publish';

let site: EnrolledSite;
let server: TestServer;
let core: TestCore;
let lead: string;

beforeEach(async () => {
  site = await openEnrolledSite(); // the demo site runs 篇6's pack; clock: Monday 2026-11-23 10:00 Shanghai
  ({ server, core, lead } = site);
});
afterEach(() => site.close());

const P6 = 'sichuan-group-p6';
const shipped = findPack(P6)!;
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '黄德明', content: '巡检踩坏田埂。' };
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const options = () => ({ store: core.context.store, now: core.context.now });
function read<T>(sql: string, ...params: unknown[]): T[] {
  return core.context.store.read.prepare(sql).all(...params) as T[];
}

/**
 * Head office's 1.1.0 of the demo site's pack: an ordinary complaint must be
 * resolved in 2 working days instead of 3, and 30% of customers affected
 * (instead of 50%) makes a complaint major.
 */
const next: RulePack = {
  ...shipped,
  version: '1.1.0',
  criteria: shipped.criteria.map((c) => (c.id === 'major.4' ? { ...c, predicate: { fact: 'affectedShare', op: 'gte', value: 0.3 } } : c)),
  deadlines: shipped.deadlines.map((d) => (d.milestone === 'resolution' && d.classes?.includes('ordinary') ? { ...d, duration: { unit: 'workingDays', amount: 2 } } : d)),
};

async function publish(kind: string, id: string, version: number, body: unknown): Promise<void> {
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind, id, version, body } });
  expect(response.statusCode, response.body).toBe(201);
}

async function file(input: Record<string, unknown> = {}): Promise<Complaint> {
  return core.call('complaints.create', { ...intake, ...input }, await core.signIn('limei'));
}

async function reread(id: string): Promise<Complaint> {
  return core.call('complaints.get', { id }, await core.signIn('limei'));
}

const resolutionDue = (c: Complaint) => c.grade?.deadlines.find((d) => d.step === 'resolution')?.due;
const heldVersions = () => read<{ pack_id: string; version: string; published_version: number }>('SELECT pack_id, version, published_version FROM rule_packs ORDER BY pack_id, version');

describe('rule packs published by head office', () => {
  it('join the catalogue in the pull; a complaint filed after is graded by the new version, one filed before keeps its own', async () => {
    const before = await file({ affectedShare: 0.4 });
    expect(before.grade).toMatchObject({ packId: P6, packVersion: '1.0.0', classCode: 'ordinary' });
    expect(resolutionDue(before)).toBe(sh('2026-11-26T17:30:00'));

    await publish('rulePack', P6, 1, next);
    expect(await pullOnce(options())).toMatchObject({ applied: 1, unreadable: [] });
    expect(heldVersions()).toEqual([{ pack_id: P6, version: '1.1.0', published_version: 1 }]);
    expect(read('SELECT entity_id FROM audit_log WHERE action = ?', 'sync.applyRulePack')).toEqual([{ entity_id: `${P6}@1.1.0` }]);

    // New complaints: the lower threshold and the shorter deadline.
    const after = await file({ affectedShare: 0.4 });
    expect(after.grade).toMatchObject({ packVersion: '1.1.0', classCode: 'major' });
    const plain = await file();
    expect(plain.grade?.packVersion).toBe('1.1.0');
    expect(resolutionDue(plain)).toBe(sh('2026-11-25T17:30:00'));
    // The earlier one, read again and after a workflow step: still 1.0.0, still ordinary, still due Thursday.
    expect((await reread(before.id)).grade).toMatchObject({ packVersion: '1.0.0', classCode: 'ordinary' });
    const zhangwei = (await core.call('users.colleagues', {}, lead)).find((u) => u.displayName === '张伟')!.id;
    const accepted = await core.call('complaints.act', { id: before.id, version: before.version, action: { type: 'accept', assigneeId: zhangwei } }, await core.signIn('zhaoli'));
    expect(accepted.grade).toMatchObject({ packVersion: '1.0.0', classCode: 'ordinary' });
    expect(resolutionDue(accepted)).toBe(sh('2026-11-26T17:30:00'));

    // Re-grading by the clock, Wednesday 18:00: past 1.1.0's limit only.
    core.clock.advance(2 * 86_400_000 + 8 * 3_600_000);
    core.regrade();
    expect((await reread(plain.id)).classCode).toBe('major');
    expect((await reread(before.id)).classCode).toBe('ordinary');
    // Thursday 18:00: past 1.0.0's limit too, and the audit names the version that decided.
    core.clock.advance(86_400_000);
    core.regrade();
    expect((await reread(before.id)).grade).toMatchObject({ packVersion: '1.0.0', classCode: 'major' });
    const audits = read<{ entity_id: string; after: string }>("SELECT entity_id, after FROM audit_log WHERE action = 'rules.regrade' AND entity_id IN (?, ?)", before.id, plain.id);
    const versionOf = (id: string) => audits.filter((a) => a.entity_id === id).map((a) => JSON.parse(a.after).packVersion);
    expect(versionOf(plain.id)).toEqual(['1.1.0']);
    expect(versionOf(before.id)).toEqual(['1.0.0']);
    expect(read("SELECT rule_pack_version AS v FROM complaints WHERE id = ?", before.id)).toEqual([{ v: '1.0.0' }]);
  });

  it('are listed with their source, the version that grades new complaints marked, and read by version', async () => {
    await file();
    await publish('rulePack', P6, 1, next);
    await pullOnce(options());
    await file();
    const openOn = (version: string) =>
      read<{ n: number }>("SELECT count(*) AS n FROM complaints WHERE rule_pack_version = ? AND status NOT IN ('closed', 'invalid')", version)[0]!.n;

    const versions = (await core.call('rules.packVersions', {}, lead)).filter((v) => v.id === P6);
    expect(versions).toEqual([
      { id: P6, version: '1.1.0', name: shipped.name, source: 'head-office', receivedAt: expect.any(String), gradesNewComplaints: true, openComplaints: 1 },
      { id: P6, version: '1.0.0', name: shipped.name, source: 'shipped', receivedAt: null, gradesNewComplaints: false, openComplaints: openOn('1.0.0') },
    ]);
    expect(openOn('1.0.0')).toBeGreaterThan(1); // the demo's open complaints and the one filed first
    expect((await core.call('rules.sitePack', {}, lead))?.version).toBe('1.1.0');
    expect((await core.call('rules.pack', { id: P6, version: '1.0.0' }, lead))?.deadlines).toEqual(shipped.deadlines);
    expect(await core.call('rules.pack', { id: P6, version: '9.9.9' }, lead)).toBeNull();
  });

  it('a pack that does not pass the pack schema is reported, kept only in the raw log, and changes nothing', async () => {
    // A duration unit this program does not know (the server here refuses it; a newer head office might not).
    const broken = { ...next, version: '1.2.0', deadlines: [{ ...next.deadlines[0]!, duration: { unit: 'weeks', amount: 1 } }] };
    await publishUnchecked(server, { kind: 'rulePack', id: P6, version: 1, body: broken });
    const result = await pullOnce(options());
    expect(result).toMatchObject({ applied: 1, unreadable: [expect.stringContaining(`规则包 ${P6} 第1版无法读取`)] });
    expect(heldVersions()).toEqual([]);
    expect(read('SELECT count(*) AS n FROM audit_log WHERE action = ?', 'sync.applyRulePack')).toEqual([{ n: 0 }]);
    expect(read("SELECT version FROM reference_items WHERE kind = 'rulePack'")).toEqual([{ version: 1 }]);
    expect((await file()).grade?.packVersion).toBe('1.0.0');
  });

  it('refuses a pack published under another pack’s id', async () => {
    await publishUnchecked(server, { kind: 'rulePack', id: 'bank-outlet', version: 1, body: next });
    expect((await pullOnce(options())).unreadable).toEqual([expect.stringContaining(`规则包编号不符：${P6} ≠ bank-outlet`)]);
    expect(heldVersions()).toEqual([]);
  });

  it('the same version pulled twice changes nothing, and a version already held is never replaced', async () => {
    await publish('rulePack', P6, 1, next);
    await pullOnce(options());
    const held = read('SELECT * FROM rule_packs');

    // The same publication again (a reply file imported after the network pull brought it): ignored.
    core.context.store.transaction((tx) => writeState(tx, 'pullCursor', '0'));
    expect(await pullOnce(options())).toMatchObject({ applied: 0, unreadable: [] });
    // Published again under a new number with the same pack version and content: logged, nothing else.
    await publish('rulePack', P6, 2, next);
    expect(await pullOnce(options())).toMatchObject({ applied: 1, unreadable: [] });
    // The same pack version with other content, and the shipped version altered: refused and reported.
    await publish('rulePack', P6, 3, { ...next, deadlines: next.deadlines.slice(1) });
    await publish('rulePack', P6, 4, { ...shipped, criteria: [] });
    expect((await pullOnce(options())).unreadable).toEqual([
      expect.stringContaining(`规则包 ${P6} 1.1.0 本机已有，内容不同，未替换`),
      expect.stringContaining(`规则包 ${P6} 1.0.0 本机已有，内容不同，未替换`),
    ]);
    expect(read('SELECT * FROM rule_packs')).toEqual(held);
    expect(read('SELECT count(*) AS n FROM audit_log WHERE action = ?', 'sync.applyRulePack')).toEqual([{ n: 1 }]);
    expect(resolutionDue(await file())).toBe(sh('2026-11-25T17:30:00'));
  });

  it('a site record may name a pack head office published: new complaints take it, earlier ones keep theirs', async () => {
    const gasStation = { ...next, id: 'yy-gas-station', version: '1.0.0', name: { zh: '阳42井站 投诉规则', en: 'YY42 complaint rules' } };
    const siteRecord = (rulePack: string) => ({ name: '阳42井站', organisation: '四川某实业集团', rulePack });
    await publish('site', 'site', 1, siteRecord('yy-gas-station'));
    expect((await pullOnce(options())).unreadable).toEqual([expect.stringContaining('yy-gas-station')]);

    const earlier = await file();
    await publish('rulePack', 'yy-gas-station', 1, gasStation);
    await publish('site', 'site', 2, siteRecord('yy-gas-station'));
    expect(await pullOnce(options())).toMatchObject({ applied: 2, unreadable: [] });
    expect(read('SELECT rule_pack FROM site')).toEqual([{ rule_pack: 'yy-gas-station' }]);
    expect((await file()).grade).toMatchObject({ packId: 'yy-gas-station', packVersion: '1.0.0' });
    expect((await reread(earlier.id)).grade).toMatchObject({ packId: P6, packVersion: '1.0.0' });
    expect((await core.call('rules.packVersions', {}, lead)).filter((v) => v.gradesNewComplaints).map((v) => `${v.id}@${v.version}`)).toEqual(['yy-gas-station@1.0.0']);
  });
});
