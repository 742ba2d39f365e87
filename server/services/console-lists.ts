import type { Kysely } from 'kysely';
import type { SiteSummary, StaffAccount } from '../../shared/sync/console-api';
import type { SiteSort, StaffSort, siteListQuerySchema, staffListQuerySchema } from '../../shared/sync/console-lists-api';
import type { z } from 'zod';
import type { ServerDatabase } from '../db/schema';
import { siteSummaries, withProfiles } from './console-sites';
import { listStaff } from './console-staff';

/**
 * The sites and staff screens' lists: filtered, sorted, counted and paged
 * here in Node rather than in SQL. Both tables are small (sites in the
 * hundreds, staff in the dozens), and Node's ICU collator sorts Chinese names
 * in pinyin order the same on SQLite and PostgreSQL, which neither engine
 * does without a collation the server may not have.
 */

type SiteListQuery = z.output<typeof siteListQuerySchema>;
type StaffListQuery = z.output<typeof staffListQuerySchema>;
export interface Paged<Row> {
  rows: Row[];
  total: number;
}

/** zh-CN collation: Hanzi by pinyin (阿明 < 李四 < 张三), Latin letters case-insensitively. */
const collator = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
type Compare<Row> = (a: Row, b: Row) => number;

function contains(needle: string | undefined, ...haystack: string[]): boolean {
  if (!needle) return true;
  const wanted = needle.toLocaleLowerCase();
  return haystack.some((text) => text.toLocaleLowerCase().includes(wanted));
}

/** Rows without the value (never synced) last in either direction, like the other console lists. */
function nullsLast<Row>(value: (row: Row) => string | null): (dir: 'asc' | 'desc') => Compare<Row> {
  return (dir) => (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (dir === 'asc' ? 1 : -1) * (x < y ? -1 : x > y ? 1 : 0);
  };
}

function directed<Row>(compare: Compare<Row>): (dir: 'asc' | 'desc') => Compare<Row> {
  return (dir) => (a, b) => (dir === 'asc' ? 1 : -1) * compare(a, b);
}

/** Sorted by the chosen column, then by the tie-break, so a page never repeats or skips a row. */
function pageOf<Row>(rows: Row[], compare: Compare<Row>, tieBreak: Compare<Row>, input: { offset: number; limit: number }): Paged<Row> {
  const sorted = [...rows].sort((a, b) => compare(a, b) || tieBreak(a, b));
  return { rows: sorted.slice(input.offset, input.offset + input.limit), total: rows.length };
}

const SITE_ORDER: Record<SiteSort, (dir: 'asc' | 'desc') => Compare<SiteSummary>> = {
  code: directed((a, b) => collator.compare(a.code, b.code)),
  name: directed((a, b) => collator.compare(a.name, b.name)),
  lastSync: nullsLast((s) => s.lastSyncAt),
  created: directed((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
};

function hasDeviceState(site: SiteSummary, state: SiteListQuery['devices']): boolean {
  const active = site.devices.some((d) => d.revokedAt === null);
  if (state === 'enrolled') return active;
  if (state === 'unenrolled') return !active;
  if (state === 'revoked') return site.devices.some((d) => d.revokedAt !== null);
  return true;
}

export async function listSitesPage(db: Kysely<ServerDatabase>, input: SiteListQuery): Promise<Paged<SiteSummary>> {
  const matching = (await siteSummaries(db)).filter((site) => contains(input.q, site.code, site.name) && hasDeviceState(site, input.devices));
  const paged = pageOf(matching, SITE_ORDER[input.sort](input.dir), (a, b) => (a.id < b.id ? -1 : 1), input);
  return { rows: await withProfiles(db, paged.rows), total: paged.total };
}

const STAFF_ORDER: Record<StaffSort, (dir: 'asc' | 'desc') => Compare<StaffAccount>> = {
  login: directed((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0)),
  name: directed((a, b) => collator.compare(a.displayName, b.displayName)),
  created: directed((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
};

export async function listStaffPage(db: Kysely<ServerDatabase>, input: StaffListQuery): Promise<Paged<StaffAccount>> {
  const wantDisabled = input.state === undefined ? undefined : input.state === 'disabled';
  const matching = (await listStaff(db)).filter((a) => contains(input.q, a.login, a.displayName) && (wantDisabled === undefined || (a.disabledAt !== null) === wantDisabled));
  return pageOf(matching, STAFF_ORDER[input.sort](input.dir), (a, b) => (a.id < b.id ? -1 : 1), input);
}
