import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { ApiCallError } from '../../renderer/api/api-call-error';
import { api } from '../../renderer/api/client';
import { useSessionStore } from '../../renderer/stores/session-store';
import { installFakeBridge } from './fake-bridge';
import { limei, statusFor, TOKEN } from './fixtures';

describe('api client', () => {
  it('sends the session token and language, and carries field issues on errors', async () => {
    useSessionStore.setState({ token: TOKEN, user: limei, status: statusFor(limei) });
    const bridge = installFakeBridge({
      'complaints.create': () => {
        throw new ApiError('VALIDATION', 'invalid', [{ path: 'content', message: 'too long' }]);
      },
    });
    const error = (await api.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: 'x', content: 'y' }).catch((e: unknown) => e)) as ApiCallError;
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'content', message: 'too long' }]);
    expect(bridge.calls[0]).toMatchObject({ method: 'complaints.create', session: TOKEN, lang: 'zh-CN' });
    // A validation error leaves the session alone.
    expect(useSessionStore.getState().token).toBe(TOKEN);
  });

  it('clears the session when the core rejects it on a non-public call', async () => {
    useSessionStore.setState({ token: TOKEN, user: limei, status: statusFor(limei) });
    installFakeBridge({
      'sync.status': () => {
        throw new ApiError('UNAUTHENTICATED', 'please sign in');
      },
    });
    await expect(api.call('sync.status', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(useSessionStore.getState()).toMatchObject({ token: null, user: null, notice: 'sessionExpired' });
  });

  it('leaves the session alone when a public call answers UNAUTHENTICATED (a wrong PIN)', async () => {
    useSessionStore.setState({ token: TOKEN, user: limei, status: statusFor(limei) });
    installFakeBridge({
      'session.signIn': () => {
        throw new ApiError('UNAUTHENTICATED', 'wrong');
      },
    });
    await expect(api.call('session.signIn', { login: 'limei', secret: '000000' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(useSessionStore.getState().token).toBe(TOKEN);
  });
});
