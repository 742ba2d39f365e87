import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type AnswerEncoding = 'br' | 'gzip';

/**
 * Answers shorter than this go as they are: an empty pull page
 * (`{"items":[],"nextCursor":5,"more":false}`) would only grow, and the
 * round trip to the compressor costs more than the bytes saved.
 */
export const COMPRESS_FROM_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer in, from the request's Accept-Encoding: brotli
 * before gzip (JSON of templates comes out about a tenth smaller), either
 * only if listed (or `*`) without `q=0`; null for plain bytes. A client that
 * sends no Accept-Encoding gets plain JSON (RFC 9110 §12.5.3 would allow any
 * coding, but a client that never asked may not decode).
 */
export function acceptedEncoding(header: string | string[] | undefined): AnswerEncoding | null {
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (coding: AnswerEncoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * Compressed off the event loop (zlib's thread pool), so hundreds of sites
 * pulling at once do not hold up other requests. Brotli at quality 5: a
 * tenth smaller than gzip's default level for twice its CPU (~5 ms for all
 * shipped templates); quality 4 is no smaller than gzip, and the top
 * qualities cost ten times the CPU for a few per cent.
 */
export function compress(bytes: Buffer, encoding: AnswerEncoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(bytes);
  return brotli(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  });
}

/**
 * The last few answers compressed, by their bytes' SHA-256: sites syncing
 * after a publication all pull the same page (every template, ~200 KB of
 * JSON), and each compressed it again (~5 ms of CPU, and a hand-off to
 * zlib's threads, per site: 500 sites at once, issue 24). A hash of the
 * bytes costs a fraction of that, and an answer that differs in one byte is
 * compressed anew, so nothing stale is ever sent.
 */
export class CompressedAnswers {
  private readonly kept = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly size: number,
    private readonly compressor: typeof compress = compress,
  ) {}

  get(json: Buffer, encoding: AnswerEncoding): Promise<Buffer> {
    const key = `${encoding}:${createHash('sha256').update(json).digest('base64')}`;
    const hit = this.kept.get(key);
    if (hit) {
      // Most recently used last: the first key is the one to drop.
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    const made = this.compressor(json, encoding);
    this.kept.set(key, made);
    made.catch(() => this.kept.delete(key));
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return made;
  }
}

const compressed = new CompressedAnswers(16);

/**
 * Sends JSON text, compressed in the encoding the client accepts
 * (Content-Encoding), plain otherwise. `Vary: Accept-Encoding` keeps a cache
 * in between from handing one client's encoding to another.
 */
export async function sendJsonText(request: FastifyRequest, reply: FastifyReply, text: string): Promise<FastifyReply> {
  const json = Buffer.from(text, 'utf8');
  void reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
  const encoding = json.byteLength >= COMPRESS_FROM_BYTES ? acceptedEncoding(request.headers['accept-encoding']) : null;
  if (!encoding) return reply.send(json);
  return reply.header('content-encoding', encoding).send(await compressed.get(json, encoding));
}
