import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, CONSOLE_SESSION_COOKIE } from '../../shared/sync/console-api';
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode-process';
import { floodWithGzip, gzipJsonOf, healthBudgetMs, healthMs } from '../support/hostile-bodies';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The network half of issue 18's attack script: what an attacker on the
 * same network (or a page in the same browser) would try against browser
 * mode and head office, each against the real process. Prints a table of
 * what was tried and what held; any row that did not hold fails its test.
 */
interface Row {
  target: 'browser mode' | 'head office';
  attack: string;
  expected: string;
  observed: string;
  held: boolean;
}
const rows: Row[] = [];
function record(row: Omit<Row, 'held'>, held: boolean): void {
  rows.push({ ...row, held });
  expect(held, `${row.target}: ${row.attack}: expected ${row.expected}, observed ${row.observed}`).toBe(true);
}

const processes: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const p of processes) await p.stop();
  const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
  const columns: (keyof Row)[] = ['target', 'attack', 'expected', 'observed', 'held'];
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join(' | ');
  console.log(['', 'HTTP attacks (issue 18)', line(columns), ...rows.map((r) => line(columns.map((c) => (c === 'held' ? (r.held ? 'held' : 'FAILED') : String(r[c])))))].join('\n'));
});

/** Sends bytes as they are and reads the status of the answer (0: none before the connection closed). */
function raw(port: number, text: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', () => undefined);
  });
}

const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;
const MALFORMED: [string, string][] = [
  ['path with a bad percent-escape', get('/%E0%A4%A')],
  ['path with a lone %', get('/assets/%')],
  ['control character in a header', get('/', 'X-Evil: a\u0001b\r\n')],
  ['header line without a colon', get('/', 'no colon here\r\n')],
  ['NUL in the request line', get('/\u0000')],
  ['Content-Length that is no number', 'POST /api HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1x\r\nConnection: close\r\n\r\n{}'],
];

const PARALLEL = 100;

describe('browser mode', () => {
  let app: BrowserModeProcess;

  it.each(MALFORMED)('malformed request: %s', async (attack, text) => {
    app ??= await startBrowserMode();
    if (!processes.includes(app)) processes.push(app);
    const status = await raw(app.port, text);
    const alive = (await app.call('session.status', {})).ok;
    record({ target: 'browser mode', attack, expected: '400, still serving', observed: `${status}, ${alive ? 'still serving' : 'NOT serving'}` }, status === 400 && alive);
  });

  it(`${PARALLEL} parallel PIN guesses with the right PIN last, then a restart`, async () => {
    app ??= await startBrowserMode();
    const guesses = Array.from({ length: PARALLEL - 1 }, (_, i) => app.call('session.signIn', { login: 'limei', secret: String(200000 + i) }));
    const answers = await Promise.all([...guesses, app.call('session.signIn', { login: 'limei', secret: '123456' })]);
    const checked = answers.filter((a) => a.error?.code === 'UNAUTHENTICATED').length;
    const right = answers[PARALLEL - 1]!;
    record(
      { target: 'browser mode', attack: `${PARALLEL} parallel PIN guesses, right one last`, expected: '≤ 5 checked, right PIN refused', observed: `${checked} checked, right PIN ${right.ok ? 'ACCEPTED' : right.error?.code}` },
      checked <= 5 && !right.ok && right.error?.code === 'RATE_LIMITED',
    );
    record(
      { target: 'browser mode', attack: 'lockout message', expected: 'a moment ({ until: { at } })', observed: JSON.stringify(right.error?.reason?.params ?? null) },
      right.error?.reason?.key === 'signIn.errors.lockedUntil' && typeof (right.error.reason.params?.until as { at?: string } | undefined)?.at === 'string',
    );
    await app.stop();
    app = await startBrowserMode({ dataDir: app.dataDir });
    processes.push(app);
    const after = await app.call('session.signIn', { login: 'limei', secret: '123456' });
    record({ target: 'browser mode', attack: 'restart during the lockout, right PIN', expected: 'refused', observed: after.ok ? 'ACCEPTED' : after.error!.code }, !after.ok && after.error?.code === 'RATE_LIMITED');
  });
});

describe('head office', () => {
  let server: ServerProcess;
  const STAFF = { login: 'attack.target', displayName: '靶子', password: 'the right password 2026' };
  const signIn = (password: string) =>
    fetch(new URL(CONSOLE_PATHS.session, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: STAFF.login, password }) });

  it.each([
    ...MALFORMED,
    ['malformed session cookie', get(CONSOLE_PATHS.sites, `Cookie: ${CONSOLE_SESSION_COOKIE}=%E0%A4%A\r\n`)],
    ['double-encoded console path', get('/console/%25E0%25A4%25A')],
    ['double-encoded traversal', get('/console/%252e%252e/%252e%252e/etc/passwd')],
  ])('malformed request: %s', async (attack, text) => {
    server ??= await startServerProcess();
    if (!processes.includes(server)) processes.push(server);
    const status = await raw(server.port, text);
    const alive = await healthMs(server.url).then(() => true, () => false);
    record({ target: 'head office', attack, expected: '400, still serving', observed: `${status}, ${alive ? 'still serving' : 'NOT serving'}` }, status === 400 && alive);
  });

  it(`${PARALLEL} parallel console passwords with the right one last, then a restart`, async () => {
    server ??= await startServerProcess();
    await server.admin('POST', CONSOLE_PATHS.adminConsoleUsers, STAFF);
    const answers = await Promise.all([...Array.from({ length: PARALLEL - 1 }, (_, i) => signIn(`guess ${i}`)), signIn(STAFF.password)]);
    const statuses = answers.map((a) => a.status);
    const right = statuses[PARALLEL - 1]!;
    record(
      { target: 'head office', attack: `${PARALLEL} parallel passwords, right one last`, expected: '≥ 95 refused unchecked, right one 429', observed: `${statuses.filter((s) => s === 429).length} × 429, right one ${right}` },
      statuses.filter((s) => s === 429).length >= PARALLEL - 5 && right === 429,
    );
    await server.stop();
    server = await startServerProcess({ dataDir: server.dataDir });
    processes.push(server);
    const after = (await signIn(STAFF.password)).status;
    record({ target: 'head office', attack: 'restart during the lockout, right password', expected: '429', observed: String(after) }, after === 429);
  });

  it('20 parallel unauthenticated 31 MiB gzip bodies', async () => {
    server ??= await startServerProcess();
    const result = await floodWithGzip({ url: server.url, pid: server.child.pid!, path: '/api/v1/push', headers: {}, body: gzipJsonOf(31), count: 20 });
    const all401 = result.statuses.every((s) => s === 401);
    record({ target: 'head office', attack: '20 × 31 MiB gzip push, no credential', expected: 'all 401', observed: all401 ? 'all 401' : result.statuses.join(',') }, all401);
    record(
      { target: 'head office', attack: '… /health meanwhile (median)', expected: `< 100 ms + idle ${Math.round(result.idleHealthMs)} ms`, observed: `${Math.round(result.medianHealthMs)} ms` },
      result.medianHealthMs < healthBudgetMs(result),
    );
    record({ target: 'head office', attack: '… resident memory growth', expected: '< 50 MB', observed: `${(result.rssGrowthBytes / 2 ** 20).toFixed(1)} MB` }, result.rssGrowthBytes < 50 * 2 ** 20);
  });
});
