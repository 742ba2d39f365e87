import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { failOnInternalIds } from './internal-ids';

export interface RunningServer {
  /** The URL the server printed, with its launch key in the hash. */
  url: string;
  origin: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const SERVER = path.resolve('dist/browser/server.cjs');

/** Starts the built browser-mode server on a free port, as `npm start` does, and waits for its URL. */
export function startServer(dataDir: string, extraArgs: string[] = ['--demo']): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir, '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = /BRANCHLINE_URL=(\S+)/.exec(output);
      if (!match) return;
      child.stdout!.off('data', onData);
      const url = match[1]!;
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    child.once('exit', (code) => reject(new Error(`browser-mode server exited (${code}) before printing its URL:\n${output}`)));
  });
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium fonts-noto-cjk (or set BRANCHLINE_CHROMIUM)');
  return failOnInternalIds(await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }));
}
