// Cold start to an interactive work list (issue 21 §3), in Chromium, beside a
// bare baseline in the same run:
//   - app: spawn `node <dist>/browser/server.cjs --data-dir DIR --port P --demo`
//     on a store of --rows complaints (made once through the real code,
//     start-store.ts); time to the server answering `GET /`; then, in a fresh
//     browser context (no cache, no storage), navigation to the sign-in screen
//     ready, signing in as the e2e tests do (李梅, PIN 123456), and the first
//     work-list row visible and clickable. "warm": a second tab in the same
//     context (the HTTP cache filled by the first), the same steps again.
//   - baseline: a bare node:http server answering one static page with one row.
//   npm run build && npm run bench:start [-- --rows 20000 --runs 5 --keep DIR --builds before=/tmp/old-dist,after=dist]
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { makeStartStore } from './start-store';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' }, keep: { type: 'string' }, builds: { type: 'string', default: 'current=dist' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const dataDir = values.keep ?? path.join(os.tmpdir(), `branchline-bench-start-${rows}`);
const builds = values.builds.split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name: name!, dist: path.resolve(dir!) };
});
const PORT_APP = 4820;
const PORT_BASELINE = 4829;

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

interface Spawned {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

/** Spawns a server, waits for its `<tag>=url` line and its first answer to `GET /`. */
function spawnServer(args: string[], tag: string): Promise<Spawned> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = new RegExp(`${tag}=(\\S+)`).exec(output);
      if (!match) return;
      child.stdout!.off('data', onData);
      const url = match[1]!;
      void fetch(new URL(url).origin + '/').then(async (answer) => {
        await answer.arrayBuffer();
        resolve({ child, url, readyMs: ms(t0) });
      }, reject);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Bytes on the wire for the page's requests so far (encoded body + headers). */
async function wireBytes(page: Page, requests: Set<import('playwright-core').Request>): Promise<number> {
  let total = 0;
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) total += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  void page;
  return total;
}

interface PageTimes {
  signInMs: number;
  listMs: number;
  totalMs: number;
  kib: number;
}

/** Navigation → sign-in screen → signed in → first row visible and clickable. */
async function openToList(page: Page, url: string, row: string, signIn: boolean): Promise<PageTimes> {
  const requests = new Set<import('playwright-core').Request>();
  page.on('request', (request) => requests.add(request));
  const t0 = process.hrtime.bigint();
  await page.goto(url, { waitUntil: 'commit' });
  let signInMs = 0;
  let t1 = t0;
  if (signIn) {
    await page.getByTestId('signin-user-limei').click();
    signInMs = ms(t0);
    await page.getByTestId('signin-secret').fill('123456');
    t1 = process.hrtime.bigint();
    await page.getByTestId('signin-submit').click();
  }
  await page.getByTestId(row).first().click({ trial: true });
  const listMs = ms(t1);
  const totalMs = ms(t0);
  return { signInMs, listMs, totalMs, kib: (await wireBytes(page, requests)) / 1024 };
}

interface RunTimes {
  readyMs: number;
  cold: PageTimes;
  warm: PageTimes;
}

async function runOnce(browser: Browser, args: string[], tag: string, row: string, signIn: boolean): Promise<RunTimes> {
  const server = await spawnServer(args, tag);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const cold = await openToList(await context.newPage(), server.url, row, signIn);
    const warm = await openToList(await context.newPage(), server.url, row, signIn);
    await context.close();
    return { readyMs: server.readyMs, cold, warm };
  } finally {
    await stop(server.child);
  }
}

const BASELINE_SOURCE = `
const http = require('node:http');
const page = '<!doctype html><meta charset="utf-8"><title>baseline</title><table><tr><td><button data-testid="complaint-row">YY42-20261208-0001 李先生 漏水</button></td></tr></table>';
const server = http.createServer((request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); response.end(page); });
server.listen(${PORT_BASELINE}, '127.0.0.1', () => console.log('BASELINE_URL=http://127.0.0.1:${PORT_BASELINE}/'));
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function line(label: string, values: number[], unit = 'ms'): void {
  const digits = unit === 'ms' ? 0 : 1;
  const range = `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  console.log(`  ${label.padEnd(50)} median ${median(values).toFixed(digits).padStart(7)} ${unit}   (${range})`);
}

function report(name: string, results: RunTimes[], signIn: boolean): void {
  console.log(`${name} (${results.length} runs, load ${os.loadavg().map((n) => n.toFixed(2)).join(' ')})`);
  line('spawn → server answers GET /', results.map((r) => r.readyMs));
  for (const kind of ['cold', 'warm'] as const) {
    const pages = results.map((r) => r[kind]);
    if (signIn) line(`${kind}: navigation → sign-in screen clickable`, pages.map((p) => p.signInMs));
    if (signIn) line(`${kind}: sign-in submitted → first row clickable`, pages.map((p) => p.listMs));
    line(`${kind}: navigation → first row clickable`, pages.map((p) => p.totalMs));
    line(`${kind}: spawn → first row clickable`, results.map((r) => r.readyMs + r[kind].totalMs));
    line(`${kind}: bytes on the wire`, pages.map((p) => p.kib), 'KiB');
  }
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set BRANCHLINE_CHROMIUM)');
  console.log(`cold start bench: ${rows.toLocaleString('en-US')} complaints in ${dataDir}; load ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, ${os.cpus().length} cores`);
  console.log(`store holds ${(await makeStartStore(dataDir, rows)).toLocaleString('en-US')} complaints\n`);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const appArgs = (dist: string) => [path.join(dist, 'browser', 'server.cjs'), '--data-dir', dataDir, '--port', String(PORT_APP), '--demo'];
    // One run of each unmeasured: the OS file cache and the first re-grade after the fill.
    for (const build of builds) await runOnce(browser, appArgs(build.dist), 'BRANCHLINE_URL', 'complaint-row', true);
    const results = new Map<string, RunTimes[]>([['baseline', []], ...builds.map((b) => [b.name, []] as [string, RunTimes[]])]);
    // Interleaved, so every build meets the same machine state.
    for (let run = 0; run < runs; run++) {
      results.get('baseline')!.push(await runOnce(browser, ['-e', BASELINE_SOURCE], 'BASELINE_URL', 'complaint-row', false));
      for (const build of builds) results.get(build.name)!.push(await runOnce(browser, appArgs(build.dist), 'BRANCHLINE_URL', 'complaint-row', true));
    }
    report('baseline: node:http, one static page with one row', results.get('baseline')!, false);
    for (const build of builds) report(`app ${build.name} (${build.dist})`, results.get(build.name)!, true);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
