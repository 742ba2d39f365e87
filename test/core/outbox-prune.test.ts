import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRowsOf } from '../../electron/core/change-log/change-log-repository';
import { pushAll } from '../../electron/core/sync/push';
import { ACKNOWLEDGED_KEPT_DAYS } from '../../electron/core/sync/prune';
import { createSite, openTestServer, type TestServer } from '../server/support/test-server';
import { openTestCore, type TestCore } from '../support/temp-core';

/** Acknowledged outbox entries are pruned after the kept window (issue 21 §1), except those an audit row points at. */
let server: TestServer;
let core: TestCore;
let lead: string;
beforeEach(async () => {
  server = await openTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  core = await openTestCore({ demo: true });
  lead = await core.signIn('wangjg');
  const { enrolCode } = await createSite(server.app, 'YY42');
  await core.call('sync.enrol', { serverUrl: url, code: enrolCode, deviceName: '站长电脑' }, lead);
});
afterEach(async () => {
  core.close();
  await server.close();
});

const db = () => core.context.store.read;
const count = (where: string) => (db().prepare(`SELECT count(*) AS n FROM outbox WHERE ${where}`).get() as { n: number }).n;
const push = () => pushAll({ store: core.context.store, now: core.context.now });
const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '周桂芳', customerPhone: '13808301122', content: '罐车夜间经过村道噪声大。' };

describe('pruning acknowledged outbox entries', () => {
  it('keeps them for the window, then deletes those no audit row points at; the audited ones and what is pending stay', async () => {
    const receiver = await core.signIn('limei');
    const created = await core.call('complaints.create', intake, receiver);
    await push();
    const total = count('1');
    const plain = count('audited = 0');
    expect(plain).toBeGreaterThan(0); // the demo's workflow steps, users, checklists … are not audit copies
    expect(count('acknowledged_at IS NULL')).toBe(0);
    // Within the window nothing goes.
    core.clock.advance((ACKNOWLEDGED_KEPT_DAYS - 1) * 86_400_000);
    const later = await core.call('complaints.create', intake, await core.signIn('limei'));
    const queued = count('1');
    expect(queued).toBeGreaterThan(total);
    await push();
    expect(count('1')).toBe(queued);
    // Past it, the next acknowledgement prunes the old plain entries.
    core.clock.advance(2 * 86_400_000);
    const last = await core.call('complaints.create', intake, await core.signIn('limei'));
    expect(count('acknowledged_at IS NULL')).toBeGreaterThan(0);
    await push();
    const cutoff = new Date(core.context.now().getTime() - ACKNOWLEDGED_KEPT_DAYS * 86_400_000).toISOString();
    expect(count(`audited = 0 AND acknowledged_at < '${cutoff}'`)).toBe(0);
    expect(count('audited = 1')).toBeGreaterThanOrEqual(3);
    expect(count(`entity_id IN ('${created.id}', '${later.id}', '${last.id}') AND audited = 1`)).toBe(3);
    expect(count('1')).toBeLessThan(total);
    // The audit log still reads each created record in full.
    const audit = auditRowsOf(db(), 'complaint', created.id);
    expect(audit[0]).toMatchObject({ action: 'complaints.create' });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ id: created.id, serial: created.serial, customerPhone: '13808301122' });
  });

  it('finds what to prune through its partial index, not by reading the queue', () => {
    const plan = db().prepare("EXPLAIN QUERY PLAN DELETE FROM outbox WHERE audited = 0 AND acknowledged_at IS NOT NULL AND acknowledged_at < '2026-01-01'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX outbox_prunable/);
  });
});
