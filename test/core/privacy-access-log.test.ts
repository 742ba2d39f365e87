import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §4: showing a record in full needs a reason and is registered; exports are registered;
 * the register cannot be changed (seed002 客户管理制度1 第二十五条、第三十七条). Masked values sent back
 * by a form keep what is stored.
 */

let core: TestCore;
let server: ServerProcess | undefined;
afterEach(async () => {
  core?.close();
  await server?.stop();
  server = undefined;
});

const PHONE = '13812345678';

async function withCustomer() {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const customer = await core.call('customers.create', { kind: 'individual', name: '钱多多', phone: PHONE, address: '北京市朝阳区建国路88号' }, lead);
  return { lead, customer };
}

const accessRows = () => core.context.store.read.prepare('SELECT count(*) AS n FROM personal_data_access').get() as { n: number };

describe('privacy.reveal', () => {
  it('refuses a blank reason with its own code, and registers nothing', async () => {
    const { lead, customer } = await withCustomer();
    const response = await core.dispatch({ method: 'privacy.reveal', input: { kind: 'customer', id: customer.id, reason: '   ' }, session: lead });
    expect(response.ok ? null : response.error).toMatchObject({ code: 'VALIDATION', reason: { key: 'privacy.errors.reasonRequired' } });
    expect(accessRows().n).toBe(0);
  });

  it('shows the record in full, registers who, when, where, what and why, and queues the entry for head office', async () => {
    const { lead, customer } = await withCustomer();
    const revealed = await core.call('privacy.reveal', { kind: 'customer', id: customer.id, reason: '回访客户核实扣款' }, lead);
    expect(revealed.fields).toEqual([
      { field: 'phone', value: PHONE },
      { field: 'address', value: '北京市朝阳区建国路88号' },
    ]);
    const log = await core.call('privacy.accessLog', {}, lead);
    expect(log).toEqual([
      expect.objectContaining({ userName: '王建国', action: 'reveal', subject: 'customer', recordId: customer.id, reason: '回访客户核实扣款', at: core.clock.now().toISOString() }),
    ]);
    expect(log[0]!.place).toContain('YY42');
    const outbox = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'personal_data_access'").all() as { payload: string }[];
    expect(outbox.map((r) => JSON.parse(r.payload).reason)).toEqual(['回访客户核实扣款']);
  });

  it('answers NOT_FOUND for a record that does not exist', async () => {
    const { lead } = await withCustomer();
    const response = await core.dispatch({ method: 'privacy.reveal', input: { kind: 'complaint', id: 'no-such-complaint', reason: '核实' }, session: lead });
    expect(response.ok ? null : response.error.code).toBe('NOT_FOUND');
  });
});

describe('the register', () => {
  it('is append-only: the store refuses to change or remove an entry', async () => {
    const { lead, customer } = await withCustomer();
    await core.call('privacy.reveal', { kind: 'customer', id: customer.id, reason: '回访' }, lead);
    const db = core.context.store.read;
    expect(() => core.context.store.transaction((tx) => tx.exec("UPDATE personal_data_access SET reason = '改过'"))).toThrow(/append-only/);
    expect(() => core.context.store.transaction((tx) => tx.exec('DELETE FROM personal_data_access'))).toThrow(/append-only/);
    expect(db.prepare('SELECT reason FROM personal_data_access').all()).toEqual([{ reason: '回访' }]);
  });

  it('registers an export with what, how many rows and why, and filters by action, person and day', async () => {
    const { lead, customer } = await withCustomer();
    const clerk = await core.signIn('limei');
    const exported = await core.call('privacy.recordExport', { subject: '投诉统计报表 2026-11.xlsx', rowCount: 37, reason: '月度通报' }, clerk);
    expect(exported).toMatchObject({ action: 'export', userName: '李梅', subject: '投诉统计报表 2026-11.xlsx', rowCount: 37, reason: '月度通报' });
    await core.call('privacy.reveal', { kind: 'customer', id: customer.id, reason: '回访' }, lead);

    expect((await core.call('privacy.accessLog', { action: 'export' }, lead)).map((e) => e.subject)).toEqual(['投诉统计报表 2026-11.xlsx']);
    expect((await core.call('privacy.accessLog', { userId: exported.userId }, lead)).map((e) => e.action)).toEqual(['export']);
    // 2026-11-23T02:00Z is the 23rd in Shanghai.
    expect(await core.call('privacy.accessLog', { from: '2026-11-23', to: '2026-11-23' }, lead)).toHaveLength(2);
    expect(await core.call('privacy.accessLog', { from: '2026-11-24' }, lead)).toHaveLength(0);
  });

  it('reaches head office through the sync outbox, as the site’s other records do', async () => {
    server = await startServerProcess();
    const { enrolCode, siteId } = await server.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: 'YY42', name: '阳42井站' });
    const { lead, customer } = await withCustomer();
    await core.call('sync.enrol', { serverUrl: server.url, code: enrolCode, deviceName: '站长电脑' }, lead);
    const entry = (await core.call('privacy.recordExport', { subject: '台帐.xlsx', rowCount: 3, reason: '上报' }, lead)).id;
    await core.call('privacy.reveal', { kind: 'customer', id: customer.id, reason: '回访' }, lead);
    await core.call('sync.runNow', {}, lead);
    const head = new Database(path.join(server.dataDir, 'head-office.sqlite'), { readonly: true });
    try {
      const rows = head
        .prepare("SELECT e.payload FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ? AND r.entity = 'personal_data_access'")
        .all(siteId) as { payload: string }[];
      const payloads = rows.map((r) => JSON.parse(r.payload) as { id: string; action: string; reason: string });
      expect(payloads.map((p) => [p.action, p.reason]).sort()).toEqual([
        ['export', '上报'],
        ['reveal', '回访'],
      ]);
      expect(payloads.map((p) => p.id)).toContain(entry);
    } finally {
      head.close();
    }
  });

  it('registers a correction that empties a customer’s phone or address as a deletion of personal data', async () => {
    const { lead, customer } = await withCustomer();
    await core.call('customers.update', { id: customer.id, version: 1, kind: 'individual', name: '钱多多', phone: '', address: '北京市朝阳区****', note: '客户要求删除电话' }, lead);
    await core.call('customers.update', { id: customer.id, version: 2, kind: 'individual', name: '钱多多', address: '北京市朝阳区****', note: '只改备注' }, lead);
    const deletions = await core.call('privacy.accessLog', { action: 'delete' }, lead);
    expect(deletions).toEqual([expect.objectContaining({ userName: '王建国', subject: 'customer: phone', recordId: customer.id })]);
  });

  it('is read by the station lead only', async () => {
    core = await openTestCore();
    for (const login of ['limei', 'zhangwei', 'zhaoli', 'liuqiang']) {
      const response = await core.dispatch({ method: 'privacy.accessLog', input: {}, session: await core.signIn(login) });
      expect(response.ok ? 'answered' : response.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('forms that send masked values back', () => {
  it('keep the stored phone and address when the customer file is saved with them as shown', async () => {
    const { lead, customer } = await withCustomer();
    const shown = await core.call('customers.get', { id: customer.id }, lead);
    expect([shown.phone, shown.address]).toEqual(['138****5678', '北京市朝阳区****']);
    await core.call('customers.update', { id: customer.id, version: 1, kind: 'individual', name: '钱多多', phone: shown.phone!, address: shown.address!, note: '改了备注' }, lead);
    const stored = core.context.store.read.prepare('SELECT phone, address, note FROM customers WHERE id = ?').get(customer.id);
    expect(stored).toEqual({ phone: PHONE, address: '北京市朝阳区建国路88号', note: '改了备注' });
  });

  it('refuse a masked value edited by hand, naming the field', async () => {
    const { lead, customer } = await withCustomer();
    const response = await core.dispatch({ method: 'customers.update', input: { id: customer.id, version: 1, kind: 'individual', name: '钱多多', phone: '139****5678' }, session: lead });
    expect(response.ok ? null : response.error).toMatchObject({ code: 'VALIDATION', reason: { key: 'privacy.errors.maskedValueChanged' } });
  });

  it('give a complaint taken for a customer file, without a phone typed, the file’s own number', async () => {
    const { customer } = await withCustomer();
    const clerk = await core.signIn('limei');
    const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'in_person', customerName: '钱多多', customerId: customer.id, content: '扣款两次。' }, clerk);
    expect(complaint.customerPhone).toBe('138****5678');
    const stored = core.context.store.read.prepare('SELECT customer_phone FROM complaints WHERE id = ?').get(complaint.id);
    expect(stored).toEqual({ customer_phone: PHONE });
  });
});
