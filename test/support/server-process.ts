import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { tempDir } from './temp-core';

export const PROCESS_ADMIN_TOKEN = 'process-admin-token-0123456789';

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Calls an admin endpoint with the admin token. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the real head-office server (`tsx server/main.ts`) on a free loopback port with a temp data dir. */
export async function startServerProcess(): Promise<ServerProcess> {
  const dataDir = tempDir('branchline-server-process-');
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, 'server/main.ts', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, BRANCHLINE_ADMIN_TOKEN: PROCESS_ADMIN_TOKEN, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    admin: async <T,>(method: string, route: string, body?: unknown) => {
      const response = await fetch(new URL(route, url), {
        method,
        headers: { authorization: `Bearer ${PROCESS_ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
