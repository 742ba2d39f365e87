import type { ApiMethod } from '../../shared/api/contract';
import type { RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { ApiError } from '../../shared/api/errors';

/** Answers one method; throw an `ApiError` to answer `{ ok: false }`. */
export type FakeHandler = (input: any, envelope: RequestEnvelope) => unknown;
export type FakeHandlers = Partial<Record<ApiMethod, FakeHandler>>;

export interface FakeBridge {
  calls: RequestEnvelope[];
  callsTo: (method: ApiMethod) => RequestEnvelope[];
  handlers: FakeHandlers;
}

/** Installs `window.bridge` as Electron's preload would, answering from `handlers`. */
export function installFakeBridge(handlers: FakeHandlers): FakeBridge {
  const calls: RequestEnvelope[] = [];
  window.bridge = {
    call: async (envelope): Promise<ResponseEnvelope> => {
      calls.push(envelope);
      const handler = handlers[envelope.method as ApiMethod];
      if (!handler) return { ok: false, error: { code: 'NOT_FOUND', message: `no fake for ${envelope.method}` } };
      try {
        return { ok: true, value: await handler(envelope.input, envelope) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        throw error;
      }
    },
  };
  return { calls, callsTo: (method) => calls.filter((c) => c.method === method), handlers };
}
