import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ERASED_MARKER } from '../../shared/privacy/retention';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { PATHS } from '../../shared/sync/protocol';
import { signedInStaff } from './support/console';
import { ADDRESS, ID_NUMBER, PHONE, pushPersonalRecords, type Pushed } from './support/personal-records';
import { entry, openTestServer, push, rowCounts, type TestServer } from './support/test-server';

/*
 * Issue 19 §4: a destruction the site's lead approved reaches head office as a record of the erased ids
 * (no personal value), and head office erases its own copies: every version pushed, every other entry of
 * that site holding the values, the console's summaries and search text. Rows and counts stay.
 */

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');

function destruction(pushed: Pushed) {
  return entry({
    entity: 'destruction_batch',
    entityId: randomUUID(),
    payload: {
      approvedAt: NOW.toISOString(),
      reason: '保存期满',
      erased: { customer: [pushed.customerId], complaint: [pushed.complaintId], media_incident: [pushed.linked.media_incident], opinion_book_entry: [pushed.linked.opinion_book_entry] },
    },
  });
}

/** Every stored text of a site at head office: payloads, the console's summaries and search text. */
async function storedText(siteId: string): Promise<string> {
  const entries = await server.store.db.selectFrom('received_entries').select('payload').where('site_id', '=', siteId).execute();
  const records = await server.store.db.selectFrom('site_records').select(['summary', 'search_text']).where('site_id', '=', siteId).execute();
  return JSON.stringify([entries, records]);
}

describe('a site’s destruction at head office', () => {
  it('erases the personal values from every copy head office holds, keeps the rows, and is found no more by phone', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords(server.app);
    // A later version of the complaint and a history row copying the phone: both must be erased too.
    const later = await push(server.app, pushed.auth, {
      batchId: 'later',
      entries: [
        entry({ entityId: pushed.complaintId, entityVersion: 2, payload: { id: pushed.complaintId, serial: 'PM01-2026-0001', kind: 'complaint', status: 'closed', customerName: '王女士', customerPhone: PHONE, content: '包裹破损', version: 2 } }),
        entry({ entity: 'complaint_event', payload: { complaintId: pushed.complaintId, action: 'callBack', details: { dialled: PHONE } } }),
      ],
    });
    expect(later.statusCode).toBe(200);
    const other = await pushPersonalRecords(server.app, 'PM02');
    expect(await storedText(pushed.siteId)).toContain(PHONE);
    const counts = await rowCounts(server.store);

    const applied = await push(server.app, pushed.auth, { batchId: 'destroy', entries: [destruction(pushed)] });
    expect(applied.statusCode, applied.body).toBe(200);

    const text = await storedText(pushed.siteId);
    for (const value of [PHONE, ID_NUMBER, ADDRESS, '王女士']) expect(text).not.toContain(value);
    expect(text).toContain(ERASED_MARKER);
    expect(text).toContain('包裹破损');
    const after = await rowCounts(server.store);
    expect({ ...after, received_entries: after.received_entries - 1, site_records: after.site_records - 1, received_batches: after.received_batches - 1 }).toEqual(counts);
    const found = await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?q=${PHONE}`, headers: { cookie } });
    // Only the other site's complaint is still found: its customer was not destroyed.
    expect(found.json()).toMatchObject({ total: 1, rows: [{ siteId: other.siteId }] });
    expect(await storedText(other.siteId)).toContain(PHONE);
  });

  it('touches nothing of another site, even if its ids were named', async () => {
    server = await openTestServer({ now: () => NOW });
    const victim = await pushPersonalRecords(server.app, 'PM03');
    const attacker = await pushPersonalRecords(server.app, 'PM04');
    const forged = destruction({ ...victim, auth: attacker.auth });
    const answered = await push(server.app, attacker.auth, { batchId: 'forged', entries: [forged] });
    expect(answered.statusCode).toBe(200);
    expect(await storedText(victim.siteId)).toContain(PHONE);
    expect(await storedText(victim.siteId)).toContain(ADDRESS);
  });

  it('changes nothing when the same destruction arrives again', async () => {
    server = await openTestServer({ now: () => NOW });
    const pushed = await pushPersonalRecords(server.app);
    const batch = { batchId: 'destroy', entries: [destruction(pushed)] };
    expect((await push(server.app, pushed.auth, batch)).statusCode).toBe(200);
    const once = await storedText(pushed.siteId);
    expect((await push(server.app, pushed.auth, batch)).statusCode).toBe(200);
    expect(await storedText(pushed.siteId)).toBe(once);
  });

  it('redacts the staff remarks on the destroyed records, as kept and as the site pulls them; other sites’ remarks stay; a resend changes nothing', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords(server.app);
    const other = await pushPersonalRecords(server.app, 'PM02');
    const remark = (siteId: string, complaintId: string, text: string) =>
      server.app.inject({ method: 'POST', url: CONSOLE_PATHS.complaintRemarks(siteId, complaintId), headers: { cookie }, payload: { basedOnVersion: 1, remark: text, note: `回电 ${PHONE}` } });
    const quoted = `王女士来电 ${PHONE}，身份证 ${ID_NUMBER}，住 ${ADDRESS}，请核实包裹破损`;
    expect((await remark(pushed.siteId, pushed.complaintId, quoted)).statusCode).toBe(201);
    expect((await remark(other.siteId, other.complaintId, quoted)).statusCode).toBe(201);
    const remarksOf = async (siteId: string) => JSON.stringify(await server.store.db.selectFrom('head_office_remarks').select('body').where('site_id', '=', siteId).execute());
    const publishedTo = async (siteId: string) => JSON.stringify(await server.store.db.selectFrom('reference_items').select('body').where('site_id', '=', siteId).execute());
    const pulled = async (auth: { authorization: string }) => (await server.app.inject({ method: 'GET', url: `${PATHS.pull}?cursor=0`, headers: auth })).body;
    const otherBefore = [await remarksOf(other.siteId), await publishedTo(other.siteId)];
    expect(await pulled(pushed.auth)).toContain(PHONE);

    const batch = { batchId: 'destroy', entries: [destruction(pushed)] };
    expect((await push(server.app, pushed.auth, batch)).statusCode).toBe(200);

    const texts = [await remarksOf(pushed.siteId), await publishedTo(pushed.siteId), await pulled(pushed.auth)];
    const shown = (await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.complaint(pushed.siteId, pushed.complaintId), headers: { cookie } })).body;
    for (const text of [...texts, shown]) {
      for (const value of [PHONE, ID_NUMBER, ADDRESS, '王女士']) expect(text).not.toContain(value);
    }
    expect(texts[0]).toContain(ERASED_MARKER);
    expect(texts[0]).toContain('请核实包裹破损');
    expect([await remarksOf(other.siteId), await publishedTo(other.siteId)]).toEqual(otherBefore);
    expect(otherBefore.join()).toContain(PHONE);

    expect((await push(server.app, pushed.auth, batch)).statusCode).toBe(200);
    expect([await remarksOf(pushed.siteId), await publishedTo(pushed.siteId), await pulled(pushed.auth)]).toEqual(texts);
  });
});
