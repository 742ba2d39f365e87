import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import { CUSTOMER_COMPLAINTS, SEARCH_CUSTOMERS } from '../../electron/core/customers/customers-repository';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

/** The error answer of a call that must fail. */
async function refusal<M extends ApiMethod>(method: M, input: ApiInput<M>, login: string) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`${method} should have failed`);
  return response.error;
}

const count = (sql: string, ...params: unknown[]) => (core.context.store.read.prepare(sql).get(...params) as { n: number }).n;

async function userId(login: string): Promise<string> {
  return (core.context.store.read.prepare('SELECT id FROM users WHERE login = ?').get(login) as { id: string }).id;
}

const organisation = {
  kind: 'organisation' as const,
  name: '泸州某燃气设备有限公司',
  phone: '0830-7788123',
  contactPerson: '设备科 王工',
  address: '泸州市江阳区酒城大道1号',
  group: 'partner',
  type: 'material_supplier',
};

describe('customer files', () => {
  it('creates a file with its audit and outbox rows, by a front-line receiver', async () => {
    core = await openTestCore();
    const created = await core.call('customers.create', organisation, await core.signIn('limei'));
    // Phone and address come back masked (issue 19 §4).
    expect(created).toMatchObject({ ...organisation, phone: '083*-***8123', address: '泸州市江阳区****', scheme: 'seed003-p6', sign: null, complaintCount: 0, version: 1 });
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND action = 'customers.create'", created.id)).toBe(1);
    const payload = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'customer' AND entity_id = ?").get(created.id) as { payload: string };
    expect(JSON.parse(payload.payload)).toMatchObject({ id: created.id, name: organisation.name, group: 'partner', type: 'material_supplier' });
  });

  it('takes groups and types only from the site’s scheme (篇6 第二条 for the demo pack), a type implying its group', async () => {
    core = await openTestCore();
    const badGroup = await refusal('customers.create', { ...organisation, group: 'residential', type: undefined }, 'limei');
    expect(badGroup.issues?.[0]).toMatchObject({ path: 'group' });
    expect(badGroup.message).toContain('本站客户分类中没有此客户群');
    // 业主 is an external customer's type, not a partner's.
    const mismatched = await refusal('customers.create', { ...organisation, type: 'owner' }, 'limei');
    expect(mismatched.issues?.[0]).toMatchObject({ path: 'type' });
    const implied = await core.call('customers.create', { kind: 'individual', name: '陈大爷', type: 'tenant' }, await core.signIn('limei'));
    expect(implied).toMatchObject({ group: 'external', type: 'tenant' });
  });

  it('refuses field by field in Chinese: a kind, a name, a readable phone', async () => {
    core = await openTestCore();
    const error = await refusal('customers.create', { kind: 'company' as never, name: ' ', phone: '电话' }, 'limei');
    expect(error.code).toBe('VALIDATION');
    const paths = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
    expect(paths.kind).toContain('请选择单位或个人');
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['kind', 'name', 'phone']));
    expect(paths.phone).toContain('电话号码只能包含数字');
  });

  it('finds customers by a name substring and by phone digits, typed with or without spaces, through the index', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const search = async (query: string) => (await core.call('customers.search', { query }, session)).map((c) => c.name);
    expect(await search('桂芳')).toEqual(['周桂芳']);
    expect(await search('建材')).toEqual(['四川某建材有限公司']);
    expect(await search('李经理')).toEqual(['四川某建材有限公司']); // the contact person
    expect(await search('0830')).toEqual(expect.arrayContaining(['周桂芳', '四川某建材有限公司', '吴晓燕']));
    expect(await search('13808301122')).toEqual(['周桂芳']);
    expect(await search('0830 1122')).toEqual(['周桂芳']);
    expect(await search('4455')).toEqual(['钟丽']);
    expect(await search('不存在的人')).toEqual([]);
    const plan = core.context.store.read.prepare(`EXPLAIN QUERY PLAN ${SEARCH_CUSTOMERS}`).all('"桂芳"', 10) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SCAN s VIRTUAL TABLE INDEX/);
    expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/SCAN k\b/);
  });

  it('updates on the version seen, re-indexes the new name, and refuses a stale version', async () => {
    core = await openTestCore();
    const session = await core.signIn('zhaoli');
    const created = await core.call('customers.create', organisation, session);
    const updated = await core.call('customers.update', { id: created.id, version: 1, ...organisation, name: '泸州某燃气设备股份公司', phone2: '138 0000 1234' }, session);
    expect(updated).toMatchObject({ version: 2, name: '泸州某燃气设备股份公司', phone2: '138 **** 1234' });
    const names = async (query: string) => (await core.call('customers.search', { query }, session)).map((c) => c.name);
    expect(await names('股份')).toEqual(['泸州某燃气设备股份公司']);
    expect(await names('有限公司')).not.toContain('泸州某燃气设备股份公司');
    expect(await names('00001234')).toEqual(['泸州某燃气设备股份公司']);
    // Emptied fields, as a form sends them, are cleared.
    const cleared = await core.call('customers.update', { id: created.id, version: 2, ...organisation, name: '泸州某燃气设备股份公司', phone2: '', contactPerson: '', group: '', type: '' }, session);
    expect(cleared).toMatchObject({ version: 3, phone2: null, contactPerson: null, group: null, type: null });

    const stale = await refusal('customers.update', { id: created.id, version: 2, ...organisation }, 'zhaoli');
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('已被他人更新');
    const audit = core.context.store.read.prepare("SELECT before, after FROM audit_log WHERE action = 'customers.update' AND entity_id = ?").all(created.id) as { before: string; after: string }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.before).name).toBe(organisation.name);
    // The audit holds the change, not the record twice: only the fields that changed, old and new.
    expect(Object.keys(JSON.parse(audit[0]!.after)).sort()).toEqual(['name', 'phone2', 'version']);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ name: '泸州某燃气设备股份公司', phone2: '138 0000 1234', version: 2 });
    expect(count("SELECT count(*) AS n FROM outbox WHERE entity = 'customer' AND entity_id = ? AND entity_version = 2", created.id)).toBe(1);
  });

  it('lets every role read and create, but only case-keeping roles edit or flag', async () => {
    core = await openTestCore();
    const created = await core.call('customers.create', organisation, await core.signIn('zhangwei'));
    for (const login of ['limei', 'zhangwei', 'chenzm']) {
      expect((await refusal('customers.update', { id: created.id, version: 1, ...organisation }, login)).code).toBe('FORBIDDEN');
      expect((await refusal('customers.flag', { id: created.id, version: 1, sign: { reason: '多次来电情绪激动', followUpOwnerId: await userId('zhaoli') } }, login)).code).toBe('FORBIDDEN');
    }
    expect((await core.call('customers.get', { id: created.id }, await core.signIn('chenzm'))).name).toBe(organisation.name);
    await core.call('customers.update', { id: created.id, version: 1, ...organisation, address: '新地址' }, await core.signIn('liuqiang'));
  });
});

describe('投诉苗头 (seed001 S1 (二))', () => {
  it('flags a customer with a reason and a follow-up owner, lists it, takes follow-ups and clears', async () => {
    core = await openTestCore();
    const created = await core.call('customers.create', { kind: 'individual', name: '赖永红', phone: '135 1111 2222' }, await core.signIn('limei'));
    core.clock.advance(60_000);
    const flagged = await core.call(
      'customers.flag',
      { id: created.id, version: 1, sign: { reason: '第三次来电，扬言向媒体反映', followUpOwnerId: await userId('zhangwei') } },
      await core.signIn('zhaoli'),
    );
    expect(flagged.sign).toMatchObject({ reason: '第三次来电，扬言向媒体反映', flaggedByName: '赵丽', followUpOwnerName: '张伟' });
    expect(flagged.version).toBe(2);
    const list = await core.call('customers.flagged', {}, await core.signIn('limei'));
    // The demo's 周桂芳 was flagged first, so she is followed up first.
    expect(list.map((c) => c.name)).toEqual(['周桂芳', '赖永红']);
    expect((await core.call('customers.search', { query: '2222' }, await core.signIn('limei')))[0]?.sign?.reason).toBe('第三次来电，扬言向媒体反映');

    // The follow-up owner records a follow-up even without the flag permission; another receiver may not.
    const file = await core.call('customers.addFollowUp', { id: created.id, method: 'material', note: '上门送慰问品，客户情绪平复' }, await core.signIn('zhangwei'));
    expect(file.followUps).toMatchObject([{ byName: '张伟', method: 'material', note: '上门送慰问品，客户情绪平复' }]);
    expect((await refusal('customers.addFollowUp', { id: created.id, note: '电话慰问' }, 'limei')).code).toBe('FORBIDDEN');
    expect(count("SELECT count(*) AS n FROM outbox WHERE entity = 'customer_follow_up'")).toBeGreaterThanOrEqual(2); // the demo's and this one

    const refusedOwner = await refusal('customers.flag', { id: created.id, version: 2, sign: { reason: '再次来电', followUpOwnerId: 'nobody' } }, 'zhaoli');
    expect(refusedOwner.issues?.[0]).toMatchObject({ path: 'sign.followUpOwnerId' });
    const shortReason = await refusal('customers.flag', { id: created.id, version: 2, sign: { reason: '吵', followUpOwnerId: await userId('zhangwei') } }, 'zhaoli');
    expect(shortReason.issues?.[0]?.message).toContain('请写明投诉苗头');

    const cleared = await core.call('customers.flag', { id: created.id, version: 2, sign: null }, await core.signIn('wangjg'));
    expect(cleared.sign).toBeNull();
    expect((await core.call('customers.flagged', {}, await core.signIn('limei'))).map((c) => c.name)).toEqual(['周桂芳']);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action IN ('customers.flag', 'customers.unflag')", created.id)).toBe(2);
  });

  it('shows the flag beside the complaint of a flagged customer', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const zhou = (await core.call('customers.search', { query: '周桂芳' }, session))[0]!;
    const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周桂芳', customerPhone: '138 0830 1122', customerId: zhou.id, content: '今晚罐车又来了。' }, session);
    const detail = await core.call('complaints.get', { id: complaint.id }, session);
    expect(detail.customerId).toBe(zhou.id);
    expect(detail.customer?.sign?.reason).toContain('行风热线');
  });
});

describe('a complaint with its customer', () => {
  const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '罗建华', customerPhone: '136 2222 3333', content: '燃气表读数异常。' };

  it('creates the new customer file in the complaint’s transaction, with name and phone as said at intake', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const complaint = await core.call('complaints.create', { ...intake, newCustomer: { kind: 'individual', group: 'external', type: 'contracted' } }, session);
    expect(complaint.customerId).toBeTruthy();
    const file = await core.call('customers.get', { id: complaint.customerId! }, session);
    expect(file).toMatchObject({ name: '罗建华', phone: '136 **** 3333', kind: 'individual', type: 'contracted', complaintCount: 1 });
    expect(file.complaints.map((c) => c.serial)).toEqual([complaint.serial]);
  });

  it('keeps an individual’s ID number given at intake, normalised and masked in the answer; a malformed one is refused under newCustomer', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const complaint = await core.call('complaints.create', { ...intake, newCustomer: { kind: 'individual', idNumber: '510502 19800101 123x' } }, session);
    expect(count(`SELECT count(*) AS n FROM customers WHERE id_number = '51050219800101123X'`)).toBe(1);
    const file = await core.call('customers.get', { id: complaint.customerId! }, session);
    expect(file.idNumber).not.toContain('19800101');
    const bad = await refusal('complaints.create', { ...intake, newCustomer: { kind: 'individual', idNumber: '51050219800101123' } }, 'limei');
    expect(bad.issues?.[0]).toMatchObject({ path: 'newCustomer.idNumber' });
  });

  it('leaves no orphan customer file when the complaint fails to save', async () => {
    core = await openTestCore();
    const before = count('SELECT count(*) AS n FROM customers');
    const outboxBefore = count('SELECT count(*) AS n FROM outbox');
    // The customer is written first; the unknown person complained about then fails the whole save.
    const error = await refusal('complaints.create', { ...intake, newCustomer: { kind: 'individual' }, subjectUserId: 'no-such-user' }, 'limei');
    expect(error.issues?.[0]).toMatchObject({ path: 'subjectUserId' });
    expect(count('SELECT count(*) AS n FROM customers')).toBe(before);
    expect(count('SELECT count(*) AS n FROM outbox')).toBe(outboxBefore);
    expect((await core.call('customers.search', { query: '罗建华' }, await core.signIn('limei')))).toEqual([]);
    // A new customer's group must be the site's, named under newCustomer.
    const badGroup = await refusal('complaints.create', { ...intake, newCustomer: { kind: 'individual', group: 'vip_a' } }, 'limei');
    expect(badGroup.issues?.[0]).toMatchObject({ path: 'newCustomer.group' });
  });

  it('refuses an unknown customer, and an existing and a new customer together', async () => {
    core = await openTestCore();
    expect((await refusal('complaints.create', { ...intake, customerId: 'nobody' }, 'limei')).issues?.[0]).toMatchObject({ path: 'customerId' });
    const both = await refusal('complaints.create', { ...intake, customerId: 'x', newCustomer: { kind: 'individual' } }, 'limei');
    expect(both.issues?.[0]?.path).toBe('customerId');
  });

  it('keeps product, batch and quantity, checked field by field', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const saved = await core.call('complaints.create', { ...intake, product: '减压阀 RTZ-50', batchNo: 'B2026-11/03', quantity: 25, quantityUnit: '箱' }, session);
    expect(await core.call('complaints.get', { id: saved.id }, session)).toMatchObject({ product: '减压阀 RTZ-50', batchNo: 'B2026-11/03', quantity: 25, quantityUnit: '箱' });
    const error = await refusal('complaints.create', { ...intake, batchNo: '批号？', quantity: 0 }, 'limei');
    const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
    expect(byPath.batchNo).toContain('批号只能包含字母、数字');
    expect(byPath.quantity).toContain('数量须为正整数');
  });

  it('lists the customer’s complaints newest first, a repeat naming its original', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    // The same problem category: a repeat link is taken only on a computed match (篇6 第三十条).
    const first = await core.call('complaints.create', { ...intake, problemCode: '抄表', newCustomer: { kind: 'individual' } }, session);
    core.clock.advance(10 * 60_000);
    const again = await core.call('complaints.create', { ...intake, problemCode: '抄表', customerId: first.customerId!, repeatOfId: first.id }, session);
    const file = await core.call('customers.get', { id: first.customerId! }, session);
    expect(file.complaints.map((c) => [c.serial, c.repeatOfSerial])).toEqual([
      [again.serial, first.serial],
      [first.serial, null],
    ]);
    const plan = (core.context.store.read.prepare(`EXPLAIN QUERY PLAN ${CUSTOMER_COMPLAINTS}`).all('x') as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan).toMatch(/SEARCH c USING INDEX complaints_by_customer/);
  });
});

describe('demo customer files', () => {
  it('gives the demo complaints files: individuals, an organisation, one flagged', async () => {
    core = await openTestCore();
    const session = await core.signIn('limei');
    const firm = (await core.call('customers.search', { query: '建材' }, session))[0]!;
    expect(firm).toMatchObject({ kind: 'organisation', contactPerson: '采购部 李经理', complaintCount: 1 });
    expect(count('SELECT count(*) AS n FROM complaints WHERE customer_id IS NOT NULL')).toBe(7);
    expect(count("SELECT count(*) AS n FROM customers WHERE kind = 'organisation'")).toBe(3);
    expect(count("SELECT count(*) AS n FROM customers WHERE kind = 'individual'")).toBe(6);
    expect((await core.call('customers.flagged', {}, session)).map((c) => c.name)).toEqual(['周桂芳']);
  });
});
