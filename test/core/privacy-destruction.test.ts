import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../shared/privacy/retention';
import { mergeHeadOfficeRemarks } from '../../electron/core/sync/remarks';
import { readSubjectAccessBook, recordsOf } from '../support/subject-access-book';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §4: a customer's personal fields are kept for the retention period after the last activity
 * (shared/privacy/retention.ts, seed002 客户管理制度1 第二十六条); the destruction job proposes the expired
 * ones, only the station lead approves, and the approval erases and registers (第三十七条).
 */

let core: TestCore;
afterEach(() => core?.close());

const PHONE = '13955501234';
const FOUR_YEARS_MS = 4 * 366 * 24 * 3600 * 1000;

async function setUp() {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const customer = await core.call('customers.create', { kind: 'individual', name: '钱多多', phone: PHONE, address: '北京市朝阳区建国路88号' }, lead);
  const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '钱多多', customerPhone: PHONE, customerId: customer.id, content: '扣款两次未退' }, lead);
  return { lead, customer, complaint };
}

const closeComplaint = (id: string) =>
  core.context.store.read.prepare("UPDATE complaints SET status = 'closed', closed_at = ? WHERE id = ?").run(core.clock.now().toISOString(), id);

const refusal = async (method: 'privacy.approveDestruction' | 'privacy.proposeDestruction', input: never, session: string) => {
  const response = await core.dispatch({ method, input, session });
  return response.ok ? null : response.error;
};

const storedCustomer = (id: string) => core.context.store.read.prepare('SELECT name, phone, address FROM customers WHERE id = ?').get(id);

describe('the destruction job', () => {
  it('proposes no customer with an open complaint, and one whose complaint closed more than the period ago', async () => {
    const set = await setUp();
    const { customer, complaint } = set;
    let lead = set.lead;
    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    expect((await core.call('privacy.expiredCustomers', {}, lead)).map((c) => c.customerId)).not.toContain(customer.id);
    core.clock.advance(-FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    closeComplaint(complaint.id);
    expect((await core.call('privacy.expiredCustomers', {}, lead)).map((c) => c.customerId)).not.toContain(customer.id);
    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    expect((await core.call('privacy.expiredCustomers', {}, lead)).map((c) => c.customerId)).toContain(customer.id);
  });

  it('follows the period the station lead sets, the source naming none', async () => {
    const set = await setUp();
    const { customer, complaint } = set;
    let lead = set.lead;
    closeComplaint(complaint.id);
    const rules = await core.call('privacy.setRetention', { recordType: 'complaint', years: 10 }, lead);
    expect(rules.find((r) => r.recordType === 'complaint')).toMatchObject({ years: 10, shippedYears: 3, source: 'seed002 客户管理制度1 第二十六条' });
    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    expect((await core.call('privacy.expiredCustomers', {}, lead)).map((c) => c.customerId)).not.toContain(customer.id);
  });

  it('refuses to propose a customer whose retention has not expired', async () => {
    const { lead, customer } = await setUp();
    expect(await refusal('privacy.proposeDestruction', { customerIds: [customer.id] } as never, lead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'privacy.errors.notExpired' } });
  });

  it('erases nothing on a proposal; a receiver and a unit head cannot approve; a blank reason is refused', async () => {
    const set = await setUp();
    const { customer, complaint } = set;
    let lead = set.lead;
    closeComplaint(complaint.id);
    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    const unitHead = await core.signIn('liuqiang');
    expect(await refusal('privacy.proposeDestruction', { customerIds: [customer.id] } as never, await core.signIn('limei'))).toMatchObject({ code: 'FORBIDDEN' });
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [customer.id] }, unitHead);
    expect(batch).toMatchObject({ status: 'proposed', proposedBy: '刘强', customerCount: 1, approvedBy: null });
    expect(storedCustomer(customer.id)).toEqual({ name: '钱多多', phone: PHONE, address: '北京市朝阳区建国路88号' });
    expect(await refusal('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满' } as never, await core.signIn('limei'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满' } as never, unitHead)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('privacy.approveDestruction', { batchId: batch.id, reason: '  ' } as never, lead)).toMatchObject({ reason: { key: 'privacy.errors.reasonRequired' } });
    expect(storedCustomer(customer.id)).toEqual({ name: '钱多多', phone: PHONE, address: '北京市朝阳区建国路88号' });
  });

  it("on the lead's approval erases the customer's and the complaint's personal fields, keeps the rows, and registers the destruction", async () => {
    const set = await setUp();
    const { customer, complaint } = set;
    let lead = set.lead;
    closeComplaint(complaint.id);
    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    const db = core.context.store.read;
    const complaintsBefore = db.prepare('SELECT count(*) AS n FROM complaints').get();
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [customer.id] }, lead);
    const done = await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满，集中销毁' }, lead);
    expect(done).toMatchObject({ status: 'destroyed', approvedBy: '王建国', reason: '保存期满，集中销毁', erasedCounts: { customerFile: 1, complaint: 1 } });
    expect(storedCustomer(customer.id)).toEqual({ name: ERASED_MARKER, phone: null, address: null });
    expect(db.prepare('SELECT customer_name, customer_phone FROM complaints WHERE id = ?').get(complaint.id)).toEqual({ customer_name: ERASED_MARKER, customer_phone: null });
    expect(db.prepare('SELECT count(*) AS n FROM complaints').get()).toEqual(complaintsBefore);
    expect(await core.call('customers.search', { query: PHONE }, lead)).toEqual([]);
    const register = await core.call('privacy.accessLog', { action: 'delete' }, lead);
    expect(register[0]).toMatchObject({ subject: 'destruction', recordId: batch.id, rowCount: 1, reason: '保存期满，集中销毁', userName: '王建国' });
    expect(await core.call('privacy.destructionBatches', {}, lead)).toEqual([done]);
    // Head office is told which records to erase, by id, with no personal value (server/privacy/site-destruction.ts).
    const queued = db.prepare("SELECT payload FROM outbox WHERE entity = 'destruction_batch' AND entity_id = ?").get(batch.id) as { payload: string };
    expect(JSON.parse(queued.payload)).toMatchObject({ erased: { customer: [customer.id], complaint: [complaint.id] } });
    expect(queued.payload).not.toContain(PHONE);
    expect(await refusal('privacy.approveDestruction', { batchId: batch.id, reason: '再次' } as never, lead)).toMatchObject({ code: 'CONFLICT', reason: { key: 'privacy.errors.batchDone' } });
  });
});

describe('head office remarks at the site', () => {
  /** A remark head office wrote, as pulled (reference_items), then merged (head_office_remarks). */
  function pullRemark(complaintId: string, text: string) {
    const body = { entity: 'complaint', entityId: complaintId, basedOnVersion: 1, fields: { headOfficeRemark: text }, note: `回电 ${text}`, author: '总部张三' };
    core.context.store.read.prepare("INSERT INTO reference_items (kind, id, version, body, received_at) VALUES ('remark', ?, 1, ?, ?)").run(crypto.randomUUID(), JSON.stringify(body), core.clock.now().toISOString());
    mergeHeadOfficeRemarks(core.context);
  }
  const remarkTexts = () => JSON.stringify(core.context.store.read.prepare("SELECT h.body, r.body AS pulled FROM head_office_remarks h JOIN reference_items r ON r.id = h.remark_id AND r.kind = 'remark'").all());

  it('are redacted on approval where they quote the destroyed customer; a remark about another customer stays', async () => {
    const set = await setUp();
    const otherPhone = '13700009999';
    const other = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '孙小美', customerPhone: otherPhone, content: '网点关门太早' }, set.lead);
    pullRemark(set.complaint.id, `钱多多 ${PHONE} 住北京市朝阳区建国路88号，请核实扣款`);
    pullRemark(other.id, `孙小美 ${otherPhone}，请回访`);
    expect(remarkTexts()).toContain(PHONE);
    closeComplaint(set.complaint.id);
    core.clock.advance(FOUR_YEARS_MS);
    const lead = await core.signIn('wangjg');
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [set.customer.id] }, lead);
    await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满，集中销毁' }, lead);
    const texts = remarkTexts();
    for (const value of [PHONE, '钱多多', '建国路88号']) expect(texts).not.toContain(value);
    expect(texts).toContain('请核实扣款');
    expect(texts).toContain(`孙小美 ${otherPhone}，请回访`);
    expect((await core.call('sync.remarks', {}, lead)).items.map((r) => r.remark)).toContain(`${ERASED_MARKER} ${ERASED_MARKER} 住${ERASED_MARKER}，请核实扣款`);
  });

  it('arriving after the destruction (written before head office heard of it) keep no words; a class decision in it still merges', async () => {
    const set = await setUp();
    const other = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '孙小美', customerPhone: '13700009999', content: '网点关门太早' }, set.lead);
    closeComplaint(set.complaint.id);
    core.clock.advance(FOUR_YEARS_MS);
    const lead = await core.signIn('wangjg');
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [set.customer.id] }, lead);
    await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满，集中销毁' }, lead);
    // The site erased the values, so it cannot find them in the text: the words go, whatever they are.
    pullRemark(set.complaint.id, '钱先生另留电话13612345678，请核实扣款');
    pullRemark(other.id, '孙小美 13700009999，请回访');
    const texts = remarkTexts();
    for (const value of ['13612345678', '钱先生', '请核实扣款']) expect(texts).not.toContain(value);
    expect(texts).toContain('孙小美 13700009999，请回访');
    const remarks = (await core.call('sync.remarks', {}, lead)).items;
    expect(remarks.find((r) => r.entityId === set.complaint.id)).toMatchObject({ remark: ERASED_MARKER, note: ERASED_MARKER, author: '总部张三' });

    const decision = { entity: 'complaint', entityId: set.complaint.id, basedOnVersion: 99, fields: { classCode: 'major' }, note: '致电钱先生后定为重大' };
    core.context.store.read.prepare("INSERT INTO reference_items (kind, id, version, body, received_at) VALUES ('remark', ?, 1, ?, ?)").run(crypto.randomUUID(), JSON.stringify(decision), core.clock.now().toISOString());
    mergeHeadOfficeRemarks(core.context);
    expect(remarkTexts()).not.toContain('钱先生');
    expect(JSON.parse(remarkTexts())).toEqual(expect.arrayContaining([expect.objectContaining({ body: expect.stringContaining('"classCode":"major"') })]));
  });
});

describe('privacy.subjectAccess', () => {
  it('gives everything held about the customer in full and registers the export with its purpose', async () => {
    const { lead, customer, complaint } = await setUp();
    await core.call('customers.flag', { id: customer.id, version: customer.version, sign: { reason: '多次来电催退款', followUpOwnerId: (core.context.store.read.prepare("SELECT id FROM users WHERE login = 'wangjg'").get() as { id: string }).id } }, lead);
    await core.call('customers.addFollowUp', { id: customer.id, method: 'phone', note: '电话慰问，客户满意' }, lead);
    await core.call('privacy.reveal', { kind: 'customer', id: customer.id, reason: '核实' }, lead);
    const exported = await core.call('privacy.subjectAccess', { customerId: customer.id, purpose: '客户本人申请查阅' }, lead);
    const document = JSON.parse(exported.document);
    expect(document.customer).toMatchObject({ id: customer.id, phone: PHONE, address: '北京市朝阳区建国路88号' });
    expect(document.complaints.map((c: { id: string; customer_phone: string }) => [c.id, c.customer_phone])).toEqual([[complaint.id, PHONE]]);
    expect(document.visits.map((v: { note: string }) => v.note)).toEqual(['电话慰问，客户满意']);
    expect(document.accessRegister.map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([['reveal', '核实']]);
    expect(exported.rowCount).toBe(4);
    const register = await core.call('privacy.accessLog', { action: 'export' }, lead);
    expect(register[0]).toMatchObject({ subject: 'subjectAccess', recordId: customer.id, rowCount: 4, reason: '客户本人申请查阅' });
  });

  it('reads as a workbook: a cover, one sheet per section with worded headers, the values in full', async () => {
    const { lead, customer, complaint } = await setUp();
    const exported = await core.call('privacy.subjectAccess', { customerId: customer.id, purpose: '客户本人申请查阅' }, lead);
    const book = await readSubjectAccessBook(exported.document, 'zh-CN');
    expect(Object.keys(book)).toEqual(['导出说明', '客户档案', '投诉', '登记项目', '回访', '走访跟进', '意见簿', '负面新闻', '授信额度调整', '风险分析会议', '访问登记']);
    expect(recordsOf(book['客户档案']!)[0]).toMatchObject({ 电话: PHONE, 地址: '北京市朝阳区建国路88号' });
    const serial = (await core.call('complaints.get', { id: complaint.id }, lead)).serial;
    expect(recordsOf(book['投诉']!)[0]).toMatchObject({ 编号: serial, 联系电话: PHONE });
  });

  it('is refused to a receiver and without a purpose', async () => {
    const { lead, customer } = await setUp();
    const receiver = await core.dispatch({ method: 'privacy.subjectAccess', input: { customerId: customer.id, purpose: '查阅' }, session: await core.signIn('limei') });
    expect(receiver.ok ? null : receiver.error.code).toBe('FORBIDDEN');
    const blank = await core.dispatch({ method: 'privacy.subjectAccess', input: { customerId: customer.id, purpose: ' ' }, session: lead });
    expect(blank.ok ? null : blank.error).toMatchObject({ reason: { key: 'privacy.errors.reasonRequired' } });
  });

  it('leaves no copy of the erased values in the database file or its write-ahead log (secure_delete, checkpoint)', async () => {
    const set = await setUp();
    closeComplaint(set.complaint.id);
    core.clock.advance(FOUR_YEARS_MS);
    const lead = await core.signIn('wangjg');
    const batch = await core.call('privacy.proposeDestruction', { customerIds: [set.customer.id] }, lead);
    await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满，集中销毁' }, lead);
    const file = core.context.store.file;
    const bytes = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
    expect(bytes.length).toBeGreaterThan(0);
    for (const value of [PHONE, '建国路88号']) {
      for (const content of bytes) expect(content.includes(Buffer.from(value, 'utf8')), value).toBe(false);
    }
  });
});
