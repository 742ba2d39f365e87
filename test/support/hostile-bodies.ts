import fs from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';

/** A gzip body of `mib` MiB of JSON once decompressed (a few tens of KB on the wire): what a gzip bomb looks like. */
export function gzipJsonOf(mib: number): Buffer {
  const filler = 'a'.repeat(mib * 2 ** 20 - 64);
  return gzipSync(Buffer.from(`{"batchId":"bomb","entries":[],"pad":"${filler}"}`));
}

/** POSTs bytes and resolves with the status (0: the connection failed before an answer); `sent` when the body is written. */
export function postBytes(url: string, path: string, headers: Record<string, string>, body: Buffer, sent?: () => void): Promise<number> {
  return new Promise((resolve) => {
    const target = new URL(path, url);
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: false, headers: { ...headers, 'content-length': String(body.length) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body, sent);
  });
}

const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** How long `/api/v1/health` takes to answer, in ms, on a kept-alive connection (no connection set-up in the figure). */
export function healthMs(url: string): Promise<number> {
  const target = new URL('/api/v1/health', url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get({ host: target.hostname, port: target.port, path: target.pathname, agent: healthAgent }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`health: ${response.statusCode}`))));
    });
    request.on('error', reject);
  });
}

/** Resident memory of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

export interface FloodResult {
  statuses: number[];
  /** Each /health asked while the bodies were under way, in ms. */
  healthMs: number[];
  /** Their median: on a shared, loaded 2-core machine one sample alone says little. */
  medianHealthMs: number;
  /** The median of 5 asked just before, with nothing else sent: what the machine's own load adds to every figure. */
  idleHealthMs: number;
  rssGrowthBytes: number;
}

/**
 * Sends `count` gzip bodies at once to a running server, asking for /health
 * while they are under way and sampling the process's resident memory
 * until the last has its answer.
 */
export async function floodWithGzip(options: { url: string; pid: number; path: string; headers: Record<string, string>; body: Buffer; count: number }): Promise<FloodResult> {
  const idle: number[] = [];
  for (let i = 0; i < 5; i++) idle.push(await healthMs(options.url));
  const before = rssOf(options.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(options.pid))), 5);
  try {
    let written = 0;
    let allWritten!: () => void;
    const sent = new Promise<void>((resolve) => (allWritten = resolve));
    const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip', ...options.headers };
    const onSent = () => ++written === options.count && allWritten();
    const flood = Promise.all(Array.from({ length: options.count }, () => postBytes(options.url, options.path, headers, options.body, onSent)));
    let done = false;
    void flood.finally(() => {
      done = true;
      allWritten();
    });
    await sent;
    const health: number[] = [];
    while (!done || health.length < 3) health.push(await healthMs(options.url));
    const statuses = await flood;
    peak = Math.max(peak, rssOf(options.pid));
    return { statuses, healthMs: health, medianHealthMs: median(health), idleHealthMs: median(idle), rssGrowthBytes: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The budget for /health under attack: 100 ms beyond what it takes on this machine right now with nothing else sent. */
export function healthBudgetMs(result: FloodResult): number {
  return 100 + result.idleHealthMs;
}
