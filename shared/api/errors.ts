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

export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** Thrown by handlers and the dispatcher; transports turn it into an `ApiErrorBody`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}
