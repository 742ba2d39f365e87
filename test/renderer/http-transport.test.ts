import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../renderer/api/api-call-error';
import { api } from '../../renderer/api/client';
import { KEY_HEADER } from '../../renderer/api/http-transport';
import { captureLaunchKey, LAUNCH_KEY_STORAGE, launchKey, resetLaunchKeyForTests } from '../../renderer/api/launch-key';
import { statusFor } from './fixtures';

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => ({ status, json: async () => body }));
}

describe('browser-mode transport', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetLaunchKeyForTests();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('takes the key out of the address bar, keeps it for reloads, and sends it with each request', async () => {
    window.history.replaceState(null, '', '/#key=s3cr3t-K3y_x');
    expect(captureLaunchKey()).toBe('s3cr3t-K3y_x');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('s3cr3t');
    expect(window.sessionStorage.getItem(LAUNCH_KEY_STORAGE)).toBe('s3cr3t-K3y_x');

    const fetch = answer({ ok: true, value: statusFor(null) });
    vi.stubGlobal('fetch', fetch);
    const status = await api.call('session.status', {});
    expect(status.site?.code).toBe('YY42');

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', [KEY_HEADER]: 's3cr3t-K3y_x' });
    expect(JSON.parse(String(init.body))).toEqual({ method: 'session.status', input: {}, lang: 'zh-CN' });
  });

  it('after a reload (no hash) reads the key back from sessionStorage', () => {
    window.sessionStorage.setItem(LAUNCH_KEY_STORAGE, 'kept-key');
    expect(launchKey()).toBe('kept-key');
  });

  it('turns an error envelope (even with HTTP 401) into an ApiCallError', async () => {
    vi.stubGlobal('fetch', answer({ ok: false, error: { code: 'UNAUTHENTICATED', message: '缺少或错误的访问密钥 / missing or wrong launch key' } }, 401));
    const error = await api.call('session.status', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('UNAUTHENTICATED');
  });

  it('reports a dead server or a non-JSON answer as TRANSPORT', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await api.call('session.status', {}).catch((e: ApiCallError) => e.code)).toBe('TRANSPORT');
    vi.stubGlobal('fetch', vi.fn(async () => ({ status: 500, json: async () => Promise.reject(new SyntaxError('bad')) })));
    expect(await api.call('session.status', {}).catch((e: ApiCallError) => e.code)).toBe('TRANSPORT');
  });

  it('prefers the Electron bridge when the preload defined one', async () => {
    const fetch = answer({ ok: true, value: {} });
    vi.stubGlobal('fetch', fetch);
    const call = vi.fn(async () => ({ ok: true as const, value: statusFor(null) }));
    window.bridge = { call };
    await api.call('session.status', {});
    expect(call).toHaveBeenCalledWith({ method: 'session.status', input: {}, lang: 'zh-CN' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
