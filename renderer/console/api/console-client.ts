import type { z } from 'zod';
import { errorBodySchema } from '../../../shared/sync/protocol';
import { localiseCoreMessage } from '../../i18n/i18n';

/** A refused console call: the HTTP status, the server's code and its message in the current language. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

/** Called when any call answers 401: the session ended (expired, signed out elsewhere). */
let onUnauthorised: () => void = () => {};
export function setUnauthorisedHandler(handler: () => void): void {
  onUnauthorised = handler;
}

/**
 * One JSON call to the console API, same origin, with the session cookie the
 * browser keeps (HttpOnly: script never sees it). The answer is parsed with
 * the shared schema, so a server and console out of step fail loudly.
 */
export async function consoleCall<S extends z.ZodType>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: S, body?: unknown): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ConsoleApiError(0, 'network', localiseCoreMessage('无法连接总部服务器 / cannot reach the head-office server'));
  }
  return answerOf(response, path, schema);
}

async function answerOf<S extends z.ZodType>(response: Response, path: string, schema: S): Promise<z.output<S>> {
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    const error = parsed.success ? parsed.data.error : { code: 'internal' as const, message: `HTTP ${response.status}` };
    if (response.status === 401 && path !== '/api/v1/console/session') onUnauthorised();
    throw new ConsoleApiError(response.status, error.code, localiseCoreMessage(error.message));
  }
  return schema.parse(json);
}

/** Uploads a file's bytes (application/octet-stream) to a console endpoint and parses the JSON answer like consoleCall. */
export async function consoleUpload<S extends z.ZodType>(path: string, bytes: Blob, schema: S): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  } catch {
    throw new ConsoleApiError(0, 'network', localiseCoreMessage('无法连接总部服务器 / cannot reach the head-office server'));
  }
  return answerOf(response, path, schema);
}

/** `?a=1&b=x` from the defined, non-empty values. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
