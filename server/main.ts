import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { createUserFromCli } from './cli/create-user';
import { seedDemoSites } from './cli/demo-sites';
import { openServerDb, type ServerDb } from './db/open';
import { LoopDelayMonitor, loopDelayLine } from './diagnostics/loop-delay';
import { limitsFromEnv } from './http/load-limits';
import { mailSettingsFromEnv, NotificationMailer } from './notifications/mailer';

/**
 * `npm run server [-- --port N] [--data-dir DIR] [--demo]`: the head-office server on
 * 127.0.0.1 (put TLS in front with a reverse proxy, see README). Data in a
 * SQLite file under the data dir, or PostgreSQL when DATABASE_URL is a
 * postgres:// URL. Admin token from BRANCHLINE_ADMIN_TOKEN, else one is made
 * and printed.
 */
async function main(): Promise<void> {
  const { values, port, host, target } = serverOptions();
  // Timeouts and the push queue (README, operations): a bad value stops the start here, before anything is opened.
  const limits = limitsFromEnv(process.env);
  const store = await openServerDb(target, { acquireTimeoutMs: limits.dbAcquireTimeoutMs });
  if (values['create-user'] !== undefined) {
    try {
      console.log(await createUserFromCli(store.db, values['create-user'], values['display-name']));
    } finally {
      await store.close();
    }
    return;
  }
  if (values.demo) await seedDemo(store);
  const envToken = process.env.BRANCHLINE_ADMIN_TOKEN;
  const adminToken = envToken && envToken.length >= 16 ? envToken : randomBytes(24).toString('base64url');
  // The console's built files: dist/console of the working directory, or where the release step put them.
  const consoleDir = process.env.BRANCHLINE_CONSOLE_DIR || path.resolve('dist', 'console');
  const mail = mailSettingsFromEnv(process.env);
  const mailer = mail ? new NotificationMailer(store.db, mail, () => new Date()) : null;
  const app = buildApp({ db: store.db, adminToken, consoleDir, logger: process.env.BRANCHLINE_SERVER_LOG === '1', mailer, limits });
  // A send that failed (mail server down) is tried again every 5 minutes, besides after each push.
  const mailRetry = mailer ? setInterval(() => void mailer.kick().catch(() => 0), 5 * 60_000) : null;
  mailRetry?.unref();
  await app.listen({ port, host });
  const address = app.server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  announce({ url, data: store.description, mailTo: mail?.to ?? null, envToken, adminToken });

  // Diagnostics for the load bench: SIGUSR2 prints how long the event loop was held up since the last one.
  const loopDelay = process.env.BRANCHLINE_LOOP_DELAY === '1' ? new LoopDelayMonitor() : null;
  if (loopDelay) process.on('SIGUSR2', () => console.log(loopDelayLine(loopDelay.take())));

  const stop = async () => {
    loopDelay?.stop();
    if (mailRetry) clearInterval(mailRetry);
    mailer?.close();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** The command line and environment: port, host, and the database (DATABASE_URL, else a SQLite file in the data dir). */
function serverOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'create-user': { type: 'string' },
      'display-name': { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.BRANCHLINE_SERVER_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效 / bad port: ${values.port}`);
  const host = values.host ?? process.env.BRANCHLINE_SERVER_HOST ?? '127.0.0.1';
  const dataDir = values['data-dir'] ?? process.env.BRANCHLINE_SERVER_DATA_DIR ?? path.resolve('.data', 'server');
  const target = process.env.DATABASE_URL || path.join(dataDir, 'head-office.sqlite');
  return { values, port, host, target };
}

/** The three demo sites, each of its own organisation (issue 17); a site app joins one with its code. */
async function seedDemo(store: ServerDb): Promise<void> {
  for (const site of await seedDemoSites(store.db, new Date())) {
    const code = site.enrolCode ? `登记码 / enrol code ${site.enrolCode}` : '已登记 / registered before';
    console.log(`[branchline-server] 演示网点 / demo site ${site.code} ${site.name} (${site.profile}): ${code}`);
  }
}

interface Started {
  url: string;
  data: string;
  mailTo: readonly string[] | null;
  envToken: string | undefined;
  adminToken: string;
}

/** What the operator is told once the server listens: where, its data, its console, its e-mail and its admin token. */
function announce({ url, data, mailTo, envToken, adminToken }: Started): void {
  console.log(`[branchline-server] 总部服务已启动 / head-office server listening: ${url}`);
  console.log(`[branchline-server] 数据 / data: ${data}`);
  console.log(`[branchline-server] 总部控制台 / head-office console: ${url}/console/`);
  console.log(`[branchline-server] 通知邮件 / notification e-mail: ${mailTo ? `${mailTo.join(', ')}` : '未设置 / not set up (BRANCHLINE_SMTP_URL, BRANCHLINE_MAIL_FROM, BRANCHLINE_NOTIFY_EMAIL)'}`);
  if (!envToken) console.log(`[branchline-server] 管理令牌 / admin token (set BRANCHLINE_ADMIN_TOKEN to keep one): ${adminToken}`);
  else if (envToken.length < 16) console.log('[branchline-server] BRANCHLINE_ADMIN_TOKEN 太短（至少 16 位），已另行生成 / too short (16+), generated: ' + adminToken);
}

main().catch((error: unknown) => {
  console.error('[branchline-server] 启动失败 / failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
