/**
 * What went wrong with sync, in the few kinds a station lead can act on. The
 * engine records a code (head office's error code, or the client's own:
 * network, timeout, protocol, not_enrolled, busy) and the HTTP status when
 * head office answered; the sync page turns the kind into a sentence and
 * keeps the code and the raw message as the technical detail.
 */
export const SYNC_ERROR_KINDS = [
  'network', // head office not reached: no network, wrong address, server down
  'timeout', // reached, but no answer in time (a very slow link)
  'revoked', // head office revoked this computer (403)
  'unauthorized', // head office does not know this computer's credential (401)
  'codeInvalid', // the one-time enrolment code is wrong, used or expired
  'tooLarge', // a body over head office's limit (413)
  'server', // head office failed (5xx)
  'overloaded', // head office asked to come back later (503/429 with Retry-After: many sites at once)
  'refused', // head office refused the data (another 4xx)
  'protocol', // an answer that is not the protocol (an old server, a proxy page)
  'notEnrolled',
  'busy',
  'other', // a failure on this computer
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

const BY_CODE: Record<string, SyncErrorKind> = {
  network: 'network',
  timeout: 'timeout',
  device_revoked: 'revoked',
  unauthorized: 'unauthorized',
  enrol_code_invalid: 'codeInvalid',
  too_large: 'tooLarge',
  protocol: 'protocol',
  not_enrolled: 'notEnrolled',
  busy: 'busy',
  overloaded: 'overloaded',
};

export function classifySyncError(error: { code: string; status?: number | undefined }): SyncErrorKind {
  const byCode = BY_CODE[error.code];
  if (byCode) return byCode;
  const status = error.status ?? 0;
  if (status === 413) return 'tooLarge';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'revoked';
  if (status === 503) return 'overloaded';
  if (status >= 500) return 'server';
  if (status >= 400) return 'refused';
  return 'other';
}

/** Kinds after which only a new enrolment (a new code from head office) helps. */
export function needsNewEnrolment(kind: SyncErrorKind): boolean {
  return kind === 'revoked' || kind === 'unauthorized' || kind === 'notEnrolled';
}
