import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-core';

export interface BrowserModeProcess {
  url: string;
  port: number;
  key: string;
  dataDir: string;
  child: ChildProcess;
  /** POSTs an API envelope with the launch key; the parsed answer envelope. */
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; reason?: { key: string; params?: Record<string, unknown> } } }>;
  stop(): Promise<void>;
}

/**
 * Starts browser mode (`electron/browser-mode/main.ts` under tsx) as its own
 * process on a free loopback port, with demo data in a temp data dir or the
 * given one (a restart), serving a stand-in renderer.
 */
export async function startBrowserMode(options: { dataDir?: string } = {}): Promise<BrowserModeProcess> {
  const dataDir = options.dataDir ?? tempDir('branchline-browser-process-');
  const staticDir = path.join(dataDir, 'static');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Branchline</title>');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/main.ts', '--data-dir', dataDir, '--static-dir', staticDir, '--port', '0', '--demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /BRANCHLINE_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}):\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  const parsed = new URL(url);
  const key = new URLSearchParams(parsed.hash.slice(1)).get('key')!;
  return {
    url: `${parsed.origin}/`,
    port: Number(parsed.port),
    key,
    dataDir,
    child,
    call: async (method, input) => {
      const response = await fetch(new URL('/api', parsed.origin), { method: 'POST', headers: { 'content-type': 'application/json', 'x-branchline-key': key }, body: JSON.stringify({ method, input }) });
      return (await response.json()) as Awaited<ReturnType<BrowserModeProcess['call']>>;
    },
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
