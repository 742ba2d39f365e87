import { PATHS, enrolResponseSchema } from '../../../shared/sync/protocol';
import { recordEvent } from '../services/change-log';
import { exchange } from './http';
import { transportFor, type SyncOptions } from './options';
import { writeState } from './sync-state';

export interface EnrolInput {
  serverUrl: string;
  code: string;
  deviceName: string;
  /** Who did it, for the audit row. */
  userId: string | null;
}

/**
 * Spends the one-time code at head office and keeps what it returns. The
 * audit row says that enrolment happened and with which site and device —
 * never the credential. A new enrolment starts pulling from the beginning.
 */
export async function enrolDevice(options: SyncOptions, input: EnrolInput): Promise<{ siteId: string; siteCode: string; deviceId: string }> {
  const serverUrl = new URL(input.serverUrl).toString();
  const { value } = await exchange(transportFor(options, { serverUrl }), 'POST', PATHS.enrol, enrolResponseSchema, {
    json: { code: input.code, deviceName: input.deviceName },
  });
  options.store.transaction((tx) => {
    writeState(tx, 'serverUrl', serverUrl);
    writeState(tx, 'credential', value.credential);
    writeState(tx, 'siteId', value.siteId);
    writeState(tx, 'siteCode', value.siteCode);
    writeState(tx, 'deviceId', value.deviceId);
    writeState(tx, 'pullCursor', '0');
    writeState(tx, 'inFlightBatch', null);
    writeState(tx, 'lastError', null);
    recordEvent(tx, {
      userId: input.userId,
      at: options.now(),
      action: 'sync.enrol',
      entity: 'sync',
      entityId: value.deviceId,
      detail: { serverUrl, siteId: value.siteId, siteCode: value.siteCode, deviceId: value.deviceId },
    });
  });
  return { siteId: value.siteId, siteCode: value.siteCode, deviceId: value.deviceId };
}
