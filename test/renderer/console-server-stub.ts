import { afterEach, beforeEach, vi } from 'vitest';

/**
 * The console talks to its server with fetch: a test answers the paths it
 * expects (`'GET /api/v1/console/…'`) and reads what was sent.
 */
export type Answer = (body: unknown) => { status: number; json: unknown };
export interface ConsoleServerStub {
  routes: Record<string, Answer>;
  sent: { method: string; path: string; body: unknown }[];
}

export function stubConsoleServer(): ConsoleServerStub {
  const stub: ConsoleServerStub = { routes: {}, sent: [] };
  beforeEach(() => {
    // jsdom has <dialog> but not its modal API: open it in place (Chromium's modal behaviour is the e2e's business).
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    stub.routes = {};
    stub.sent = [];
    vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      stub.sent.push({ method, path, body });
      const answer = stub.routes[`${method} ${path}`];
      const { status, json } = answer ? answer(body) : { status: 404, json: { error: { code: 'not_found', message: `没有 / none: ${method} ${path}` } } };
      return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return stub;
}
