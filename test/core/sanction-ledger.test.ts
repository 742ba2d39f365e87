import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * The sanction ledger (罚款与扣分台帐) and its roll-up, on the demo well
 * station (the Sichuan group's rules, seed003 篇6 第十一章), totals worked out
 * by hand below; the 篇5 6.2 threshold on the insurance branch's rules.
 */

let core: TestCore;
afterEach(() => core?.close());

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '郑秀兰', customerPhone: '138 0000 1234', content: '抢修人员态度差。' };

async function userId(name: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === name)!.id;
}

/** A complaint received at `local` (Shanghai), accepted and assigned to 张伟 (found valid on assignment). */
async function validComplaint(local: string, extra: Partial<ApiInput<'complaints.create'>> = {}): Promise<ComplaintDetail> {
  const created = await core.call('complaints.create', { ...intake, receivedAt: sh(local), ...extra }, await core.signIn('limei'));
  const c = await core.call('complaints.get', { id: created.id }, await core.signIn('limei'));
  return core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'accept', assigneeId: await userId('张伟') } }, await core.signIn('zhaoli'));
}

async function book(input: ApiInput<'sanctionLedger.record'>, login = 'wangjg') {
  return core.call('sanctionLedger.record', input, await core.signIn(login));
}

async function refused<M extends 'sanctionLedger.record' | 'sanctionLedger.reverse' | 'sanctionLedger.rollup'>(method: M, input: ApiInput<M>, login = 'wangjg') {
  const session = await core.signIn(login);
  const before = { ...countRows(core), ledger: ledgerCount() };
  const response = await core.dispatch({ method, input, session });
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  expect({ ...countRows(core), ledger: ledgerCount() }).toEqual(before);
  return response.error;
}

const ledgerCount = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM sanction_ledger').get() as { n: number }).n;
const rollup = async (kind: 'month' | 'quarter' | 'year', key: string, unit?: string, login = 'wangjg') =>
  core.call('sanctionLedger.rollup', { period: { kind, key }, ...(unit ? { unit } : {}) }, await core.signIn(login));

describe('the sanction ledger and its roll-up (篇6 第三十九条–第四十二条)', () => {
  it('books person and unit entries, refuses amounts outside the article, reverses, and rolls up by person, unit and month', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-11-23T10:00:00')));
    const zhang = await userId('张伟');
    const li = await userId('李梅');
    const c1 = await validComplaint('2026-11-20T09:00:00');

    // 第四十条: the person and the department, 1000–5000元; the decider picks 1500.
    const both = await book({ complaintId: c1.id, articleCode: 'p6.40', measure: 'fine', amount: 1500, targets: [{ personId: zhang }, { unit: '阳42井站' }] });
    expect(both.map((e) => [e.target, e.personName, e.unit, e.amount, e.decidedByName, e.decidedOn, e.serial])).toEqual([
      ['person', '张伟', '阳42井站', 1500, '王建国', '2026-11-23', c1.serial],
      ['unit', null, '阳42井站', 1500, '王建国', '2026-11-23', c1.serial],
    ]);

    // 第三十九条 500–2000元: 499 and 2000.01 refused with the range, nothing written; 500 accepted.
    for (const amount of [499, 2000.5]) {
      expect(await refused('sanctionLedger.record', { complaintId: c1.id, articleCode: 'p6.39', measure: 'fine', amount, targets: [{ personId: li }] })).toMatchObject({
        code: 'VALIDATION',
        reason: { key: 'sanctions.errors.amountOutOfRange', params: { source: 'seed003 篇6 第三十九条', min: 500, max: 2000, amount } },
        issues: [{ path: 'amount' }],
      });
    }
    const [liFine] = await book({ complaintId: c1.id, articleCode: 'p6.39', measure: 'fine', amount: 500, targets: [{ personId: li }] });

    // 第四十三条 is a reward: the ledger books no fine under it.
    expect(await refused('sanctionLedger.record', { complaintId: c1.id, articleCode: 'p6.43', measure: 'fine', amount: 100, targets: [{ personId: li }] })).toMatchObject({
      reason: { key: 'sanctions.errors.measureNotProvided' },
    });
    // Nobody books a fine on themselves, nor the same person twice in one entry.
    expect(await refused('sanctionLedger.record', { complaintId: c1.id, articleCode: 'p6.39', measure: 'fine', amount: 600, targets: [{ personId: await userId('王建国') }] })).toMatchObject({
      reason: { key: 'sanctions.errors.self' },
    });
    expect(await refused('sanctionLedger.record', { complaintId: c1.id, articleCode: 'p6.39', measure: 'fine', amount: 600, targets: [{ personId: li }, { personId: li }] })).toMatchObject({
      reason: { key: 'sanctions.errors.duplicateTarget' },
    });

    // Append-only: the store itself refuses to change or delete an entry; a correction is a reversing entry.
    const db = core.context.store.read;
    expect(() => core.context.store.transaction((tx) => tx.prepare('UPDATE sanction_ledger SET amount = 1 WHERE id = ?').run(liFine!.id))).toThrow(/append-only/);
    expect(() => core.context.store.transaction((tx) => tx.prepare('DELETE FROM sanction_ledger WHERE id = ?').run(liFine!.id))).toThrow(/append-only/);
    const reversal = await core.call('sanctionLedger.reverse', { entryId: liFine!.id, reason: '查明非本人责任' }, await core.signIn('wangjg'));
    expect(reversal).toMatchObject({ reverses: liFine!.id, amount: -500, personName: '李梅', note: '查明非本人责任' });
    expect(await refused('sanctionLedger.reverse', { entryId: liFine!.id, reason: '再次冲销' })).toMatchObject({ code: 'CONFLICT', reason: { key: 'sanctions.errors.alreadyReversed' } });
    expect(await refused('sanctionLedger.reverse', { entryId: reversal.id, reason: '冲销冲销' })).toMatchObject({ code: 'CONFLICT', reason: { key: 'sanctions.errors.reversalOfReversal' } });
    expect((db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity = ?').get('sanction_ledger') as { n: number }).n).toBe(4);
    // Head office gets each entry with the case's serial and the names (server/sanctions/rollup.ts reads them).
    const synced = (db.prepare("SELECT payload FROM outbox WHERE entity = 'sanction_ledger' ORDER BY rowid").all() as { payload: string }[]).map((r) => JSON.parse(r.payload) as Record<string, unknown>);
    expect(synced[0]).toMatchObject({ target: 'person', person_name: '张伟', unit: '阳42井站', amount: 1500, decided_on: '2026-11-23', serial: c1.serial, decided_by_name: '王建国' });
    expect(synced.at(-1)).toMatchObject({ reverses: liFine!.id, amount: -500 });

    // December: 第四十一条 500–1000元, 800 on 张伟 by the unit head 刘强.
    core.clock.set(new Date(sh('2026-12-02T09:00:00')));
    const c2 = await validComplaint('2026-12-01T09:00:00');
    await book({ complaintId: c2.id, articleCode: 'p6.41', measure: 'fine', amount: 800, targets: [{ personId: zhang }] }, 'liuqiang');

    // November by hand: 张伟 1500; 李梅 500 − 500 = 0 (2 entries); 阳42井站 1500 (unit) + 1500 + 0 = 3000; 4 entries.
    const november = await rollup('month', '2026-11');
    expect(november.persons.map((p) => [p.personName, p.amount, p.points, p.entries])).toEqual([
      ['张伟', 1500, 0, 1],
      ['李梅', 0, 0, 2],
    ]);
    expect(november.units).toEqual([{ unit: '阳42井站', amount: 3000, points: 0, entries: 4, ownAmount: 1500, ownPoints: 0 }]);
    expect(november.total).toEqual({ amount: 3000, points: 0, entries: 4 });
    expect(november.entries.find((e) => e.id === liFine!.id)).toMatchObject({ reversedBy: reversal.id, serial: c1.serial, articleLabel: { zh: expect.stringContaining('隐瞒') } });

    // The year: 3000 + 800 = 3800; 张伟 1500 + 800 = 2300; by month 3000 and 800.
    const year = await rollup('year', '2026');
    expect(year.total).toEqual({ amount: 3800, points: 0, entries: 5 });
    expect(year.persons[0]).toMatchObject({ personName: '张伟', amount: 2300, entries: 2 });
    expect(year.months).toEqual([
      { month: '2026-11', amount: 3000, points: 0, entries: 4 },
      { month: '2026-12', amount: 800, points: 0, entries: 1 },
    ]);

    // A unit-only reader (部门负责人 刘强, 采气作业区) sees their own unit and is refused another.
    expect((await rollup('year', '2026', undefined, 'liuqiang')).total).toEqual({ amount: 0, points: 0, entries: 0 });
    expect(await refused('sanctionLedger.rollup', { period: { kind: 'year', key: '2026' }, unit: '阳42井站' }, 'liuqiang')).toMatchObject({ code: 'FORBIDDEN' });
    // A period that has not begun, or does not exist, is refused.
    expect(await refused('sanctionLedger.rollup', { period: { kind: 'month', key: '2027-01' } })).toMatchObject({ reason: { key: 'reports.errors.futurePeriod' } });
    expect(await refused('sanctionLedger.rollup', { period: { kind: 'month', key: '2026-13' } })).toMatchObject({ reason: { key: 'reports.errors.noSuchPeriod' } });
  });

  it('books seed004 §M points per role up the chain of superiors, and a case record’s fine goes into the ledger', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-11-23T10:00:00')));
    const c1 = await validComplaint('2026-11-22T09:00:00');
    const [zhang, liu, chen] = [await userId('张伟'), await userId('刘强'), await userId('陈志明')];
    // 一.4 grade 1: 部门责任人 15, 负责人 10, 直接上级 8 (上上级 5 not booked here).
    const entries = await book({
      complaintId: c1.id,
      articleCode: 'seed004-m.management.grade1',
      measure: 'points',
      targets: [
        { personId: zhang, deductionRole: 0 },
        { personId: liu, deductionRole: 1 },
        { personId: chen, deductionRole: 2 },
      ],
    });
    expect(entries.map((e) => [e.personName, e.points, e.deductionRole?.zh])).toEqual([
      ['张伟', 15, '部门责任人'],
      ['刘强', 10, '负责人'],
      ['陈志明', 8, '直接上级'],
    ]);
    // grade 3's 上上级 row is 0: not jointly liable, refused.
    expect(await refused('sanctionLedger.record', { complaintId: c1.id, articleCode: 'seed004-m.management.grade3', measure: 'points', targets: [{ personId: chen, deductionRole: 3 }] })).toMatchObject({
      reason: { key: 'sanctions.errors.roleNotLiable' },
    });
    // A 奖惩记录 fine (caseRecords.addSanction) is booked too.
    await core.call('caseRecords.addSanction', { complaintId: c1.id, personId: zhang, articleCode: 'p6.42', measure: 'fine', amount: 5000 }, await core.signIn('wangjg'));
    const month = await rollup('month', '2026-11');
    expect(month.total).toEqual({ amount: 5000, points: 33, entries: 4 });
    expect(month.persons.find((p) => p.personName === '张伟')).toMatchObject({ amount: 5000, points: 15, entries: 2 });
    // Units in pinyin order (采气作业区 cǎi, 公司领导 gōng, 阳42井站 yáng).
    expect(month.units.map((u) => [u.unit, u.amount, u.points])).toEqual([
      ['采气作业区', 0, 10],
      ['公司领导', 0, 8],
      ['阳42井站', 5000, 15],
    ]);
  });

  it('a 奖惩记录 under 第四十条 fines the person’s department the same amount; other articles refuse a department', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-11-23T10:00:00')));
    const c1 = await validComplaint('2026-11-22T09:00:00');
    const zhang = await userId('张伟');
    const lead = await core.signIn('wangjg');
    const add = (articleCode: string, amount: number) => ({ complaintId: c1.id, personId: zhang, articleCode, measure: 'fine' as const, amount, chargeUnit: '阳42井站' });
    const before = ledgerCount();
    const refusal = await core.dispatch({ method: 'caseRecords.addSanction', input: add('p6.41', 800), session: lead });
    expect(refusal.ok ? null : refusal.error).toMatchObject({ reason: { key: 'sanctions.errors.unitNotCharged', params: { source: 'seed003 篇6 第四十一条' } } });
    expect(ledgerCount()).toBe(before);
    await core.call('caseRecords.addSanction', add('p6.40', 2000), lead);
    const month = await rollup('month', '2026-11');
    expect(month.entries.map((e) => [e.target, e.personName, e.unit, e.amount])).toEqual([
      ['person', '张伟', '阳42井站', 2000],
      ['unit', null, '阳42井站', 2000],
    ]);
    expect(month.units).toEqual([{ unit: '阳42井站', amount: 4000, points: 0, entries: 2, ownAmount: 2000, ownPoints: 0 }]);
  });

  it('shows the decider the person’s valid complaints of the last 12 months and their earlier entries', async () => {
    core = await openTestCore();
    core.clock.set(new Date(sh('2026-11-23T10:00:00')));
    const sun = await userId('孙丽');
    const old = await validComplaint('2025-11-22T09:00:00', { subjectUserId: sun }); // 366 days before c3's receipt: outside
    await validComplaint('2025-11-23T09:00:00', { subjectUserId: sun }); // 365 days before: inside
    const c3 = await validComplaint('2026-11-23T09:00:00', { subjectUserId: sun });
    await book({ complaintId: old.id, articleCode: 'p6.41', measure: 'fine', amount: 600, targets: [{ personId: sun }] });
    const history = await core.call('sanctionLedger.history', { complaintId: c3.id, personId: sun }, await core.signIn('wangjg'));
    expect(history.on).toBe('2026-11-23');
    expect(history.validComplaints).toHaveLength(2);
    expect(history.validComplaints.map((c) => c.serial)).not.toContain(old.serial);
    expect(history.entries.map((e) => [e.articleCode, e.amount])).toEqual([['p6.41', 600]]);
    // The same customer (name and phone) complained three times, the first 366 days back: two count.
    expect(history.customerComplaints).toBe(2);
  });
});

describe('篇5 6.2: the third valid complaint in a year on the same head reaches the lead’s inbox', () => {
  it('raises one notice to the station lead when the third 1000元 entry is booked, not before', async () => {
    core = await openTestCore();
    core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run('insurance-branch-p5'));
    core.clock.set(new Date(sh('2026-11-23T10:00:00')));
    const liu = await userId('刘强');
    const complaints = [await validComplaint('2026-01-10T09:00:00'), await validComplaint('2026-06-10T09:00:00'), await validComplaint('2026-11-20T09:00:00')];
    const inbox = async () => (await core.call('notifications.inbox', { show: 'all' }, await core.signIn('wangjg'))).items.filter((n) => n.event === 'threshold');

    // 6.2 各1000元: a fixed amount, 999 and 1001 refused.
    for (const amount of [999, 1001]) {
      expect(await refused('sanctionLedger.record', { complaintId: complaints[0]!.id, articleCode: 'p5.6.2', measure: 'fine', amount, targets: [{ personId: liu }] })).toMatchObject({
        reason: { key: 'sanctions.errors.amountFixed', params: { min: 1000, max: 1000 } },
      });
    }
    for (const c of complaints.slice(0, 2)) await book({ complaintId: c.id, articleCode: 'p5.6.2', measure: 'fine', amount: 1000, targets: [{ personId: liu }] });
    expect(await inbox()).toEqual([]);
    await book({ complaintId: complaints[2]!.id, articleCode: 'p5.6.2', measure: 'fine', amount: 1000, targets: [{ personId: liu }] });
    const notices = await inbox();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ complaintId: complaints[2]!.id, source: 'seed003 篇5 6.2', recipients: ['station_lead'], notify: [{ zh: expect.stringContaining('刘强') }] });
    expect(notices[0]!.notify[0]!.zh).toContain('3');
    // The handler (not a lead) does not get it.
    expect((await core.call('notifications.inbox', { show: 'all' }, await core.signIn('zhangwei'))).items.filter((n) => n.event === 'threshold')).toEqual([]);
    // Reversing one of the three takes the person back under the count: the 诫勉 is refused again.
    const ledger = await rollup('year', '2026');
    await core.call('sanctionLedger.reverse', { entryId: ledger.entries[0]!.id, reason: '复核认定无效' }, await core.signIn('wangjg'));
    const due = await core.call('caseRecords.get', { complaintId: complaints[2]!.id }, await core.signIn('wangjg'));
    expect(due.dueSanctions).toEqual([]);
  });
});
