import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ErrorBody, SyncErrorCode } from '../../shared/sync/protocol';
import { isConnectionUnavailable } from '../db/errors';

/** An answer other than 2xx, with its code and a "中文 / English" message. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: SyncErrorCode,
    message: string,
    /** Sent as Retry-After (a 429 says when to try again). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Parses with a protocol schema; a failure is a 400 naming the fields. */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw new SyncHttpError(400, 'invalid_body', `请求内容不符合协议 / the request does not match the protocol: ${detail}`);
}

/** Fastify's own refusals (size, content type), our errors, no database connection in time as 503, and anything else as a logged 500. */
export function installErrorHandlers(app: FastifyInstance, retryAfterSeconds: number): void {
  app.setErrorHandler((error: FastifyError | SyncHttpError, request, reply) => {
    if (error instanceof SyncHttpError) {
      if (error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.status).send(error.toBody());
    }
    const known = fromFastify(error);
    if (known) return reply.status(known.status).send(known.toBody());
    if (isConnectionUnavailable(error)) {
      request.log.warn(error);
      const busy = new SyncHttpError(503, 'overloaded', `总部正忙，请 ${retryAfterSeconds} 秒后再试 / head office is busy: try again in ${retryAfterSeconds} s`);
      return reply.status(503).header('retry-after', String(retryAfterSeconds)).send(busy.toBody());
    }
    request.log.error(error);
    return reply.status(500).send(new SyncHttpError(500, 'internal', '服务器内部错误，已记录 / internal server error, logged').toBody());
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(new SyncHttpError(404, 'not_found', `没有这个接口 / no such endpoint: ${request.method} ${request.url.split('?')[0]}`).toBody()),
  );
}

function fromFastify(error: FastifyError): SyncHttpError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new SyncHttpError(413, 'too_large', '请求内容过大 / request body too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new SyncHttpError(415, 'unsupported_media_type', '不支持的内容类型 / unsupported content type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new SyncHttpError(400, 'invalid_body', '请求内容为空或长度不对 / empty body or wrong length');
    default:
      return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? new SyncHttpError(error.statusCode, 'invalid_body', `请求无效 / bad request: ${error.message}`)
        : null;
  }
}
