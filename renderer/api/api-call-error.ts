import type { ApiErrorCode, ErrorReason, FieldIssue } from '../../shared/api/errors';

/** 'TRANSPORT': the request never reached the dispatcher (network down, server stopped, bad response). */
export type ApiCallErrorCode = ApiErrorCode | 'TRANSPORT';

/** What `api.call` throws when the core answers `{ ok: false }` or cannot be reached. */
export class ApiCallError extends Error {
  readonly code: ApiCallErrorCode;
  /** Field-level problems, `path` as the dispatcher reports it (e.g. `customerPhone`, `site.code`). */
  readonly issues: FieldIssue[];
  /** Why, as a translation key with parameters, where the core gave one. */
  readonly reason: ErrorReason | undefined;

  constructor(code: ApiCallErrorCode, message: string, issues: FieldIssue[] = [], reason?: ErrorReason) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.issues = issues;
    this.reason = reason;
  }
}

export function isApiCallError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError;
}
