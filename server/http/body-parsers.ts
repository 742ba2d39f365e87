import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_DECOMPRESSED_BYTES } from '../../shared/sync/protocol';
import { SyncHttpError } from './errors';

/**
 * JSON bodies, plain or gzip-compressed (`Content-Encoding: gzip`), and raw
 * bytes for blob uploads. Fastify's body limit bounds the bytes on the wire;
 * decompression is bounded separately, so a small gzip bomb is a 413 rather
 * than an exhausted server.
 */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parseJson(decode(request, body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, decode(request, body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

function decode(request: FastifyRequest, body: Buffer): Buffer {
  const encoding = String(request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return body;
  if (encoding !== 'gzip') throw new SyncHttpError(415, 'bad_encoding', `不支持的压缩方式 / unsupported Content-Encoding: ${encoding}`);
  try {
    return gunzipSync(body, { maxOutputLength: MAX_DECOMPRESSED_BYTES });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SyncHttpError(413, 'too_large', '解压后的内容过大 / body too large once decompressed');
    }
    throw new SyncHttpError(400, 'bad_encoding', '内容不是有效的 gzip 数据 / the body is not valid gzip');
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SyncHttpError(400, 'bad_json', '请求内容不是有效的 JSON / the body is not valid JSON');
  }
}
