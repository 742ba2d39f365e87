import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS } from '../../shared/sync/console-lists-api';
import { CONSOLE_NOTIFICATION_PATHS } from '../../shared/sync/console-notifications';
import { CONSOLE_REPORT_PATHS } from '../../shared/sync/console-reports-api';
import { CONSOLE_PRIVACY_PATHS, revealResponseSchema } from '../../shared/sync/console-privacy-api';
import { CONSOLE_CREDIT_PATHS, CONSOLE_RISK_PATHS } from '../../shared/sync/console-risk-api';
import { CONSOLE_RISK_MEETING_PATHS } from '../../shared/sync/console-risk-meetings-api';
import { signedInMember, signedInStaff } from './support/console';
import { ADDRESS, ID_NUMBER, MASKED_ADDRESS, MASKED_ID_NUMBER, MASKED_PHONE, PHONE, pushPersonalRecords, type Pushed } from './support/personal-records';
import { openTestServer, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');
/**
 * Every console route that answers records sites pushed, from one table. `carries`: the answer holds a
 * personal field today, so its masked form must be there (the row fails if the route stops masking);
 * the others must simply never show the full number (they fail if a personal field is added unmasked).
 */
const ENDPOINTS: readonly { name: string; url: (p: Pushed) => string; carries: boolean }[] = [
  { name: 'complaint detail (payload and timeline)', url: (p) => CONSOLE_PATHS.complaint(p.siteId, p.complaintId), carries: true },
  { name: 'complaints list', url: () => `${CONSOLE_PATHS.complaints}?limit=200`, carries: false },
  { name: 'complaints found by the phone number', url: () => `${CONSOLE_PATHS.complaints}?q=${PHONE}`, carries: false },
  { name: 'checklists list', url: () => CONSOLE_PATHS.checklists, carries: false },
  { name: 'checklist detail', url: (p) => CONSOLE_PATHS.checklist(p.siteId, p.checklistId), carries: false },
  { name: 'notifications', url: () => `${CONSOLE_NOTIFICATION_PATHS.list}?scope=all`, carries: false },
  { name: 'report cases', url: () => `${CONSOLE_REPORT_PATHS.cases}?definitionId=general-statistics&kind=month&key=2026-11`, carries: false },
  { name: 'overview', url: () => `${CONSOLE_REPORT_PATHS.overview}?kind=month&key=2026-11`, carries: false },
  { name: 'sites list', url: () => CONSOLE_LIST_PATHS.sites, carries: false },
  // Reads the pushed customer files for their names (console-risk-classes.test.ts shows a reason's number masked).
  { name: 'risk classes', url: () => CONSOLE_RISK_PATHS.list, carries: false },
  { name: 'credit gradings', url: () => CONSOLE_CREDIT_PATHS.list, carries: false },
  // Reads the customer files for the names of those discussed (console-risk-meetings.test.ts shows a conclusion's number masked).
  { name: 'risk meetings', url: () => `${CONSOLE_RISK_MEETING_PATHS.list}?kind=month&key=2026-11`, carries: false },
];

describe('console: personal fields leave head office masked (issue 19 §4)', () => {
  it.each(ENDPOINTS)('$name shows no full phone, ID number or address, even to a holder of the right', async ({ url, carries }) => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const holder = await signedInMember(server.app, admin.cookie, 'li.hq', true);
    const pushed = await pushPersonalRecords(server.app);
    for (const { cookie } of [admin, holder]) {
      const response = await server.app.inject({ method: 'GET', url: url(pushed), headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      for (const full of [PHONE, ID_NUMBER, ADDRESS]) expect(response.body).not.toContain(full);
      if (carries) {
        expect(response.body).toContain(MASKED_PHONE);
        expect(response.body).toContain(MASKED_ID_NUMBER);
        expect(response.body).toContain(MASKED_ADDRESS);
      }
    }
  });

  it('still finds a complaint by the full phone number (search reads what is stored)', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    await pushPersonalRecords(server.app);
    const found = await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?q=${PHONE}`, headers: { cookie } });
    expect(found.json()).toMatchObject({ total: 1 });
  });
});

describe('console: 查看完整号码, one record in full, only for a staff member holding the right', () => {
  const reveal = (cookie: string, body: Record<string, unknown>) => server.app.inject({ method: 'POST', url: CONSOLE_PRIVACY_PATHS.reveal, headers: { cookie }, payload: body });

  it('answers the record unmasked to a holder, with the view registered; refuses everyone else, administrators included', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords(server.app);
    const holder = await signedInMember(server.app, admin.cookie, 'li.hq', true);
    const member = await signedInMember(server.app, admin.cookie, 'wang.hq', false);
    const ask = { siteId: pushed.siteId, entity: 'customer', id: pushed.customerId, reason: '客户来电要求核对地址' };

    const shown = await reveal(holder.cookie, ask);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(revealResponseSchema.parse(shown.json()).payload).toMatchObject({ phone: PHONE, idNumber: ID_NUMBER, address: ADDRESS });

    // The right is off by default, and administering accounts does not carry it.
    for (const cookie of [member.cookie, admin.cookie]) {
      const refused = await reveal(cookie, ask);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain(PHONE);
    }
    const rows = await server.store.db.selectFrom('head_office_personal_access').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ user_id: holder.id, action: 'reveal', subject: 'customer', site_id: pushed.siteId, record_id: pushed.customerId, reason: '客户来电要求核对地址' })]);
  });

  it('refuses a blank reason, and a record head office does not hold, registering nothing', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords(server.app);
    const holder = await signedInMember(server.app, admin.cookie, 'li.hq', true);
    expect((await reveal(holder.cookie, { siteId: pushed.siteId, entity: 'complaint', id: pushed.complaintId, reason: '   ' })).statusCode).toBe(400);
    expect((await reveal(holder.cookie, { siteId: pushed.siteId, entity: 'complaint', id: 'nope', reason: '核对' })).statusCode).toBe(404);
    // Another site's record under this site's id: not found either.
    expect((await reveal(holder.cookie, { siteId: pushed.siteId, entity: 'customer', id: pushed.complaintId, reason: '核对' })).statusCode).toBe(404);
    expect(await server.store.db.selectFrom('head_office_personal_access').selectAll().execute()).toEqual([]);
  });

  it('a right withdrawn by the administrator is refused at once (the session is not a licence)', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords(server.app);
    const holder = await signedInMember(server.app, admin.cookie, 'li.hq', true);
    const me = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.session, headers: { cookie: holder.cookie } });
    expect(me.json()).toMatchObject({ user: { personalReadFull: true, admin: false } });
    await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.staffAccess(holder.id), headers: { cookie: admin.cookie }, payload: { personalReadFull: false } });
    expect((await reveal(holder.cookie, { siteId: pushed.siteId, entity: 'complaint', id: pushed.complaintId, reason: '回访' })).statusCode).toBe(403);
  });

  it('nobody grants the right to themselves', async () => {
    server = await openTestServer({ now: () => NOW });
    const admin = await signedInStaff(server.app);
    const me = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.session, headers: { cookie: admin.cookie } });
    const { id } = (me.json() as { user: { id: string } }).user;
    const granted = await server.app.inject({ method: 'POST', url: CONSOLE_PATHS.staffAccess(id), headers: { cookie: admin.cookie }, payload: { personalReadFull: true } });
    expect(granted.statusCode).toBe(409);
    const after = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.session, headers: { cookie: admin.cookie } });
    expect(after.json()).toMatchObject({ user: { personalReadFull: false } });
  });
});
