import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/api/contract';
import { hasPermission, ROLES, type Role } from '../../shared/domain/roles';
import { FREE_TEXT_KEYS, maskAddress, maskContactText, maskIdNumber, maskNumbersInText, maskPersonalFields, maskPhone } from '../../shared/privacy/mask';
import { PERSONAL_FIELDS } from '../../shared/api/privacy';
import { LEDGERS } from '../../shared/reports/ledgers';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §4: a customer's full phone, ID number and address leave the core only where the caller's
 * role holds 'personal.readFull' and asked for that one record (privacy.reveal). Every other answer
 * carries them masked. The matrix is one table of read methods × every role: a new method that
 * carries personal fields is one line below.
 */

const PHONE = '13812345678';
/** Numbers a person typed into free text: a complaint's content, an opinion-book entry, a media incident's account. */
const PHONE_IN_TEXT = '139 8765 4321';
const LANDLINE_IN_TEXT = '028-86541234';
const ID_IN_TEXT = '51010219850315201X';
const STREET = '建国路88号';
const ADDRESS = `北京市朝阳区${STREET}`;

/** A demo user of each role (electron/core/demo/demo-well-station.ts). */
const USER_OF_ROLE: Record<Role, string> = {
  receiver: 'limei',
  handler: 'zhangwei',
  call_centre: 'zhaoli',
  station_lead: 'wangjg',
  unit_head: 'liuqiang',
  leader_in_charge: 'chenzm',
  head_office_admin: 'admin',
  admin_hr: 'sunli',
  general_manager: 'zhouht',
};

interface Fixture {
  customerId: string;
  complaintId: string;
  opinionEntryId: string;
  mediaId: string;
}

/**
 * The read methods that carry personal fields, each with the input that reaches the record holding
 * PHONE. `shows: false`: the method names the record but carries no personal field (it must stay so).
 */
const READ_METHODS: { method: ApiMethod; input: (f: Fixture) => unknown; shows?: false }[] = [
  { method: 'complaints.list', input: () => ({ list: 'all', query: PHONE }) },
  { method: 'complaints.get', input: (f) => ({ id: f.complaintId }) },
  { method: 'complaints.similar', input: (f) => ({ customerId: f.customerId, customerPhone: PHONE, customerName: '钱多多' }), shows: false },
  { method: 'customers.search', input: () => ({ query: PHONE }) },
  { method: 'customers.get', input: (f) => ({ id: f.customerId }) },
  { method: 'customers.history', input: (f) => ({ id: f.customerId, page: 1 }) },
  { method: 'customers.flagged', input: () => ({}) },
  { method: 'opinionBook.overview', input: () => ({}) },
  { method: 'opinionBook.get', input: (f) => ({ id: f.opinionEntryId }) },
  { method: 'media.list', input: () => ({}) },
  { method: 'media.get', input: (f) => ({ id: f.mediaId }) },
];

let core: TestCore;
let fixture: Fixture;

beforeAll(async () => {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const customer = await core.call('customers.create', { kind: 'individual', name: '钱多多', phone: PHONE, phone2: '010-87654321', address: ADDRESS }, lead);
  const owner = (await core.call('session.status', {}, lead)).user!;
  await core.call('customers.flag', { id: customer.id, version: 1, sign: { reason: '多次来电表示不满', followUpOwnerId: owner.id } }, lead);
  // A follow-up note with the number typed in: the history (客户往来记录) carries it as free text.
  await core.call('customers.addFollowUp', { id: customer.id, method: 'phone', note: `已回电 ${PHONE}，客户表示理解` }, lead);
  const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '钱多多', customerPhone: PHONE, customerId: customer.id, content: `燃气费扣款两次。请回电 ${PHONE_IN_TEXT}，2026-11-20 扣款 128.50 元。` }, lead);
  const entry = await core.call('opinionBook.record', { entryDate: '2026-11-23', entryType: 'complaint', content: `排队太久。家里电话 ${LANDLINE_IN_TEXT}`, customerName: '钱多多', contact: `手机 ${PHONE}` }, lead);
  const incident = await core.call(
    'media.create',
    { occurredAt: '2026-11-23T01:00:00.000Z', channel: 'online', platform: '本地论坛', posterContact: `楼主电话${PHONE}`, description: `论坛发帖称燃气费重复扣款，贴出身份证 ${ID_IN_TEXT}。` },
    lead,
  );
  fixture = { customerId: customer.id, complaintId: complaint.id, opinionEntryId: entry.id, mediaId: incident.id };
});

afterAll(() => core?.close());

describe('the masks', () => {
  it('keep the first 3 and last 4 digits of a phone, an ID number’s first 3 and last 4, and an address’s district', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 0830 1122')).toBe('138 **** 1122');
    expect(maskPhone('010-87654321')).toBe('010-****4321');
    expect(maskIdNumber('11010519900101123X')).toBe('110***********123X');
    expect(maskAddress(ADDRESS)).toBe('北京市朝阳区****');
    expect(maskAddress('四川省泸州市江阳区dalu 1号')).toBe('四川省泸州市江阳区****');
    expect(maskAddress('井站旁边 3 号')).toBe('****');
    expect(maskContactText(`孙女士 ${PHONE}，身份证 11010519900101123X`)).toBe('孙女士 138****5678，身份证 110***********123X');
  });
});

describe.each(ROLES.map((role) => [role, USER_OF_ROLE[role]] as const))('signed in as %s', (role, login) => {
  it.each(READ_METHODS.map((row) => [row.method, row] as const))('%s answers with the phone and address masked', async (_method, row) => {
    const response = await core.dispatch({ method: row.method, input: row.input(fixture), session: await core.signIn(login) });
    if (!response.ok) {
      // A role the method refuses sees nothing at all, which is masked enough.
      expect(response.error.code).toBe('FORBIDDEN');
      return;
    }
    const text = JSON.stringify(response.value);
    // Each method does reach the record: the masked number is there, the full one is not.
    expect(text).toContain(row.shows === false ? '钱多多' : '138****5678');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('87654321');
    expect(text).not.toContain(STREET);
    for (const typed of [PHONE_IN_TEXT, LANDLINE_IN_TEXT, ID_IN_TEXT]) expect(text).not.toContain(typed);
  });

  it(`privacy.reveal shows the full record ${hasPermission([role], 'personal.readFull') ? 'to this role' : 'to none but the roles holding the right'}`, async () => {
    const response = await core.dispatch({ method: 'privacy.reveal', input: { kind: 'customer', id: fixture.customerId, reason: '回访客户核实扣款' }, session: await core.signIn(login) });
    if (hasPermission([role], 'personal.readFull')) {
      expect(response.ok && JSON.stringify(response.value)).toContain(PHONE);
    } else {
      expect(response.ok ? 'answered' : response.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('numbers typed into free text', () => {
  it('masks mainland mobiles, landlines with their area code and ID numbers, and leaves dates, amounts and codes alone', () => {
    expect(maskNumbersInText(`请回电 ${PHONE_IN_TEXT}`)).toBe('请回电 139 **** 4321');
    expect(maskNumbersInText(`手机13812345678，座机${LANDLINE_IN_TEXT}、(010)87654321`)).toBe('手机138****5678，座机028-****1234、(010)****4321');
    expect(maskNumbersInText(`身份证${ID_IN_TEXT}`)).toBe('身份证510***********201X');
    const untouched = '2026-11-20 14:30 扣款 128.50 元，工单 TS-2026-000123，批号 A13812345678B，表号 12345678901234';
    expect(maskNumbersInText(untouched)).toBe(untouched);
  });

  it('changes nothing when masked again', () => {
    const once = maskNumbersInText(`请回电 ${PHONE_IN_TEXT}，身份证 ${ID_IN_TEXT}`);
    expect(maskNumbersInText(once)).toBe(once);
  });

  it('shows in full through privacy.reveal, for a holder of the right, only where a number was masked', async () => {
    const lead = await core.signIn('wangjg');
    const revealed = await core.call('privacy.reveal', { kind: 'complaint', id: fixture.complaintId, reason: '核对客户留下的回电号码' }, lead);
    expect(revealed.fields.find((f) => f.field === 'content')?.value).toContain(PHONE_IN_TEXT);
    const customer = await core.call('privacy.reveal', { kind: 'customer', id: fixture.customerId, reason: '核对客户电话' }, lead);
    expect(customer.fields.map((f) => f.field)).not.toContain('content');
  });
});

describe('ledgers (台帐) of complaints', () => {
  it('mask the numbers typed into a free-text column, whatever the column’s id (申诉的理由, 投诉内容…)', async () => {
    const lead = await core.signIn('wangjg');
    const free = new Set<string>(FREE_TEXT_KEYS);
    const ledgers = LEDGERS.filter((ledger) => ledger.data.kind === 'complaints' && ledger.columns.some((c) => 'field' in c.value && free.has(c.value.field)));
    const printed: string[] = [];
    for (const ledger of ledgers) {
      const response = await core.dispatch({ method: 'ledgers.sheet', input: { ledgerId: ledger.id, period: '2026-11' }, session: lead });
      if (response.ok) printed.push(JSON.stringify(response.value));
    }
    expect(printed.length).toBeGreaterThanOrEqual(5);
    expect(printed.filter((sheet) => sheet.includes('139 **** 4321')).length).toBeGreaterThanOrEqual(5);
    for (const sheet of printed) expect(sheet).not.toContain(PHONE_IN_TEXT);
  });
});

describe('search by phone', () => {
  it('matches the full stored number for everyone, and answers masked', async () => {
    const found = await core.call('customers.search', { query: PHONE }, await core.signIn('limei'));
    expect(found.map((c) => [c.name, c.phone])).toEqual([['钱多多', '138****5678']]);
  });
});

describe('ledgers (台帐), printed from the core’s answer', () => {
  it('mask every column filled from a personal field: a sheet’s cells are keyed by column id', () => {
    const personal = new Set<string>(PERSONAL_FIELDS);
    const columns = LEDGERS.flatMap((ledger) => ledger.columns.filter((c) => 'field' in c.value && personal.has(c.value.field)).map((c) => `${ledger.id}/${c.id}`));
    expect(columns.length).toBeGreaterThan(0);
    for (const key of columns) {
      const id = key.split('/')[1]!;
      expect(maskPersonalFields({ [id]: `手机 ${PHONE}` })[id], key).not.toContain(PHONE);
    }
  });
});
