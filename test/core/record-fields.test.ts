import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { openTestCore, type TestCore } from '../support/temp-core';
import { routeDriver } from './procedure/routes-support';

let core: TestCore;
afterEach(() => core?.close());

const count = (sql: string) => (core.context.store.read.prepare(sql).get() as { n: number }).n;
const complaints = () => count('SELECT count(*) AS n FROM complaints');
const fieldRows = () => count('SELECT count(*) AS n FROM complaint_record_fields');

async function site(profile: string) {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile(profile);
  return d;
}

async function refusedCreate(d: ReturnType<typeof routeDriver>, input: Record<string, unknown>) {
  const response = await core.dispatch({
    method: 'complaints.create',
    session: await core.signIn('limei'),
    input: { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', content: '保养后异响未解决。', ...input },
  });
  if (response.ok) throw new Error('expected the intake to be refused');
  return response.error;
}

async function dealer() {
  const d = await site('car-dealership');
  await d.map('limei', ['cr_manager']);
  await d.map('zhangwei', ['business_manager']);
  return d;
}

describe('record fields: the car dealer’s 客户投诉处理表 (seed002 客户管理制度12 第四条 1–2)', () => {
  it('refuses an intake without the plate, naming the field, and writes nothing', async () => {
    const d = await dealer();
    const before = complaints();
    const error = await refusedCreate(d, {});
    expect(error).toMatchObject({ code: 'VALIDATION', reason: { key: 'recordFields.errors.missing', params: { fieldZh: '投诉人车牌号', fieldEn: 'Complainant’s licence plate' } } });
    expect(error.issues?.[0]?.path).toBe('recordFields.licencePlate');
    expect(complaints()).toBe(before);
    expect(fieldRows()).toBe(0);
  });

  it('refuses a value that is not a plate, or a field the pack does not ask here', async () => {
    const d = await dealer();
    expect(await refusedCreate(d, { recordFields: { licencePlate: 'ABC123' } })).toMatchObject({ reason: { key: 'recordFields.errors.notPlate', params: { fieldZh: '投诉人车牌号' } } });
    expect(await refusedCreate(d, { recordFields: { licencePlate: '川A12345', groundsSufficient: 'sufficient' } })).toMatchObject({ reason: { key: 'recordFields.errors.notAsked' } });
    expect(await refusedCreate(d, { recordFields: { licencePlate: '川A12345', vin: 'LSVAA4182E2123456' } })).toMatchObject({ reason: { key: 'recordFields.errors.notAsked' } });
    expect(fieldRows()).toBe(0);
  });

  it('stores the plate as printed and returns it on the record; the plate is not masked', async () => {
    const d = await dealer();
    const c = await d.create('limei', { recordFields: { licencePlate: ' 川a·12345 ' } });
    expect(c.recordFields).toEqual([{ id: 'licencePlate', value: '川A12345', address: null }]);
    expect(c.grade?.packVersion).toBe('1.2.0');
  });

  it('refuses the assignment until the two judgements are recorded, an option outside the list too; then keeps them (第四条 2)', async () => {
    const d = await dealer();
    let c: ComplaintDetail = await d.create('limei', { recordFields: { licencePlate: '川A12345' } });
    const accept = { type: 'accept', assigneeId: await d.userId('zhangwei') } as const;
    expect(await d.refused('limei', c, accept)).toMatchObject({ code: 'VALIDATION', reason: { key: 'recordFields.errors.missing', params: { fieldZh: '投诉理由是否充分' } } });
    expect(await d.refused('limei', c, accept, { groundsSufficient: 'sufficient' })).toMatchObject({ reason: { params: { fieldZh: '投诉要求是否合理' } } });
    expect(await d.refused('limei', c, accept, { groundsSufficient: 'yes', demandReasonable: 'reasonable' })).toMatchObject({ reason: { key: 'recordFields.errors.notOption' } });
    expect((await d.get(c)).status).toBe('registered');
    expect(fieldRows()).toBe(1);
    c = await d.act('limei', c, accept, { groundsSufficient: 'sufficient', demandReasonable: 'unreasonable' });
    expect(c.status).toBe('assigned');
    expect(c.recordFields.map((f) => [f.id, f.value])).toEqual([
      ['licencePlate', '川A12345'],
      ['groundsSufficient', 'sufficient'],
      ['demandReasonable', 'unreasonable'],
    ]);
  });

  it('carries the values to head office in the complaint’s sync payload', async () => {
    const d = await dealer();
    const c = await d.create('limei', { recordFields: { licencePlate: '川A12345' } });
    const rows = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'complaint' AND entity_id = ?").all(c.id) as { payload: string }[];
    const payload = JSON.parse(rows.at(-1)!.payload) as { recordFields: unknown };
    expect(payload.recordFields).toEqual([{ id: 'licencePlate', value: '川A12345', address: null }]);
  });
});

describe('record fields of other organisations', () => {
  it('the property company’s 住址 is required at intake and masked down to its district (seed002 客户管理制度8 具体内容 1)', async () => {
    const d = await site('property-service-centre');
    expect(await refusedCreate(d, {})).toMatchObject({ reason: { key: 'recordFields.errors.missing', params: { fieldZh: '住址' } } });
    const c = await d.create('limei', { recordFields: { residence: '四川省成都市武侯区人民南路四段1号3栋2单元501' } });
    expect(c.recordFields).toEqual([{ id: 'residence', value: null, address: '四川省成都市武侯区****' }]);
    const stored = core.context.store.read.prepare('SELECT value, personal FROM complaint_record_fields').get();
    expect(stored).toEqual({ value: '四川省成都市武侯区人民南路四段1号3栋2单元501', personal: 'address' });
  });

  it('heat supply’s stoppage length is a number of hours, optional, within its range (seed002 客户管理制度11 九(三))', async () => {
    const d = await site('heat-supply');
    expect(await refusedCreate(d, { recordFields: { stoppageHours: '八小时' } })).toMatchObject({ reason: { key: 'recordFields.errors.notNumber', params: { fieldZh: '停热时长' } } });
    expect(await refusedCreate(d, { recordFields: { stoppageHours: '-1' } })).toMatchObject({ reason: { key: 'recordFields.errors.belowMin' } });
    expect((await d.create('limei')).recordFields).toEqual([]);
    expect((await d.create('limei', { recordFields: { stoppageHours: '9.50' } })).recordFields).toEqual([{ id: 'stoppageHours', value: '9.5', address: null }]);
  });

  it('the service company asks when and where it happened, as a moment and a place (seed004 §D 第六条 1.1)', async () => {
    const d = await site('service-company');
    expect(await refusedCreate(d, { recordFields: { eventAt: '昨天', eventPlace: '收银台' } })).toMatchObject({ reason: { key: 'recordFields.errors.notDatetime', params: { fieldZh: '事情发生时间' } } });
    const c = await d.create('limei', { recordFields: { eventAt: '2026-11-22T18:30:00+08:00', eventPlace: '二楼收银台' } });
    expect(c.recordFields.map((f) => [f.id, f.value])).toEqual([
      ['eventAt', '2026-11-22T10:30:00.000Z'],
      ['eventPlace', '二楼收银台'],
    ]);
  });
});

describe('a personal record field and the destruction of the customer’s data (seed002 客户管理制度1 第二十六条)', () => {
  it('erases the 住址 with the customer’s other personal fields, here and in the queued copies', async () => {
    const d = await site('property-service-centre');
    const lead = await core.signIn('wangjg');
    const residence = '四川省成都市武侯区人民南路四段1号3栋2单元501';
    const customer = await core.call('customers.create', { kind: 'individual', name: '钱多多', phone: '13955501234' }, lead);
    const c = await d.create('wangjg', { customerId: customer.id, customerName: '钱多多', recordFields: { residence } });
    core.context.store.read.prepare("UPDATE complaints SET status = 'closed', closed_at = ? WHERE id = ?").run(core.clock.now().toISOString(), c.id);
    core.clock.advance(4 * 366 * 24 * 3600 * 1000);
    const later = await core.signIn('wangjg');
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [customer.id] }, await core.signIn('liuqiang'));
    await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满' }, later);
    const stored = core.context.store.read.prepare('SELECT value FROM complaint_record_fields WHERE complaint_id = ?').get(c.id) as { value: string };
    expect(stored.value).not.toContain('人民南路');
    expect(count(`SELECT count(*) AS n FROM outbox WHERE payload LIKE '%人民南路%'`)).toBe(0);
  });
});

describe('the testing station’s 抱怨申述登记表 prints the record fields (seed002 客户管理制度6 1.1)', () => {
  it('fills the report number, the day it was received and the grounds from the appeal as registered', async () => {
    const d = await site('testing-station');
    const c = await d.create('limei', { packFacts: { testReportReceivedOn: '2026-11-20' }, recordFields: { reportNo: 'JC-2026-0412', appealGrounds: '同批样品复测结果不同' } });
    const sheet = await core.call('ledgers.sheet', { ledgerId: 'lab.appeal-statement', period: '2026-11' }, await core.signIn('wangjg'));
    const row = sheet.rows.find((r) => r.key === c.id)!;
    expect(row.cells).toMatchObject({ 'report-no': 'JC-2026-0412', 'report-received': '2026-11-20', grounds: '同批样品复测结果不同' });
  });
});
