/**
 * Complaint serial numbers, unique across all sites without a network:
 * `<site code>-<yyyymmdd>-<4-digit daily sequence>`, e.g. `YY42-20261123-0007`.
 * Head office assigns each site a unique code, so no two sites can collide.
 */

import { localIsoDay } from './local-day';
export const SITE_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;

export function formatSerialNumber(siteCode: string, localDay: string, sequence: number): string {
  if (!SITE_CODE_PATTERN.test(siteCode)) throw new Error(`invalid site code: ${siteCode}`);
  if (!/^\d{8}$/.test(localDay)) throw new Error(`invalid day: ${localDay}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`invalid sequence: ${sequence}`);
  return `${siteCode}-${localDay}-${String(sequence).padStart(4, '0')}`;
}

/** The calendar day (yyyymmdd) of an instant in the site's time zone. */
export function localDayOf(instant: Date, timeZone: string): string {
  return localIsoDay(instant, timeZone).replaceAll('-', '');
}
