import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { CONSOLE_NOTIFICATION_PATHS, notificationsResponseSchema } from '../../shared/sync/console-notifications';
import { signedInStaff } from '../server/support/console';
import { createSite, openTestServer, type TestServer } from '../server/support/test-server';
import { openSiteWithPack, userIdOf } from '../support/notification-site';
import type { TestCore } from '../support/temp-core';

/**
 * A site's notifications reach head office's console by sync, and head
 * office's acknowledgement comes back: the site core against the real
 * head-office app over HTTP (SQLite, or PostgreSQL under scripts/test-server-pg.mjs).
 */
let server: TestServer;
let url: string;
let core: TestCore;

beforeEach(async () => {
  server = await openTestServer({ now: () => core.context.now() });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  core = await openSiteWithPack('insurance-branch-p5');
});
afterEach(async () => {
  core.close();
  await server.close();
});

const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

async function act(login: string, complaint: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: complaint.id, version: complaint.version, action }, await core.signIn(login));
}

async function consoleList(cookie: string, query: string) {
  const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_NOTIFICATION_PATHS.list}${query}`, headers: { cookie } });
  return notificationsResponseSchema.parse(response.json());
}

describe('notifications through sync to the head-office console and back', () => {
  it('pushes every notification, lets head office acknowledge its own, and the site takes that acknowledgement and stops escalating it', async () => {
    let lead = await core.signIn('wangjg');
    const { enrolCode, siteId } = await createSite(server.app, 'YY42');
    await core.call('sync.enrol', { serverUrl: url, code: enrolCode, deviceName: '站长电脑' }, lead);
    const { cookie } = await signedInStaff(server.app);

    // A major case goes round the loop; closing it obliges the sub-branch to file the plan with head office (篇5 4.5.5).
    const zhangwei = await userIdOf(core, 'zhangwei');
    let c = await core.call('complaints.get', { id: (await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', content: '理赔纠纷', directLoss: 50_000 }, await core.signIn('limei'))).id }, lead);
    c = await act('zhaoli', c, { type: 'accept', assigneeId: zhangwei });
    c = await act('zhangwei', c, { type: 'planSolution', resolverId: zhangwei, measures: '核赔', dueAt: sh('2026-11-23T16:00:00') });
    c = await act('zhangwei', c, { type: 'resolve', result: '已赔付', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
    const filed = (await core.call('notifications.forComplaint', { complaintId: c.id }, lead)).find((n) => n.obligation === 'major.closed.head-office')!;
    expect(filed.recipients).toEqual(['head_office']);

    // The handlers did not acknowledge within 20 minutes: escalated at the site, by the site's timer.
    core.clock.advance(21 * 60_000);
    expect(core.escalateNotifications()).toBe(1);

    lead = await core.signIn('wangjg'); // the idle limit passed meanwhile
    expect((await core.call('sync.runNow', {}, lead)).pushed).toBeGreaterThan(0);
    const all = await consoleList(cookie, '?scope=all&state=all');
    const local = await core.call('notifications.forComplaint', { complaintId: c.id }, lead);
    expect(all.rows.map((r) => r.id).sort()).toEqual(local.map((n) => n.id).sort());
    expect(all.rows.find((r) => r.level === 1)).toMatchObject({ siteCode: 'YY42', serial: c.serial, recipients: ['station_lead'], event: 'unacknowledged' });
    const inbox = await consoleList(cookie, '');
    expect(inbox.rows.map((r) => [r.id, r.serial, r.dueAt, r.canAcknowledge])).toEqual([[filed.id, c.serial, sh('2026-11-26T17:30:00'), true]]);

    const ack = await server.app.inject({ method: 'POST', url: CONSOLE_NOTIFICATION_PATHS.acknowledge(siteId, filed.id), headers: { cookie } });
    expect(ack.statusCode).toBe(200);

    // The next sync brings the acknowledgement to the site, which takes it as a change of its own record and sends it back.
    core.clock.advance(60_000);
    await core.call('sync.runNow', {}, lead);
    const merged = (await core.call('notifications.forComplaint', { complaintId: c.id }, lead)).find((n) => n.id === filed.id)!;
    expect(merged).toMatchObject({ acknowledgedAtHeadOffice: true, acknowledgedByName: '张总部', acknowledgedAt: sh('2026-11-23T10:21:00'), canAcknowledge: false });
    await core.call('sync.runNow', {}, lead);
    const back = (await consoleList(cookie, '?state=all')).rows.find((r) => r.id === filed.id)!;
    expect(back).toMatchObject({ acknowledgedAt: sh('2026-11-23T10:21:00'), acknowledgedAtHeadOffice: false, canAcknowledge: false });
    const remark = core.context.store.read.prepare("SELECT outcome FROM head_office_remarks WHERE entity = 'notification'").get() as { outcome: string };
    expect(JSON.parse(remark.outcome)).toEqual({ headOfficeAcknowledgement: 'taken' });

    // Acknowledged: the site's timer never escalates it, though its 3 working days pass.
    core.clock.advance(7 * 24 * 3_600_000);
    core.escalateNotifications();
    lead = await core.signIn('wangjg');
    expect((await core.call('notifications.forComplaint', { complaintId: c.id }, lead)).find((n) => n.id === filed.id)!.escalatedAt).toBeNull();
  });
});
