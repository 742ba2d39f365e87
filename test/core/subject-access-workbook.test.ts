import { afterEach, describe, expect, it } from 'vitest';
import { LEFT_OUT_COLUMNS, SUBJECT_ACCESS_COLUMNS, SUBJECT_ACCESS_SECTIONS } from '../../renderer/lib/subject-access-columns';
import { readSubjectAccessBook, recordsOf, type ReadSheet } from '../support/subject-access-book';
import { classTwoCustomer } from '../support/risk-class-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';
import { routeDriver } from './procedure/routes-support';

/*
 * Issue 19: the subject-access workbook (客户本人信息查阅导出 → 导出为 Excel) reads like the screens. Built from
 * the real privacy.subjectAccess answer and read back by openpyxl: a cover sheet, a header row on every sheet
 * (an empty section says 无记录 under it), codes as the screens label them, staff by name, complaints by serial,
 * every moment in Beijing time with the zone in its header, in the exporting user's language.
 */

let core: TestCore;
afterEach(() => core?.close());

/** What must never reach a reader: row ids, stored codes (snake_case), UTC ISO moments, JSON lists. */
const RAW = [/^[0-9a-f]{8}-[0-9a-f]{4}-/, /^[a-z]+(_[a-z]+)+$/, /\d{4}-\d\d-\d\dT\d\d:/, /^\[|^\{/];

function rawCells(book: Record<string, ReadSheet>): string[] {
  const cells = Object.values(book).flatMap((sheet) => sheet.rows.flat());
  return cells.filter((cell): cell is string => typeof cell === 'string' && RAW.some((pattern) => pattern.test(cell)));
}

async function exportOf(customerName: string, login = 'wangjg') {
  const session = await core.signIn(login);
  const [found] = await core.call('customers.search', { query: customerName, limit: 1 }, session);
  return core.call('privacy.subjectAccess', { customerId: found!.id, purpose: '客户本人申请查阅' }, session);
}

/** The demo's 周桂芳, her complaint resolved and called back, and a media incident linked to it. */
async function calledBackCustomer(): Promise<void> {
  const first = JSON.parse((await exportOf('周桂芳')).document) as { complaints: { id: string; serial: string }[] };
  const { id, serial } = first.complaints[0]!;
  const act = async (login: string, action: Record<string, unknown>) => {
    const session = await core.signIn(login);
    const current = await core.call('complaints.get', { id }, session);
    await core.call('complaints.act', { id, version: current.version, action } as never, session);
  };
  await act('zhangwei', { type: 'resolve', result: '罐车改为白天通行', replyMethod: 'phone' });
  await act('zhaoli', { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'basically_satisfied', result: 'satisfied', otherOpinions: '满意' });
  const lead = await core.signIn('wangjg');
  const incident = await core.call('media.create', { occurredAt: '2026-11-23T01:00:00.000Z', channel: 'conduct_hotline', mediaName: '泸州电台', description: '热线反映罐车噪声' }, lead);
  await core.call('media.linkComplaint', { id: incident.id, version: incident.version, complaintSerial: serial }, lead);
}

describe('the subject-access workbook', () => {
  it('labels every code, names staff, gives Beijing time and a header row on every sheet, empty ones saying 无记录', async () => {
    core = await openTestCore();
    await calledBackCustomer();
    const answer = await exportOf('周桂芳');
    const book = await readSubjectAccessBook(answer.document, 'zh-CN');
    expect(Object.keys(book)).toEqual(['导出说明', '客户档案', '投诉', '登记项目', '回访', '走访跟进', '意见簿', '负面新闻', '授信额度调整', '风险分析会议', '访问登记']);
    for (const sheet of Object.values(book)) {
      expect(sheet.rows.length).toBeGreaterThanOrEqual(2);
      expect(sheet.bold.every(Boolean)).toBe(true);
      expect(sheet.frozen).toBe('A2');
    }
    expect(book['导出说明']!.rows).toContainEqual(['导出时间（北京时间）', '2026-11-23 10:00']);
    expect(book['导出说明']!.rows).toContainEqual(['时间', '本文件中的时间均为北京时间（UTC+8）']);

    const [customer] = recordsOf(book['客户档案']!);
    expect(customer).toMatchObject({ 名称: '周桂芳', 单位或个人: '个人', 客户群: '外部客户', '标记投诉苗头时间（北京时间）': '2026-11-23 10:00', 标记人: '王建国' });
    const [complaint] = recordsOf(book['投诉']!);
    expect(complaint).toMatchObject({ 编号: 'YY42-20261123-0003', 类型: '投诉', 渠道: '电话', 状态: '已结案', 答复方式: '电话', 客户要求: '批评建议', 有效性: '有效', 等级: '一般投诉', 处理专人: '张伟', '受理时间（北京时间）': '2026-11-23 07:00' });
    expect(complaint).toMatchObject({ 规则包: '四川某实业集团 客户投诉管理办法（试行） 1.0.0', 已完成的环节: '回访 2026-11-23 10:00', 涉及媒体: '否' });
    expect(recordsOf(book['走访跟进']!)[0]).toMatchObject({ 跟进方式: '电话慰问', '时间（北京时间）': '2026-11-23 10:00' });

    expect(book['授信额度调整']!.rows).toEqual([['月份', '原授信额度', '建议授信额度', '审核意见', '建议人', '建议时间（北京时间）', '审批结果', '审批人', '审批时间（北京时间）', '审批意见', '生效日期'], ['无记录', null, null, null, null, null, null, null, null, null, null]]);
    expect(recordsOf(book['回访']!)).toEqual([expect.objectContaining({ 投诉编号: 'YY42-20261123-0003', 方式: '电话', 问题已解决: '是', 对处理时限: '满意', 对服务态度: '基本满意', 经办人: '赵丽' })]);
    expect(recordsOf(book['负面新闻']!)).toEqual([expect.objectContaining({ '发生时间（北京时间）': '2026-11-23 09:00', 媒体类型: '行风热线', 投诉编号: 'YY42-20261123-0003', 状态: '处置中', 登记人: '王建国' })]);
    expect(book['意见簿']!.rows[1]![0]).toBe('无记录');
    // The first export, registered: what, about whom, in words.
    expect(recordsOf(book['访问登记']!)).toContainEqual(expect.objectContaining({ 事项: '批量导出', 对象: '客户本人信息查阅导出', 记录: '周桂芳', 人员: '王建国', '原因/用途': '客户本人申请查阅' }));
    expect(rawCells(book)).toEqual([]);

    // Every stored column is shown or deliberately left out (a new column must be placed), and every header and vocabulary has its texts.
    const document = JSON.parse(answer.document) as Record<string, Record<string, unknown> | Record<string, unknown>[]>;
    for (const section of SUBJECT_ACCESS_SECTIONS) {
      const stored = [document[section]!].flat().flatMap((row) => Object.keys(row));
      const placed = [...SUBJECT_ACCESS_COLUMNS[section].map((c) => c.column), ...LEFT_OUT_COLUMNS[section]];
      expect(stored.filter((column) => !placed.includes(column)), section).toEqual([]);
    }
  });

  it('is written in the exporting user’s language: a risk meeting in English, the other customer still masked', async () => {
    core = await openTestCore();
    const { customer } = await classTwoCustomer(core);
    const { customer: other } = await classTwoCustomer(core, '杭州某印染有限公司');
    const conclusions = '绍兴某纺织有限公司压缩敞口；杭州某印染有限公司追加抵押。';
    await core.call('riskMeetings.record', { kinds: ['dynamicAnalysis', 'disposal'], heldOn: '2026-11-23', attendees: ['王建国', '刘强'], conclusions, customerIds: [customer.id, other.id] }, await core.signIn('wangjg'));
    const book = await readSubjectAccessBook((await exportOf(customer.name)).document, 'en');
    expect(Object.keys(book)).toContain('Risk meetings');
    expect(recordsOf(book['Risk meetings']!)).toEqual([
      { 'Held on': '2026-11-23', 'Kind of meeting': 'Dynamic analysis meeting, Risk resolution and disposal meeting', Attendees: '王建国, 刘强', 'Conclusions (about this customer)': '绍兴某纺织有限公司压缩敞口；***追加抵押。', 'Recorded by': '王建国', 'Recorded at (Beijing time)': '2026-11-23 10:00' },
    ]);
    expect(recordsOf(book['Customer file']!)[0]).toMatchObject({ 'Organisation or individual': 'Organisation' });
    expect(book['Complaints']!.rows[1]![0]).toBe('None');
    expect(rawCells(book)).toEqual([]);
  });

  it('holds the fields the organisation’s register asks beyond the complaint (the car dealer’s plate), by their names', async () => {
    core = await openTestCore();
    const d = routeDriver(core);
    await d.profile('car-dealership');
    const lead = await core.signIn('wangjg');
    const customer = await core.call('customers.create', { kind: 'individual', name: '欧阳晓芸', phone: '13955507788' }, lead);
    await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', customerPhone: '13955507788', customerId: customer.id, content: '保养后异响未解决。', recordFields: { licencePlate: '川A12345' } }, lead);
    const answer = await core.call('privacy.subjectAccess', { customerId: customer.id, purpose: '客户本人申请查阅' }, lead);
    expect(JSON.parse(answer.document).recordFields).toEqual([expect.objectContaining({ field_id: 'licencePlate', value: '川A12345' })]);
    const book = await readSubjectAccessBook(answer.document, 'zh-CN');
    expect(recordsOf(book['登记项目']!)).toEqual([expect.objectContaining({ 登记项目: '投诉人车牌号', 内容: '川A12345', 登记人: '王建国' })]);
    expect(rawCells(book)).toEqual([]);
  });
});
