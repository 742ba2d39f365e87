import { z } from 'zod';

export const API_ERROR_CODES = [
  'VALIDATION', // input failed its schema; `issues` lists the fields
  'UNAUTHENTICATED', // no session, or it expired through inactivity
  'FORBIDDEN', // signed in, but the roles do not grant the method
  'NOT_FOUND',
  'CONFLICT', // the request contradicts the stored state
  'RATE_LIMITED', // too many failed sign-ins
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * A parameter of a reason. A moment travels as `{ at: ISO }` so that the UI
 * formats it for the reader's language and the site's time zone; the core
 * never writes a raw timestamp into a sentence.
 */
export const reasonParamSchema = z.union([z.string(), z.number(), z.object({ at: z.string() }), z.object({ date: z.string() })]);
export type ReasonParam = z.infer<typeof reasonParamSchema>;

/**
 * Why something was refused, as an i18n key with parameters
 * (`{ key: 'workflow.errors.planBeyondLimit', params: { limit: { at: '…' } } }`).
 * The key is the renderer's translation key; the message beside it stays as a
 * fallback for readers without the key (logs, head office, older clients).
 */
export const errorReasonSchema = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/),
  params: z.record(z.string(), reasonParamSchema).optional(),
});
export type ErrorReason = z.infer<typeof errorReasonSchema>;

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  reason: errorReasonSchema.optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  reason: errorReasonSchema.optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Thrown by handlers and the dispatcher; transports turn it into an `ApiErrorBody`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The way new code refuses: a code, a translation key and its parameters.
   * With `path`, the reason is also a field issue, so the form shows it under that field.
   */
  static because(code: ApiErrorCode, key: string, params?: ErrorReason['params'], path?: string): ApiError {
    const reason: ErrorReason = params ? { key, params } : { key };
    const issues = path === undefined ? undefined : [{ path, message: key, reason }];
    return new ApiError(code, key, issues, reason);
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
