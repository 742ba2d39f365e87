import { apiErrorSchema } from '../../shared/api/errors';
import type { RequestEnvelope, ResponseEnvelope } from '../../shared/api/envelope';
import { ApiCallError } from './api-call-error';
import { launchKey } from './launch-key';

export const API_PATH = '/api';
export const KEY_HEADER = 'x-branchline-key';

/** Browser mode: POST the envelope to the local HTTP bridge, which runs the same dispatcher as Electron. */
export async function httpTransport(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  let response: Response;
  try {
    response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [KEY_HEADER]: launchKey() ?? '' },
      body: JSON.stringify(envelope),
    });
  } catch (error) {
    throw new ApiCallError('TRANSPORT', error instanceof Error ? error.message : String(error));
  }
  // The bridge answers errors (401, 413, …) with an envelope too, so read the body whatever the status.
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiCallError('TRANSPORT', `HTTP ${response.status}: response is not JSON`);
  }
  if (isEnvelope(body)) return body;
  throw new ApiCallError('TRANSPORT', `HTTP ${response.status}: unexpected response`);
}

function isEnvelope(body: unknown): body is ResponseEnvelope {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return body.ok === false && 'error' in body && apiErrorSchema.safeParse(body.error).success;
}
