import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';
import { fullReportRow } from '../../shared/reports/report-payload';
import { auditRowsOf } from '../../electron/core/change-log/change-log-repository';

let core: TestCore;
afterEach(() => core?.close());

const intake = {
  kind: 'complaint' as const,
  channel: 'phone' as const,
  customerName: '周桂芳',
  customerPhone: '138 0830 1122',
  content: '罐车夜间经过村道噪声大。',
  remedy: 'criticism_suggestion' as const,
};

describe('complaints', () => {
  it('creates a complaint with its outbox row and audit row in one go', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, session);
    // The answer carries the phone masked (issue 19 §4); the store keeps it as said.
    expect(created).toMatchObject({ ...intake, customerPhone: '138 **** 1122', status: 'registered', firstReceiverName: '李梅', version: 1 });
    const db = core.context.store.read;
    const outbox = db.prepare("SELECT * FROM outbox WHERE entity = 'complaint' AND entity_id = ?").all(created.id) as { payload: string; acknowledged_at: null }[];
    expect(outbox).toHaveLength(1);
    const { grade, ...answered } = created;
    expect(grade?.classCode).toBe('ordinary');
    // Head office and the audit keep the phone as said; only the answer is masked.
    const stored = { ...answered, customerPhone: intake.customerPhone };
    const { report, ...payload } = JSON.parse(outbox[0]!.payload);
    expect(payload).toEqual(stored); // the explanation is derived, not synced
    // The report row travels with the record, compact (what the payload says is not sent twice); head office
    // rebuilds exactly the row stored here (it counts the same row).
    const siteRow = db.prepare('SELECT * FROM report_complaints WHERE complaint_id = ?').get(created.id) as { site_id: string };
    expect(fullReportRow(report, payload, siteRow.site_id)).toEqual(siteRow);
    expect(siteRow).toMatchObject({ complaint_id: created.id, version: 1, kind: 'complaint', status: 'registered', call_backs: 0 });
    expect(report).not.toHaveProperty('serial');
    expect(JSON.stringify(report).length).toBeLessThan(JSON.stringify(siteRow).length / 2);
    const audit = auditRowsOf(db, 'complaint', created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: created.firstReceiverId, action: 'complaints.create' });
    expect(JSON.parse(audit[0]!.after!)).toEqual({ ...stored, report });
    // Written once: the audit row holds no second copy, it points at the queued payload.
    expect(db.prepare("SELECT a.after, a.outbox_seq = o.seq AS shared, o.audited FROM audit_log a JOIN outbox o ON o.entity_id = a.entity_id WHERE a.entity_id = ?").get(created.id)).toEqual({ after: null, shared: 1, audited: 1 });
    expect(created.restatement).toBeNull();
    const restated = await core.call('complaints.create', { ...intake, restatement: '  罐车夜间经过，噪声大，客户确认  ' }, session);
    expect((await core.call('complaints.get', { id: restated.id }, session)).restatement).toBe('罐车夜间经过，噪声大，客户确认');
  });

  it('numbers serials per site day in Asia/Shanghai, continuing across restarts', async () => {
    core = await openTestCore();
    core.clock.advance(15 * 3_600_000); // 2026-11-23T17:00Z is 2026-11-24 01:00 in Shanghai
    const session = await core.signIn();
    const first = await core.call('complaints.create', intake, session);
    const second = await core.call('complaints.create', intake, session);
    expect(first.serial).toBe('YY42-20261124-0001');
    expect(second.serial).toBe('YY42-20261124-0002');
    const { dataDir } = core;
    core.close();
    core = await openTestCore({ dataDir });
    core.clock.advance(15 * 3_600_000);
    const third = await core.call('complaints.create', intake, await core.signIn());
    expect(third.serial).toBe('YY42-20261124-0003');
    expect(await core.call('complaints.get', { id: first.id }, await core.signIn())).toMatchObject(first);
  });

  it('lists newest first with a cursor that walks every record once', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    const seen: string[] = [];
    let after: string | undefined;
    let total: number | null = null;
    do {
      const page = await core.call('complaints.list', { limit: 3, ...(after ? { after } : {}) }, session);
      total ??= page.total;
      seen.push(...page.items.map((c) => c.receivedAt));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toHaveLength(total!);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('refuses a received time in the future and an unknown first receiver, writing nothing', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    const outboxBefore = core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get();
    const future = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, receivedAt: '2026-11-23T03:00:00.000Z' } });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'receivedAt' }] } });
    const ghost = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, firstReceiverId: 'nobody' } });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'firstReceiverId' }] } });
    const blank = await core.dispatch({ method: 'complaints.create', session, input: { ...intake, customerName: '   ', content: '' } });
    expect(blank).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!blank.ok && blank.error.issues?.map((i) => i.path).sort()).toEqual(['content', 'customerName']);
    expect(core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual(outboxBefore);
  });

  it('reports the sync queue length from the outbox', async () => {
    core = await openTestCore();
    const session = await core.signIn();
    const before = await core.call('sync.status', {}, session);
    await core.call('complaints.create', intake, session);
    const after = await core.call('sync.status', {}, session);
    expect(after.queueLength).toBe(before.queueLength + 1);
    expect(after.lastSuccessAt).toBeNull();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    core = await openTestCore();
    expect(await core.dispatch({ method: 'complaints.get', input: { id: 'nope' }, session: await core.signIn() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('demo data', () => {
  it('shows the register at every stage of the loop, each stage reached through the real workflow', async () => {
    core = await openTestCore();
    const session = await core.signIn('wangjg');
    const all = await core.call('complaints.list', { list: 'all', limit: 50 }, session);
    const statuses = new Set(all.items.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['assigned', 'closed', 'in_progress', 'registered', 'resolved']);
    const closedByCallBack = all.items.find((i) => i.status === 'closed' && i.kind === 'complaint')!;
    const detail = await core.call('complaints.get', { id: closedByCallBack.id }, session);
    expect(detail.workflow.callBacks).toHaveLength(1);
    expect(detail.workflow.events.map((e) => e.action)).toEqual(['create', 'accept', 'planSolution', 'resolve', 'callBack']);
    // Not every open record is overdue: the demo is not a wall of 已超时.
    const open = all.items.filter((i) => i.closedAt === null);
    expect(open.filter((i) => i.dueAt && i.dueAt > core.clock.now().toISOString()).length).toBeGreaterThan(0);
  });

  it('has an opinion book waiting for today’s check and the radio hotline complaint as a negative-news item', async () => {
    core = await openTestCore();
    const session = await core.signIn('wangjg');
    const book = await core.call('opinionBook.overview', {}, session);
    expect(book.checkedToday).toBe(false);
    expect(book.lastCheck).not.toBeNull();
    expect(book.unanswered.map((e) => e.entryType)).toContain('complaint');
    const media = await core.call('media.list', {}, session);
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ programme: '行风热线', channel: 'conduct_hotline' });
  });

  it('has the station’s checklists: an H2S measurement done, an area check with an open corrective action, a sewage register to resume', async () => {
    core = await openTestCore();
    const session = await core.signIn('wangjg');
    const [h2s] = await core.call('checklists.list', { templateId: 'well.h2s-measurement' }, session);
    expect(h2s).toMatchObject({ status: 'completed' });
    const due = await core.call('checklists.due', {}, session);
    // The clock stands at 2026-11-23: the 10th is done, the 25th is still ahead.
    expect(due.find((d) => d.templateId === 'well.h2s-measurement')).toMatchObject({ missed: null });
    const [area] = await core.call('checklists.list', { templateId: 'well.area-check' }, session);
    const areaRecord = await core.call('checklists.get', { id: area!.id }, session);
    expect(areaRecord.status).toBe('completed');
    expect(areaRecord.actions).toMatchObject([{ itemId: 'risk-controls', status: 'open', ownerName: '张伟' }]);
    const [register] = await core.call('checklists.list', { templateId: 'well.sewage-haulage-register' }, session);
    expect(register).toMatchObject({ status: 'draft' });
    // Its truckload's photos are still to take, so it cannot be completed yet.
    const draft = await core.call('checklists.get', { id: register!.id }, session);
    expect(await core.dispatch({ method: 'checklists.complete', input: { id: draft.id, version: draft.version }, session })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
