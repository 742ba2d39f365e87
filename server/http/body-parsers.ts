import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_DECOMPRESSED_BYTES } from '../../shared/sync/protocol';
import { SyncHttpError } from './errors';

/**
 * What a route says about its body (fastify's route `config`): whether it
 * takes a gzip'd body, and the most it may hold once decompressed. Only
 * routes whose caller is authenticated from the headers (a device's bearer
 * credential, checked in the route's onRequest hook) take gzip: an
 * unauthenticated caller (enrolment, console sign-in) gets its body read as
 * it came, under the route's small body limit.
 */
export interface BodyConfig {
  gzip?: boolean;
  /** Bytes once decompressed (default MAX_DECOMPRESSED_BYTES). */
  decompressedLimit?: number;
}

/**
 * JSON bodies, plain or gzip-compressed (`Content-Encoding: gzip`), and raw
 * bytes for blob uploads and transfer files. Parsers run after the route's
 * onRequest hooks, so a request without its credential is refused before a
 * byte of its body is read. The body is read as a stream: the bytes on the
 * wire are bounded by the route's body limit (a Content-Length above it is
 * refused before reading), and a gzip body is decompressed as it arrives
 * and cut off at its decompressed limit (413), so a small gzip bomb never
 * expands in memory.
 */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', async (request: FastifyRequest, payload: Readable) => parseJson(await readBody(request, payload)));
  app.addContentTypeParser('application/octet-stream', async (request: FastifyRequest, payload: Readable) => readBody(request, payload));
}

const tooLarge = (what: string) => new SyncHttpError(413, 'too_large', what);

async function readBody(request: FastifyRequest, payload: Readable): Promise<Buffer> {
  const config = (request.routeOptions.config ?? {}) as BodyConfig;
  const wireLimit = request.routeOptions.bodyLimit ?? 0;
  const encoding = String(request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && (encoding !== 'gzip' || !config.gzip)) {
    payload.resume();
    throw new SyncHttpError(415, 'bad_encoding', `不支持的压缩方式 / unsupported Content-Encoding: ${encoding}`);
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > wireLimit) {
    payload.resume();
    throw tooLarge('请求内容过大 / request body too large');
  }
  if (encoding === 'identity') return collect(payload, wireLimit, () => tooLarge('请求内容过大 / request body too large'), 'drain');
  return gunzipBounded(payload, wireLimit, config.decompressedLimit ?? MAX_DECOMPRESSED_BYTES);
}

/**
 * Reads a stream to its end, refusing it past `limit` bytes. Past the limit
 * the request itself is drained (its bytes read and dropped, so the client
 * gets our 413 rather than a reset), a decompressor destroyed (going on
 * would only burn CPU on a bomb).
 */
function collect(stream: Readable, limit: number, overLimit: () => SyncHttpError, past: 'drain' | 'destroy'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.off('data', onData);
      stream.off('end', onEnd);
      chunks.length = 0;
      if (past === 'destroy') stream.destroy();
      else stream.resume();
      reject(overLimit());
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', reject);
    // A client that went away mid-body: nothing more will come (after 'end' this changes nothing).
    stream.once('close', () => reject(new SyncHttpError(400, 'invalid_body', '请求内容不完整 / the body was cut off')));
  });
}

/** Decompresses as the bytes arrive: at most `wireLimit` in, `limit` out. */
async function gunzipBounded(payload: Readable, wireLimit: number, limit: number): Promise<Buffer> {
  const gunzip = createGunzip();
  let received = 0;
  let overWire = false;
  payload.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > wireLimit && !overWire) {
      overWire = true;
      gunzip.destroy(tooLarge('请求内容过大 / request body too large'));
    }
  });
  payload.once('close', () => {
    if (!payload.readableEnded) gunzip.destroy(new SyncHttpError(400, 'invalid_body', '请求内容不完整 / the body was cut off'));
  });
  payload.pipe(gunzip);
  try {
    return await collect(gunzip, limit, () => tooLarge('解压后的内容过大 / body too large once decompressed'), 'destroy');
  } catch (error) {
    payload.unpipe(gunzip);
    payload.resume();
    if (error instanceof SyncHttpError) throw error;
    throw new SyncHttpError(400, 'bad_encoding', '内容不是有效的 gzip 数据 / the body is not valid gzip');
  }
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) throw new SyncHttpError(400, 'invalid_body', '请求内容为空 / empty body');
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SyncHttpError(400, 'bad_json', '请求内容不是有效的 JSON / the body is not valid JSON');
  }
}
