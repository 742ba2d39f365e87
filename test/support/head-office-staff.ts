import path from 'node:path';
import type { Role } from '../../shared/domain/roles';
import type { Store } from '../../electron/core/db/store';
import { DATABASE_FILE_NAME, openStore } from '../../electron/core/db/store';
import { hashSecret } from '../../electron/core/users/passwords';
import { applyUser } from '../../electron/core/sync/apply-reference-records';
import { TEST_SCRYPT_COST } from './temp-core';

export interface StaffMember {
  login: string;
  displayName: string;
  roles: Role[];
  unit: string;
}

/**
 * Puts people on the site's staff list as head office's list does (a pulled
 * user record, applied by the sync code), PIN 123456. The way a site gets
 * accounts holding rights no site account holds (分管领导, 行政人事部, 总经理):
 * a station lead may not create them (issue 18 §1.4).
 */
export async function addHeadOfficeStaff(store: Store, people: readonly StaffMember[], at = new Date()): Promise<void> {
  const secretHash = await hashSecret('123456', TEST_SCRYPT_COST);
  store.transaction((tx) => {
    for (const p of people) applyUser(tx, { ...p, active: true, secretKind: 'pin', secretHash }, at.toISOString());
  });
}

/** The same, on the database file of a running browser-mode server (WAL lets a second connection write beside it). */
export async function addHeadOfficeStaffToFile(dataDir: string, people: readonly StaffMember[]): Promise<void> {
  const store = openStore(path.join(dataDir, DATABASE_FILE_NAME));
  try {
    await addHeadOfficeStaff(store, people);
  } finally {
    store.close();
  }
}
