import type { z } from 'zod';
import { errorBodySchema } from '../../../shared/sync/protocol';

export type FetchLike = typeof fetch;

/** A failed exchange with head office, with a "中文 / English" message for the user. */
export class SyncClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status; 0 when the server was never reached (or its answer was lost). */
    readonly status = 0,
    /** How long head office asked to be left alone (its Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncClientError';
  }
}

export interface Transport {
  serverUrl: string;
  credential?: string;
  fetch: FetchLike;
  timeoutMs: number;
}

export interface SentRequest<T> {
  value: T;
  /** Bytes put on the wire (the compressed body). */
  bytes: number;
  /** How much of the wait was head office's own work, queueing included, when it said (Server-Timing `app`); the rest was the link. */
  serverMs?: number;
}

/** JSON, JSON the caller compressed with gzip (a push batch, prepared ahead), or raw bytes. */
type Body = { json: unknown } | { gzippedJson: Uint8Array } | { bytes: Uint8Array } | undefined;

/** One request; a non-2xx answer, a timeout, a lost connection or an answer off the protocol become a `SyncClientError`. */
export async function exchange<S extends z.ZodType>(transport: Transport, method: string, path: string, schema: S, body?: Body): Promise<SentRequest<z.output<S>>> {
  // Offered explicitly: undici offers only gzip over plain http, and brotli makes pulled templates a tenth smaller. fetch decodes the answer itself.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-encoding': 'br, gzip' };
  if (transport.credential) headers.authorization = `Bearer ${transport.credential}`;
  let payload: Uint8Array | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = Buffer.from(JSON.stringify(body.json), 'utf8');
  } else if (body && 'gzippedJson' in body) {
    headers['content-type'] = 'application/json';
    headers['content-encoding'] = 'gzip';
    payload = body.gzippedJson;
  } else if (body) {
    headers['content-type'] = 'application/octet-stream';
    payload = body.bytes;
  }
  let response: Response;
  let text: string;
  try {
    response = await transport.fetch(new URL(path, transport.serverUrl), {
      method,
      headers,
      // A view, not a copy; typed as over an ArrayBuffer for the DOM and Node typings of fetch alike.
      ...(payload ? { body: new Uint8Array(payload.buffer as ArrayBuffer, payload.byteOffset, payload.byteLength) } : {}),
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    throw new SyncClientError(
      timedOut ? 'timeout' : 'network',
      timedOut ? '总部服务器响应超时，稍后会重试 / head office did not answer in time; will retry' : '无法连接总部服务器，稍后会重试 / cannot reach head office; will retry',
    );
  }
  const json = parseJson(text);
  if (!response.ok) {
    const retryAfterMs = retryAfter(response.headers.get('retry-after'));
    const known = errorBodySchema.safeParse(json);
    if (known.success) throw new SyncClientError(known.data.error.code, known.data.error.message, response.status, retryAfterMs);
    throw new SyncClientError('http', `总部服务器返回错误 ${response.status} / head office answered ${response.status}`, response.status, retryAfterMs);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SyncClientError('protocol', '总部服务器的回应不符合协议 / head office answered off the protocol', response.status);
  const serverMs = serverTiming(response.headers.get('server-timing'));
  return { value: parsed.data, bytes: payload?.byteLength ?? 0, ...(serverMs === undefined ? {} : { serverMs }) };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfter(header: string | null, nowMs = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; Date.parse alone would take "-5" or "1.5" for dates.
  if (!/^[A-Za-z]{3}, /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** The `app` metric of a Server-Timing header (`app;dur=12.5`), in milliseconds. */
export function serverTiming(header: string | null): number | undefined {
  const match = header ? /(?:^|,)\s*app\s*;(?:[^,]*;)?\s*dur=([\d.]+)/.exec(header) : null;
  const ms = match ? Number(match[1]) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
