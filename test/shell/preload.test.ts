import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../shared/api/bridge';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'pong' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => electron.exposed.set(key, api)) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

await import('../../electron/preload/preload');
const { contextBridge } = await import('electron');

describe('preload', () => {
  it('exposes exactly `bridge`, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['bridge']);
  });

  it('`bridge` has only `call`', () => {
    const bridge = electron.exposed.get('bridge') as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['call']);
    expect(typeof bridge.call).toBe('function');
  });

  it('`call` invokes API_CHANNEL with the envelope and returns the answer', async () => {
    const bridge = electron.exposed.get('bridge') as { call: (envelope: unknown) => Promise<unknown> };
    const envelope = { method: 'session.status', input: {} };
    await expect(bridge.call(envelope)).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.invoke).toHaveBeenCalledTimes(1);
    expect(electron.invoke).toHaveBeenCalledWith(API_CHANNEL, envelope);
  });
});

describe('preload source', () => {
  it('requires nothing but electron and the type-only bridge module (sandboxed preload)', async () => {
    const fs = await import('node:fs');
    const source = fs.readFileSync(new URL('../../electron/preload/preload.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s.+?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['electron', '../../shared/api/bridge']);
    // bridge.ts must stay free of runtime imports, or the bundled preload would carry them.
    const bridgeSource = fs.readFileSync(new URL('../../shared/api/bridge.ts', import.meta.url), 'utf8');
    expect([...bridgeSource.matchAll(/^import\s+(?!type\s).+$/gm)]).toEqual([]);
  });
});
