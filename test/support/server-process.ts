import { spawn, type ChildProcess } from 'node:child_process';
import { tempDir } from './temp-core';

export const PROCESS_ADMIN_TOKEN = 'process-admin-token-0123456789';

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  port: number;
  /** Calls an admin endpoint with the admin token. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
  /** Kills the process with a signal (SIGKILL: no shutdown, no flush) and resolves when it is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real head-office server (`tsx server/main.ts`) on a free loopback
 * port, with a temp data dir or the given one (a restart after a kill). Node
 * runs tsx as a loader in the same process: the tsx command would fork a child
 * that a SIGKILL of the parent would orphan.
 */
export async function startServerProcess(options: { dataDir?: string } = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDir('branchline-server-process-');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data-dir', dataDir], {
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
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url,
    port: Number(new URL(url).port),
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
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
