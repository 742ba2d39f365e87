import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { mailSettingsFromEnv, MAX_ATTEMPTS, NotificationMailer } from '../../server/notifications/mailer';
import { ADMIN_TOKEN, enrolledSite, entry, openTestServerDb, push } from './support/test-server';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on a free loopback port, keeping every message it accepts (or refusing them all). */
async function startSmtp(options: { refuse?: boolean } = {}) {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(options.refuse ? Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

function toHeadOffice(id: string, fields: Record<string, unknown> = {}) {
  return entry({
    entity: 'notification',
    entityId: id,
    payload: {
      id,
      complaintId: 'c-1',
      serial: 'YY42-20261123-0007',
      obligation: 'referred.head-office',
      level: 0,
      notify: [{ zh: '总行规范服务管理部门', en: 'Head-office service-standards department' }],
      recipients: ['head_office'],
      copies: [],
      source: 'seed002 客户管理制度4 第七条(三), 第八条(四)',
      acknowledgeRequired: true,
      startsAt: '2026-11-23T02:00:00.000Z',
      dueAt: '2026-11-23T03:00:00.000Z',
      createdAt: '2026-11-23T02:00:00.000Z',
      ...fields,
    },
  });
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function headOffice(smtpUrl: string) {
  const store = await openTestServerDb();
  const mailer = new NotificationMailer(store.db, { url: smtpUrl, from: 'Branchline <branchline@hq.example.cn>', to: ['duty@hq.example.cn', 'service@hq.example.cn'] }, () => new Date('2026-11-23T02:01:00.000Z'));
  const app = buildApp({ db: store.db, adminToken: ADMIN_TOKEN, mailer });
  closers.push(async () => {
    mailer.close();
    await app.close();
    await store.close();
  });
  return { store, mailer, app };
}

describe('e-mail of notifications addressed to head office', () => {
  it('reads its settings from the environment, and is off without them', () => {
    expect(mailSettingsFromEnv({})).toBeNull();
    expect(mailSettingsFromEnv({ BRANCHLINE_SMTP_URL: 'smtp://mail:25', BRANCHLINE_MAIL_FROM: 'a@b.cn', BRANCHLINE_NOTIFY_EMAIL: ' x@b.cn, y@b.cn ,' })).toEqual({
      url: 'smtp://mail:25',
      from: 'a@b.cn',
      to: ['x@b.cn', 'y@b.cn'],
      consoleUrl: undefined,
    });
  });

  it('mails each one once through a real SMTP server after the push that brought it, and never one for a site’s own roles', async () => {
    const smtp = await startSmtp();
    closers.push(smtp.close);
    const { app, mailer, store } = await headOffice(smtp.url);
    const site = await enrolledSite(app, 'YY42');
    const forSite = toHeadOffice('n-site', { recipients: ['unit_head'] });
    expect((await push(app, site.auth, { batchId: 'b1', entries: [toHeadOffice('n-1'), forSite] })).statusCode).toBe(200);
    await mailer.kick(); // the push already started a run; this one waits for it and finds nothing left

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('branchline@hq.example.cn');
    expect(mail!.to).toEqual(['duty@hq.example.cn', 'service@hq.example.cn']);
    const parsed = await simpleParser(mail!.data);
    expect(parsed.subject).toBe('[Branchline] YY42 YY42-20261123-0007 须通报：总行规范服务管理部门 / must be told: Head-office service-standards department');
    expect(parsed.text).toContain('依据 / source: seed002 客户管理制度4 第七条(三), 第八条(四)');
    expect(parsed.text).toContain('确认时限 / acknowledge by: 2026年11月23日 11:00'); // the limit, in Beijing time

    const row = await store.db.selectFrom('site_notifications').select(['id', 'emailed_at', 'email_attempts']).orderBy('id').execute();
    expect(row).toEqual([
      { id: 'n-1', emailed_at: '2026-11-23T02:01:00.000Z', email_attempts: 0 },
      { id: 'n-site', emailed_at: null, email_attempts: 0 },
    ]);
    // The same notification pushed again (a later version) is not mailed again.
    await push(app, site.auth, { batchId: 'b2', entries: [{ ...toHeadOffice('n-1'), entityVersion: 2 }] });
    await mailer.kick();
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps the error and tries again a bounded number of times when the mail server refuses', async () => {
    const smtp = await startSmtp({ refuse: true });
    closers.push(smtp.close);
    const { app, mailer, store } = await headOffice(smtp.url);
    const site = await enrolledSite(app, 'YY42');
    await push(app, site.auth, { batchId: 'b1', entries: [toHeadOffice('n-1')] });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await mailer.kick();
    const row = await store.db.selectFrom('site_notifications').select(['emailed_at', 'email_attempts', 'email_error']).executeTakeFirstOrThrow();
    expect(row.emailed_at).toBeNull();
    expect(Number(row.email_attempts)).toBe(MAX_ATTEMPTS);
    expect(row.email_error).toMatch(/550/);
    expect(smtp.received).toEqual([]);
  });
});
