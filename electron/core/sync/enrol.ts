import { PATHS, enrolResponseSchema } from '../../../shared/sync/protocol';
import type { WriteDb } from '../db/handles';
import { recordEvent } from '../change-log/change-log';
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

export interface Enrolled {
  siteId: string;
  siteCode: string;
  deviceId: string;
}

/** Spends the one-time code at head office and keeps what it returns. */
export async function enrolDevice(options: SyncOptions, input: EnrolInput): Promise<Enrolled> {
  const serverUrl = new URL(input.serverUrl).toString();
  const { value } = await exchange(transportFor(options, { serverUrl }), 'POST', PATHS.enrol, enrolResponseSchema, {
    json: { code: input.code, deviceName: input.deviceName },
  });
  const enrolled = { siteId: value.siteId, siteCode: value.siteCode, deviceId: value.deviceId };
  options.store.transaction((tx) => storeEnrolment(tx, { serverUrl, credential: value.credential, ...enrolled }, { userId: input.userId, at: options.now(), via: 'network' }));
  return enrolled;
}

/**
 * What an enrolment keeps, however it came (over the network, or from an
 * enrolment file): the credential in `sync_state` only. The audit row says
 * that enrolment happened, how, and with which site and device — never the
 * credential. A new enrolment starts pulling from the beginning.
 */
export function storeEnrolment(
  tx: WriteDb,
  enrolment: Enrolled & { serverUrl: string; credential: string },
  audit: { userId: string | null; at: Date; via: 'network' | 'file'; fileId?: string },
): void {
  writeState(tx, 'serverUrl', enrolment.serverUrl);
  writeState(tx, 'credential', enrolment.credential);
  writeState(tx, 'siteId', enrolment.siteId);
  writeState(tx, 'siteCode', enrolment.siteCode);
  writeState(tx, 'deviceId', enrolment.deviceId);
  writeState(tx, 'pullCursor', '0');
  writeState(tx, 'inFlightBatch', null);
  writeState(tx, 'lastError', null);
  const { serverUrl, siteId, siteCode, deviceId } = enrolment;
  recordEvent(tx, {
    userId: audit.userId,
    at: audit.at,
    action: 'sync.enrol',
    entity: 'sync',
    entityId: deviceId,
    detail: { serverUrl, siteId, siteCode, deviceId, via: audit.via, ...(audit.fileId ? { fileId: audit.fileId } : {}) },
  });
}
