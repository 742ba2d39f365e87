import { ApiError } from '../../shared/api/errors';

/** A refusal tied to one input field, so the form shows it under that field. */
export function fieldError(path: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ path, message }]);
}

/** How far in the future a typed time may lie (clock drift between a phone and the PC). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function notInFuture(iso: string | undefined, now: Date, path: string, what: string): void {
  if (iso && new Date(iso).getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw fieldError(path, `${what}不能晚于当前时间 / ${path} cannot be in the future`);
  }
}
