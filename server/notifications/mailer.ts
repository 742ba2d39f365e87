import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { ServerDatabase, SiteNotificationsTable } from '../db/schema';

/**
 * Optional e-mail at head office (issue 16 item 8): each notification a site
 * addressed to head office is mailed once to the configured addresses, through
 * any SMTP server (nodemailer). Set up by environment variables:
 *   BRANCHLINE_SMTP_URL      smtp://user:pass@mail.example.cn:587 (smtps:// for TLS)
 *   BRANCHLINE_MAIL_FROM     Branchline <branchline@example.cn>
 *   BRANCHLINE_NOTIFY_EMAIL  one or more addresses, comma-separated
 *   BRANCHLINE_CONSOLE_URL   optional: the console's address, linked in each mail
 * Without the first three nothing is mailed and the console inbox is the only way.
 * A failed send is tried again (at most MAX_ATTEMPTS times, on the next push
 * or the retry timer) and its error kept on the row for the operator.
 */
export interface MailSettings {
  url: string;
  from: string;
  to: string[];
  consoleUrl?: string | undefined;
}

export const MAX_ATTEMPTS = 5;
const BATCH = 50;

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv): MailSettings | null {
  const url = env.BRANCHLINE_SMTP_URL?.trim();
  const from = env.BRANCHLINE_MAIL_FROM?.trim();
  const to = (env.BRANCHLINE_NOTIFY_EMAIL ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (!url || !from || to.length === 0) return null;
  return { url, from, to, consoleUrl: env.BRANCHLINE_CONSOLE_URL?.trim() || undefined };
}

type Pending = SiteNotificationsTable & { code: string; name: string };

export class NotificationMailer {
  private readonly transport: Transporter;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly db: Kysely<ServerDatabase>,
    private readonly settings: MailSettings,
    private readonly now: () => Date,
  ) {
    this.transport = nodemailer.createTransport(settings.url);
  }

  /** Sends what is pending, after any run under way (runs never overlap); resolves with how many were sent. */
  kick(): Promise<number> {
    this.running = this.running.catch(() => 0).then(() => this.deliverPending());
    return this.running;
  }

  close(): void {
    this.transport.close();
  }

  private async deliverPending(): Promise<number> {
    const pending = (await this.db
      .selectFrom('site_notifications as n')
      .innerJoin('sites', 'sites.id', 'n.site_id')
      .selectAll('n')
      .select(['sites.code', 'sites.name'])
      .where('n.to_head_office', '=', 1)
      .where('n.emailed_at', 'is', null)
      .where('n.email_attempts', '<', MAX_ATTEMPTS)
      .where('n.acknowledged_at', 'is', null)
      .where('n.head_office_ack_at', 'is', null)
      .orderBy('n.created_at')
      .orderBy('n.id')
      .limit(BATCH)
      .execute()) as Pending[];
    let sent = 0;
    for (const row of pending) {
      try {
        await this.transport.sendMail({ from: this.settings.from, to: this.settings.to, ...mailOf(row, this.settings.consoleUrl) });
        await this.db.updateTable('site_notifications').set({ emailed_at: this.now().toISOString(), email_error: null }).where('site_id', '=', row.site_id).where('id', '=', row.id).execute();
        sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.db
          .updateTable('site_notifications')
          .set((eb) => ({ email_attempts: eb('email_attempts', '+', 1), email_error: message.slice(0, 500) }))
          .where('site_id', '=', row.site_id)
          .where('id', '=', row.id)
          .execute();
      }
    }
    return sent;
  }
}

const shanghai = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)) : '未设时限 / no limit';

/** The mail of one notification: the source's words, the case, the limit and the citation, Chinese first. */
export function mailOf(row: Pending, consoleUrl?: string): { subject: string; text: string } {
  const notify = JSON.parse(row.notify) as { zh: string; en: string }[];
  const who = notify.map((n) => n.zh).join('、');
  const whoEn = notify.map((n) => n.en).join(', ');
  const subject = `[Branchline] ${row.code} ${row.serial ?? ''} 须通报：${who} / must be told: ${whoEn}`;
  const lines = [
    `网点 / site: ${row.code} ${row.name}`,
    `投诉 / complaint: ${row.serial ?? row.complaint_id}`,
    `须通报 / must be told: ${who} (${whoEn})`,
    `起算 / from: ${shanghai(row.starts_at)}`,
    `确认时限 / acknowledge by: ${shanghai(row.due_at)}`,
    `依据 / source: ${row.source}`,
    Number(row.confirm_by_phone) === 1 ? '须电话核实收到情况 / receipt must be confirmed by phone' : null,
    row.written_due_at ? `书面报告截止 / written report due: ${shanghai(row.written_due_at)}` : null,
    '',
    `请在总部控制台“通知”中确认收到 / acknowledge it in the head-office console (通知)${consoleUrl ? `: ${consoleUrl}` : ''}`,
  ];
  return { subject, text: lines.filter((l): l is string => l !== null).join('\n') };
}
