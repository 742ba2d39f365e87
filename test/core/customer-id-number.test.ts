import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §1 "found by name, phone or id number (search masked by role)": a file holding an ID
 * number (身份证件号码) is found by the full number only, typed with spaces or a small x; every answer
 * carries the number masked; the file's form may send the masked number back unchanged.
 */

let core: TestCore;
afterEach(() => core?.close());

const ID_NUMBER = '51010219850315201X';
const MASKED = '510***********201X';

async function setUp() {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  const held = await core.call('customers.create', { kind: 'individual', name: '蒲永明', phone: '13924681357', idNumber: ID_NUMBER }, lead);
  await core.call('customers.create', { kind: 'individual', name: '蒲永明（无证件号）', phone: '13924681358' }, lead);
  return { lead, held };
}

const stored = (id: string) => (core.context.store.read.prepare('SELECT id_number FROM customers WHERE id = ?').get(id) as { id_number: string | null }).id_number;

describe('customers.search by ID number', () => {
  it('finds the file by the full number, however it was typed, for every role that may search, masked in the answer', async () => {
    const { held } = await setUp();
    for (const login of ['limei', 'zhaoli', 'wangjg']) {
      const session = await core.signIn(login);
      for (const query of [ID_NUMBER, '510102 19850315 201x']) {
        const found = await core.call('customers.search', { query }, session);
        expect(found.map((c) => c.name)).toEqual(['蒲永明']);
        expect(JSON.stringify(found)).not.toContain('19850315');
      }
    }
    const file = await core.call('customers.get', { id: held.id }, await core.signIn('limei'));
    expect(file.idNumber).toBe(MASKED);
    expect(stored(held.id)).toBe(ID_NUMBER);
  });

  it('finds nothing by a part of the number', async () => {
    await setUp();
    const session = await core.signIn('limei');
    for (const query of ['51010219850315', '19850315201X', '5101021985031520']) expect(await core.call('customers.search', { query }, session)).toEqual([]);
  });

  it('no longer finds a file merged into another', async () => {
    const { lead, held } = await setUp();
    const keep = await core.call('customers.create', { kind: 'individual', name: '蒲永明', phone: '13924681357' }, lead);
    await core.call('customers.merge', { keepId: keep.id, keepVersion: 1, duplicateId: held.id, duplicateVersion: 1, reason: '同一客户，重复建档' }, lead);
    expect(await core.call('customers.search', { query: ID_NUMBER }, lead)).toEqual([]);
  });

  it('keeps the stored number when the form sends the masked one back, refuses a malformed one, and registers clearing it', async () => {
    const { lead, held } = await setUp();
    const file = await core.call('customers.get', { id: held.id }, lead);
    const fields = { kind: file.kind, name: file.name, phone: file.phone ?? undefined, idNumber: file.idNumber ?? undefined, note: '已核实身份' };
    const updated = await core.call('customers.update', { id: held.id, version: file.version, ...fields }, lead);
    expect(stored(held.id)).toBe(ID_NUMBER);
    const bad = await core.dispatch({ method: 'customers.update', input: { id: held.id, version: updated.version, ...fields, idNumber: '5101021985' }, session: lead });
    expect(bad.ok ? 'saved' : bad.error.issues?.map((i) => i.path)).toEqual(['idNumber']);
    await core.call('customers.update', { id: held.id, version: updated.version, ...fields, idNumber: undefined }, lead);
    expect(stored(held.id)).toBeNull();
    const log = core.context.store.read.prepare("SELECT subject FROM personal_data_access WHERE record_id = ? AND action = 'delete'").all(held.id) as { subject: string }[];
    expect(log.map((r) => r.subject)).toEqual(['customer: idNumber']);
  });

  it('shows the full number through privacy.reveal to a holder of the right', async () => {
    const { lead, held } = await setUp();
    const revealed = await core.call('privacy.reveal', { kind: 'customer', id: held.id, reason: '核对客户身份' }, lead);
    expect(revealed.fields).toContainEqual({ field: 'idNumber', value: ID_NUMBER });
  });
});
