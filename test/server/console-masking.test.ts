import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS } from '../../shared/sync/console-lists-api';
import { CONSOLE_NOTIFICATION_PATHS } from '../../shared/sync/console-notifications';
import { CONSOLE_REPORT_PATHS } from '../../shared/sync/console-reports-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');
const PHONE = '13812345678';
const MASKED_PHONE = '138****5678';
const ID_NUMBER = '110105199001011234';
const ADDRESS = '北京市朝阳区建国路88号3单元';

interface Pushed {
  siteId: string;
  complaintId: string;
  checklistId: string;
}

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
];

async function pushPersonalRecords(): Promise<Pushed> {
  const site = await enrolledSite(server.app, 'PM01');
  const complaintId = randomUUID();
  const checklistId = randomUUID();
  const complaint = {
    id: complaintId, serial: 'PM01-2026-0001', kind: 'complaint', status: 'in_progress', customerName: '王女士',
    customerPhone: PHONE, content: '包裹破损', receivedAt: '2026-11-02T01:00:00.000Z', dueAt: '2026-11-30T00:00:00.000Z', closedAt: null, version: 1,
  };
  // The complaint's timeline: a call-back to the customer, the customer's file, a media incident and an opinion-book entry linked to it.
  const linked: { entity: string; payload: Record<string, string> }[] = [
    { entity: 'callback', payload: { complaintId, at: '2026-11-03T01:00:00.000Z', phone: PHONE, phone2: PHONE } },
    { entity: 'customer', payload: { complaintId, createdAt: '2026-11-03T02:00:00.000Z', name: '王女士', phone: PHONE, idNumber: ID_NUMBER, address: ADDRESS } },
    { entity: 'media_incident', payload: { complaintId, createdAt: '2026-11-03T03:00:00.000Z', posterContact: `微信 ${PHONE}` } },
    { entity: 'opinion_book_entry', payload: { complaintId, createdAt: '2026-11-03T04:00:00.000Z', contact: `电话${PHONE} 身份证${ID_NUMBER}` } },
  ];
  const checklist = { id: checklistId, template_id: 'outlet-daily', template_version: 1, status: 'completed', started_at: '2026-11-02T00:00:00.000Z', completed_at: '2026-11-02T01:00:00.000Z', answers: {} };
  const pushed = await push(server.app, site.auth, {
    batchId: 'personal',
    entries: [
      entry({ entityId: complaintId, payload: complaint }),
      ...linked.map((l) => entry({ entity: l.entity, payload: l.payload })),
      entry({ entity: 'checklist_record', entityId: checklistId, payload: checklist }),
    ],
  });
  expect(pushed.statusCode).toBe(200);
  return { siteId: site.siteId, complaintId, checklistId };
}

describe('console: personal fields leave head office masked (issue 19 §4)', () => {
  it.each(ENDPOINTS)('$name shows no full phone, ID number or address', async ({ url, carries }) => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const pushed = await pushPersonalRecords();
    const response = await server.app.inject({ method: 'GET', url: url(pushed), headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    for (const full of [PHONE, ID_NUMBER, ADDRESS]) expect(response.body).not.toContain(full);
    if (carries) {
      expect(response.body).toContain(MASKED_PHONE);
      expect(response.body).toContain('110***********1234');
      expect(response.body).toContain('北京市朝阳区****');
    }
  });

  it('still finds a complaint by the full phone number (search reads what is stored)', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    await pushPersonalRecords();
    const found = await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?q=${PHONE}`, headers: { cookie } });
    expect(found.json()).toMatchObject({ total: 1 });
  });
});
