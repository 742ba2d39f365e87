import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../shared/api/bridge';
import type { RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { createSenderCheck, registerApi } from '../../electron/shell/ipc';
import { APP_INDEX_URL } from '../../electron/shell/app-protocol';
import { shellPaths } from '../../electron/shell/paths';
import { isOwnUrl } from '../../electron/shell/trusted-url';

const paths = shellPaths(path.resolve('/opt/Branchline/resources/app.asar/dist/electron'));
const ownUrl = APP_INDEX_URL;

interface FrameOptions {
  url?: string;
  subFrame?: boolean;
  detached?: boolean;
  noFrame?: boolean;
  throws?: boolean;
}

function fakeInvokeEvent(options: FrameOptions = {}) {
  const mainFrame: Record<string, unknown> = { url: options.url ?? ownUrl, parent: null, detached: options.detached ?? false };
  const frame = options.subFrame ? { url: options.url ?? ownUrl, parent: mainFrame, detached: false } : mainFrame;
  const event = { sender: { mainFrame }, frameId: 1, processId: 1 } as Record<string, unknown>;
  Object.defineProperty(event, 'senderFrame', {
    get: () => {
      if (options.throws) throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      return options.noFrame ? null : frame;
    },
  });
  return event;
}

function setup(result: ResponseEnvelope = { ok: true, value: { hello: 'world' } }) {
  const handlers = new Map<string, (event: unknown, raw: unknown) => Promise<ResponseEnvelope>>();
  const ipcMain = { handle: vi.fn((channel: string, handler: any) => handlers.set(channel, handler)) };
  const dispatch = vi.fn(async (_envelope: RequestEnvelope) => result);
  registerApi(ipcMain as never, dispatch, createSenderCheck(isOwnUrl));
  const invoke = (raw: unknown, frame: FrameOptions = {}) => handlers.get(API_CHANNEL)!(fakeInvokeEvent(frame), raw);
  return { ipcMain, dispatch, invoke };
}

const goodEnvelope: RequestEnvelope = { method: 'session.status', input: {}, lang: 'zh-CN' };

describe('registerApi', () => {
  it('registers one handler, on API_CHANNEL', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]![0]).toBe(API_CHANNEL);
  });

  it('passes a good envelope from our own page to dispatch and returns its result', async () => {
    const answer: ResponseEnvelope = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'sign in' } };
    const { dispatch, invoke } = setup(answer);
    const envelope = { ...goodEnvelope, session: 'token-1' };
    await expect(invoke(envelope)).resolves.toEqual(answer);
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith(envelope);
  });

  it('accepts our own page with a hash route or query', async () => {
    const { dispatch, invoke } = setup();
    await expect(invoke(goodEnvelope, { url: `${ownUrl}#/complaints/3` })).resolves.toEqual({ ok: true, value: { hello: 'world' } });
    await expect(invoke(goodEnvelope, { url: `${ownUrl}?a=1` })).resolves.toMatchObject({ ok: true });
    expect(dispatch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a foreign https page', { url: 'https://evil.example/' }],
    ['a foreign page at our path name', { url: 'https://evil.example/dist/renderer/index.html' }],
    ['a local http server', { url: 'http://127.0.0.1:5173/' }],
    ['another local file', { url: pathToFileURL(path.resolve('/tmp/evil/index.html')).href }],
    ['a sibling page next to ours', { url: 'app://branchline/evil.html' }],
    ['our built page opened as a file', { url: pathToFileURL(path.join(paths.rendererDir, 'index.html')).href }],
    ['a file URL with a host', { url: 'file://evil.example/opt/Branchline/resources/app.asar/dist/renderer/index.html' }],
    ['our scheme on another host', { url: 'app://evil.example/index.html' }],
    ['about:blank', { url: 'about:blank' }],
    ['a data URL', { url: 'data:text/html,<script>1</script>' }],
    ['an empty URL', { url: '' }],
    ['a sub-frame showing our own page', { subFrame: true }],
    ['a sub-frame showing a foreign page', { subFrame: true, url: 'https://evil.example/' }],
    ['a frame that navigated away (senderFrame null)', { noFrame: true }],
    ['a disposed frame (senderFrame throws)', { throws: true }],
    ['a detached frame', { detached: true }],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_name, frame: FrameOptions) => {
    const { dispatch, invoke } = setup();
    const result = await invoke(goodEnvelope, frame);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'session.status'],
    ['an array', [goodEnvelope]],
    ['no method', { input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['a number method', { method: 42, input: {} }],
    ['a too long method', { method: 'x'.repeat(101) }],
    ['a non-string session', { method: 'session.status', session: 123 }],
    ['an unknown language', { method: 'session.status', lang: 'fr' }],
  ])('answers VALIDATION for a malformed envelope (%s) and never dispatches', async (_name, raw) => {
    const { dispatch, invoke } = setup();
    const result = await invoke(raw);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('checks the sender before looking at the envelope', async () => {
    const { invoke } = setup();
    await expect(invoke('garbage', { url: 'https://evil.example/' })).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('turns an unexpected throw from dispatch into INTERNAL', async () => {
    const { dispatch, invoke } = setup();
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(invoke(goodEnvelope)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });
});

describe('registerApi with the real core', () => {
  it('carries session.status from our page into the real dispatcher, and refuses an iframe', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const { openCore } = await import('../../electron/core/core');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-ipc-'));
    const core = await openCore({ dataDir });
    try {
      const handlers = new Map<string, (event: unknown, raw: unknown) => Promise<ResponseEnvelope>>();
      registerApi({ handle: (channel: string, handler: any) => handlers.set(channel, handler) } as never, core.dispatch, createSenderCheck(isOwnUrl));
      const handler = handlers.get(API_CHANNEL)!;
      const status = await handler(fakeInvokeEvent(), { method: 'session.status', input: {} });
      expect(status.ok).toBe(true);
      const unknown = await handler(fakeInvokeEvent(), { method: 'no.such.method', input: {} });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const framed = await handler(fakeInvokeEvent({ subFrame: true }), { method: 'session.status', input: {} });
      expect(framed).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
