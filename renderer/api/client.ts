import { apiContract, type ApiInput, type ApiMethod, type ApiOutput } from '../../shared/api/contract';
import type { RequestEnvelope } from '../../shared/api/envelope';
import { currentLanguage } from '../i18n/i18n';
import { ApiCallError } from './api-call-error';
import { pickTransport } from './transport';

/**
 * How the client learns about the session without importing the session
 * store (which itself calls the client): the store registers these.
 */
export interface SessionBinding {
  token: () => string | null;
  /** The core said the session is gone (expired or signed out elsewhere). */
  onUnauthenticated: () => void;
}

let binding: SessionBinding = { token: () => null, onUnauthenticated: () => {} };
const writeListeners = new Set<(method: ApiMethod) => void>();

export function bindSession(next: SessionBinding): void {
  binding = next;
}

/** Called after every successful call that wrote business data (e.g. to refresh the sync queue). */
export function onWrite(listener: (method: ApiMethod) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const token = binding.token();
  const envelope: RequestEnvelope = { method, input, lang: currentLanguage(), ...(token ? { session: token } : {}) };
  const response = await pickTransport()(envelope);
  if (!response.ok) {
    const { code, message, issues, reason } = response.error;
    if (code === 'UNAUTHENTICATED' && apiContract[method].access !== 'public') binding.onUnauthenticated();
    throw new ApiCallError(code, message, issues ?? [], reason);
  }
  if (apiContract[method].writes) writeListeners.forEach((listener) => listener(method));
  // The dispatcher already checked the output against the contract.
  return response.value as ApiOutput<M>;
}

export const api = { call };
