import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import type { ConsoleUser } from '../../shared/sync/console-api';
import type { ExportRequest, RegisterEntry, RegisterQuery, RevealRequest, RevealResponse } from '../../shared/sync/console-privacy-api';
import type { HeadOfficePersonalAccessTable, ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { appendHeadOfficeAccess, headOfficeAccess, pushedRecord, siteAccess } from './personal-access-repository';

/** 地点 of head office's entries (seed002 客户管理制度1 第三十七条). */
export const HEAD_OFFICE_PLACE = '总部控制台';

/**
 * 查看完整号码 at head office: one pushed record in full for a staff member holding the right (granted by an
 * administrator), registered with the reason before it is answered (第二十五条 查阅登记). A member without the
 * right is refused and nothing is registered.
 */
export async function revealRecord(db: Kysely<ServerDatabase>, user: ConsoleUser, input: RevealRequest, now: Date): Promise<RevealResponse> {
  if (!user.personalReadFull) throw new SyncHttpError(403, 'forbidden', '没有查看完整个人信息的权限 / you may not see personal data in full');
  const record = await pushedRecord(db, input.siteId, input.entity, input.id);
  if (!record) throw new SyncHttpError(404, 'not_found', '没有这条记录 / no such record');
  await appendHeadOfficeAccess(db, entryRow(user, now, { action: 'reveal', subject: input.entity, site_id: input.siteId, record_id: input.id, row_count: null, reason: input.reason }));
  return { siteId: input.siteId, entity: input.entity, id: input.id, payload: JSON.parse(record.payload) };
}

/** A report or ledger exported from the console: who, when, what, how many rows and why (the purpose is required by the schema). */
export async function registerExport(db: Kysely<ServerDatabase>, user: ConsoleUser, input: ExportRequest, now: Date): Promise<RegisterEntry> {
  const row = entryRow(user, now, { action: 'export', subject: input.subject, site_id: null, record_id: null, row_count: input.rowCount, reason: input.purpose });
  await appendHeadOfficeAccess(db, row);
  return headOfficeEntry({ ...row, site_code: null });
}

function entryRow(user: ConsoleUser, now: Date, what: Pick<HeadOfficePersonalAccessTable, 'action' | 'subject' | 'site_id' | 'record_id' | 'row_count' | 'reason'>): HeadOfficePersonalAccessTable {
  return { id: newId(), at: now.toISOString(), user_id: user.id, user_name: user.displayName, place: HEAD_OFFICE_PLACE, ...what };
}

function headOfficeEntry(row: HeadOfficePersonalAccessTable & { site_code: string | null }): RegisterEntry {
  return {
    id: row.id,
    source: 'headOffice',
    at: row.at,
    userName: row.user_name,
    action: row.action,
    subject: row.subject,
    siteId: row.site_id,
    siteCode: row.site_code,
    recordId: row.record_id,
    rowCount: row.row_count === null ? null : Number(row.row_count),
    reason: row.reason,
    place: row.place,
  };
}

const DAY_MS = 24 * 3600 * 1000;
/** Site entries read per request before the action and person filters: a register screen, not an archive export. */
const SITE_ENTRIES_READ = 5000;

/** Head office's register and the sites' registers as pushed, newest first, filtered by site, action, person and days. */
export async function listRegister(db: Kysely<ServerDatabase>, query: RegisterQuery, now: Date): Promise<RegisterEntry[]> {
  const since = new Date(now.getTime() - query.days * DAY_MS).toISOString();
  const filter = { siteId: query.siteId, action: query.action, person: query.person, since, limit: query.limit };
  const own = (await headOfficeAccess(db, filter)).map(headOfficeEntry);
  const pushed = (await siteAccess(db, filter, SITE_ENTRIES_READ))
    .map((r) => siteEntry(r.site_id, r.code, r.entity_id, r.occurred_at, JSON.parse(r.payload)))
    .filter((e) => (!query.action || e.action === query.action) && (!query.person || e.userName.includes(query.person)));
  return [...own, ...pushed].sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at))).slice(0, query.limit);
}

/** A site's entry as it sent it (electron/core/privacy/access-log-repository.ts); a missing field reads as empty, never breaks the list. */
function siteEntry(siteId: string, siteCode: string, id: string, at: string | null, payload: unknown): RegisterEntry {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  return {
    id,
    source: 'site',
    at: at ?? '',
    userName: text('userName') ?? '',
    action: text('action') ?? '',
    subject: text('subject') ?? '',
    siteId,
    siteCode,
    recordId: text('recordId'),
    rowCount: typeof p.rowCount === 'number' && Number.isInteger(p.rowCount) ? p.rowCount : null,
    reason: text('reason'),
    place: text('place') ?? '',
  };
}
