import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §3: risk classes of credit customers through the three steps of seed000 第二篇 二、认定程序
 * (propose, review, decide), each refused to the wrong role with a reason naming who may; the history of
 * every change with reason, inputs and pack version, append-only; 四、动态管理要求 on the store.
 */

let core: TestCore;
let server: ServerProcess | undefined;
afterEach(async () => {
  core?.close();
  await server?.stop();
  server = undefined;
});

const OVERDUE = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 } as const;

async function setUp() {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const unitHead = await core.signIn('liuqiang');
  const leader = await core.signIn('chenzm');
  const receiver = await core.signIn('limei');
  const customer = await core.call('customers.create', { kind: 'organisation', name: '绍兴某纺织有限公司' }, lead);
  return { lead, unitHead, leader, receiver, customer };
}

const proposal = (customerId: string, change: Partial<ApiInput<'riskClasses.propose'>> = {}): ApiInput<'riskClasses.propose'> => ({
  customerId,
  toClass: 'class2',
  facts: OVERDUE,
  judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }],
  reason: '贷款逾期三天，企业涉诉',
  ...change,
});

async function refusal(method: 'riskClasses.propose' | 'riskClasses.review' | 'riskClasses.decide', input: unknown, session: string) {
  const response = await core.dispatch({ method, input, session });
  return response.ok ? null : response.error;
}

async function reclassify(s: Awaited<ReturnType<typeof setUp>>, change: Partial<ApiInput<'riskClasses.propose'>> = {}) {
  const proposed = await core.call('riskClasses.propose', proposal(s.customer.id, change), s.lead);
  core.clock.advance(60_000);
  await core.call('riskClasses.review', { proposalId: proposed.id, note: '同意' }, s.unitHead);
  core.clock.advance(60_000);
  return core.call('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '信审会审议通过' }, s.leader);
}

describe('riskClasses: 二、认定程序 (seed000 第二篇)', () => {
  it('二(一)–(三): proposed by the lead, reviewed by the unit head, decided by the leader in charge, then in the history with reason, inputs and pack version', async () => {
    const s = await setUp();
    const proposed = await core.call('riskClasses.propose', proposal(s.customer.id), s.lead);
    expect(proposed).toMatchObject({ status: 'proposed', fromClass: 'normal', toClass: 'class2', indicatedClass: 'class2', met: ['c2.1a', 'c2.2b'] });
    expect((await core.call('riskClasses.overview', {}, s.receiver)).awaiting.map((p) => p.id)).toEqual([proposed.id]);

    // One proposal at a time: a second is refused while the first waits.
    expect(await refusal('riskClasses.propose', proposal(s.customer.id, { toClass: 'class3' }), s.unitHead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.pendingExists' } });

    await core.call('riskClasses.review', { proposalId: proposed.id, note: '信贷管理部会同风险管理部：同意' }, s.unitHead);
    const approved = await core.call('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '信审会审议通过' }, s.leader);
    expect(approved).toMatchObject({ status: 'approved', reviewed: { byName: '刘强' }, decided: { byName: '陈志明' } });

    const risk = await core.call('riskClasses.get', { customerId: s.customer.id }, s.receiver);
    expect(risk).toMatchObject({ current: 'class2', creditIncreaseAllowed: false, pending: null });
    expect(risk.history).toEqual([
      expect.objectContaining({ fromClass: 'normal', toClass: 'class2', reason: '贷款逾期三天，企业涉诉', facts: OVERDUE, met: ['c2.1a', 'c2.2b'], proposedByName: '王建国', reviewedByName: '刘强', decidedByName: '陈志明', packId: 'seed000-p2-risk-classes', packVersion: '1' }),
    ]);
    expect(risk.history[0]!.judgements).toEqual([{ judgement: 'litigation', reason: '法院传票已送达' }]);
    const overview = await core.call('riskClasses.overview', {}, s.receiver);
    expect(overview.classes.find((c) => c.riskClass === 'class2')!.customers.map((c) => c.name)).toEqual(['绍兴某纺织有限公司']);
    expect(overview.awaiting).toEqual([]);
  });

  it('refuses each step to the wrong role with a reason naming who may', async () => {
    const s = await setUp();
    expect(await refusal('riskClasses.propose', proposal(s.customer.id), s.receiver)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskClasses.errors.proposeRole', params: { whoZh: expect.stringContaining('站长') } } });
    const proposed = await core.call('riskClasses.propose', proposal(s.customer.id), s.lead);
    expect(await refusal('riskClasses.review', { proposalId: proposed.id, note: '同意' }, s.leader)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskClasses.errors.reviewRole', params: { whoZh: expect.stringContaining('部门负责人') } } });
    expect(await refusal('riskClasses.review', { proposalId: proposed.id, note: '同意' }, s.lead)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskClasses.errors.ownProposal' } });
    expect(await refusal('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '通过' }, s.leader)).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.notReviewedYet' } });
    await core.call('riskClasses.review', { proposalId: proposed.id, note: '同意' }, s.unitHead);
    expect(await refusal('riskClasses.decide', { proposalId: proposed.id, approve: true, note: '通过' }, s.lead)).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'riskClasses.errors.decideRole', params: { whoZh: expect.stringContaining('分管领导') } } });
    expect((await core.call('riskClasses.get', { customerId: s.customer.id }, s.lead)).current).toBe('normal');
  });

  it('a refused proposal changes nothing and is kept beside the history', async () => {
    const s = await setUp();
    const proposed = await core.call('riskClasses.propose', proposal(s.customer.id), s.lead);
    await core.call('riskClasses.review', { proposalId: proposed.id, note: '材料不足' }, s.unitHead);
    await core.call('riskClasses.decide', { proposalId: proposed.id, approve: false, note: '不同意' }, s.leader);
    const risk = await core.call('riskClasses.get', { customerId: s.customer.id }, s.lead);
    expect(risk).toMatchObject({ current: 'normal', history: [], rejected: [expect.objectContaining({ id: proposed.id, status: 'rejected' })] });
  });
});

describe('riskClasses: 四、动态管理要求 on the store (seed000 第二篇)', () => {
  it('四(1): once in class 1 a customer cannot be proposed for another class', async () => {
    const s = await setUp();
    await reclassify(s, { toClass: 'class1', facts: { ...OVERDUE, fiveLevel: 'loss' }, judgements: [{ judgement: 'exitByCollection', reason: '须清收退出' }] });
    expect(await refusal('riskClasses.propose', proposal(s.customer.id, { toClass: 'class2' }), s.lead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.classOneFinal' } });
  });

  it('四(2): class 2 leaves for class 3 only with the warning lifted', async () => {
    const s = await setUp();
    await reclassify(s);
    const toThree = { toClass: 'class3' as const, judgements: [{ judgement: 'weakGuarantee' as const, reason: '担保较弱' }] };
    expect(await refusal('riskClasses.propose', proposal(s.customer.id, { ...toThree, facts: { ...OVERDUE, warning: 'active' } }), s.lead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'riskClasses.errors.warningNotLifted' } });
    core.clock.advance(60_000);
    await reclassify(s, { ...toThree, facts: { ...OVERDUE, overdueDays: 0, warning: 'lifted' } });
    const risk = await core.call('riskClasses.get', { customerId: s.customer.id }, s.lead);
    expect(risk.current).toBe('class3');
    expect(risk.history.map((h) => `${h.fromClass}→${h.toClass}`)).toEqual(['class2→class3', 'normal→class2']);
  });
});

describe('riskClasses: the history is append-only and goes to head office', () => {
  it('refuses UPDATE and DELETE on risk_class_changes, and queues proposal and change for sync', async () => {
    const s = await setUp();
    await reclassify(s);
    const db = core.context.store.read;
    expect(() => db.prepare("UPDATE risk_class_changes SET to_class = 'normal'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM risk_class_changes').run()).toThrow(/append-only/);
    const queued = db.prepare("SELECT entity, entity_version AS version FROM outbox WHERE entity LIKE 'risk_class%' ORDER BY rowid").all();
    expect(queued).toEqual([
      { entity: 'risk_class_proposal', version: 1 },
      { entity: 'risk_class_proposal', version: 2 },
      { entity: 'risk_class_change', version: 1 },
      { entity: 'risk_class_proposal', version: 3 },
    ]);
  });
});

describe('riskClasses: head office', () => {
  it('receives the decided proposal and the class change through the sync outbox', async () => {
    server = await startServerProcess();
    const { enrolCode, siteId } = await server.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' });
    const s = await setUp();
    await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, s.lead);
    await reclassify(s);
    await core.call('sync.runNow', {}, s.lead);
    const head = new Database(path.join(server.dataDir, 'head-office.sqlite'), { readonly: true });
    try {
      const rows = head
        .prepare("SELECT r.entity, r.entity_version AS version, e.payload FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ? AND r.entity LIKE 'risk_class%' ORDER BY r.entity")
        .all(siteId) as { entity: string; version: number; payload: string }[];
      expect(rows.map((r) => [r.entity, r.version])).toEqual([
        ['risk_class_change', 1],
        ['risk_class_proposal', 3],
      ]);
      expect(JSON.parse(rows[0]!.payload)).toMatchObject({ customer_id: s.customer.id, from_class: 'normal', to_class: 'class2', pack_version: '1' });
      expect(JSON.parse(rows[1]!.payload)).toMatchObject({ status: 'approved' });
    } finally {
      head.close();
    }
  });
});
