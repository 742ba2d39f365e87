import { sql, type Kysely } from 'kysely';
import { recordScore } from '../../shared/checklists/record-score';
import { findTemplate } from '../../shared/checklists/templates';
import { OPEN_STATUSES } from '../../shared/domain/workflow';
import type { ChecklistRow, ChecklistSort, ComplaintDetail, ComplaintRow, ComplaintSort, checklistsQuerySchema, complaintsQuerySchema } from '../../shared/sync/console-api';
import type { z } from 'zod';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { remarksOn } from './remark-records';
import { siteRulePack } from './site-rule-pack';

/**
 * What sites sent, as the console lists it: complaints and checklist records
 * from `site_records`, filtered and searched on the columns extracted at
 * apply time (record-summary.ts), newest first, a page at a time.
 */

type ComplaintsQuery = z.output<typeof complaintsQuerySchema>;
type ChecklistsQuery = z.output<typeof checklistsQuerySchema>;

/** `%` and `_` typed by the user are literal; the same ESCAPE works on SQLite and PostgreSQL. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function records(db: Kysely<ServerDatabase>, entity: string, siteId: string | undefined) {
  let query = db.selectFrom('site_records as r').innerJoin('sites as s', 's.id', 'r.site_id').where('r.entity', '=', entity);
  if (siteId) query = query.where('r.site_id', '=', siteId);
  return query;
}

/** The same, with each record's payload from the entry that wrote it (0003-payload-once). */
export function recordsWithPayload(db: Kysely<ServerDatabase>, entity: string, siteId: string | undefined) {
  return records(db, entity, siteId).innerJoin('received_entries as e', (join) => join.onRef('e.site_id', '=', 'r.site_id').onRef('e.entry_id', '=', 'r.entry_id'));
}

/** The columns behind each allowed sort key (the schema's allow-list), and the id as the tie-break so pages never overlap. */
const COMPLAINT_ORDER: Record<ComplaintSort, SortColumn> = { receivedAt: 'r.occurred_at', dueAt: 'r.due_at', serial: 'r.serial', status: 'r.status', site: 's.code' };
const CHECKLIST_ORDER: Record<ChecklistSort, SortColumn> = { startedAt: 'r.occurred_at', completedAt: 'r.completed_at', template: 'r.kind', site: 's.code' };
type SortColumn = 'r.occurred_at' | 'r.due_at' | 'r.serial' | 'r.status' | 's.code' | 'r.completed_at' | 'r.kind';

/** Rows without the value last in either direction, the same on SQLite (NULL sorts first) and PostgreSQL (NULL sorts last). */
function ordered<Q extends { orderBy: (...args: never[]) => unknown }>(query: Q, column: SortColumn, dir: 'asc' | 'desc'): Q {
  const q = query as unknown as { orderBy(expr: unknown, dir?: 'asc' | 'desc'): typeof q };
  return q
    .orderBy(sql`CASE WHEN ${sql.ref(column)} IS NULL THEN 1 ELSE 0 END`, 'asc')
    .orderBy(column, dir)
    .orderBy('r.site_id', dir)
    .orderBy('r.entity_id', dir) as unknown as Q;
}

function inPeriod<Q extends { where: (...args: never[]) => unknown }>(query: Q, input: { from?: string | undefined; to?: string | undefined }): Q {
  let q = query as unknown as { where(column: 'r.occurred_at', op: '>=' | '<', value: string): typeof q };
  if (input.from) q = q.where('r.occurred_at', '>=', input.from);
  if (input.to) q = q.where('r.occurred_at', '<', input.to);
  return q as unknown as Q;
}

export async function listComplaints(db: Kysely<ServerDatabase>, input: ComplaintsQuery, now: Date): Promise<{ rows: ComplaintRow[]; total: number }> {
  const at = now.toISOString();
  let query = inPeriod(records(db, 'complaint', input.siteId), input);
  if (input.status) query = query.where('r.status', '=', input.status);
  if (input.kind) query = query.where('r.kind', '=', input.kind);
  if (input.overdue) query = query.where('r.due_at', '<', at).where('r.status', 'in', [...OPEN_STATUSES]);
  if (input.q) query = query.where(sql<boolean>`r.search_text LIKE ${containsPattern(input.q)} ESCAPE '\\'`);
  // The class as the site graded it lives in the complaint's report row (0006-reports), one per complaint by its key.
  if (input.classCode) {
    const classCode = input.classCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('report_complaints as rc').select('rc.complaint_id').whereRef('rc.site_id', '=', 'r.site_id').whereRef('rc.complaint_id', '=', 'r.entity_id').where('rc.class_code', '=', classCode)),
    );
  }
  const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const graded = query.leftJoin('report_complaints as rc', (join) => join.onRef('rc.site_id', '=', 'r.site_id').onRef('rc.complaint_id', '=', 'r.entity_id'));
  const rows = await ordered(graded.select(['r.site_id', 's.code', 'r.entity_id', 'r.serial', 'r.kind', 'rc.class_code', 'r.status', 'r.occurred_at', 'r.due_at', 'r.summary', 'r.updated_at']), COMPLAINT_ORDER[input.sort], input.dir)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { rows: rows.map((r) => complaintRow(r, at)), total: Number(n) };
}

interface ComplaintSelect {
  site_id: string;
  code: string;
  entity_id: string;
  serial: string | null;
  kind: string | null;
  /** Absent where the complaint's report row was not read (the detail: its class is in the payload). */
  class_code?: string | null;
  status: string | null;
  occurred_at: string | null;
  due_at: string | null;
  summary: string | null;
  updated_at: string;
}

function complaintRow(r: ComplaintSelect, at: string): ComplaintRow {
  const open = (OPEN_STATUSES as readonly string[]).includes(r.status ?? '');
  return {
    siteId: r.site_id,
    siteCode: r.code,
    id: r.entity_id,
    serial: r.serial,
    kind: r.kind,
    classCode: r.class_code ?? null,
    status: r.status,
    receivedAt: r.occurred_at,
    dueAt: r.due_at,
    overdue: open && r.due_at !== null && r.due_at < at,
    summary: r.summary,
    updatedAt: r.updated_at,
  };
}

/** The class the complaint's own payload names (the site's classCode). */
function classOf(payload: unknown): string | null {
  const code = payload && typeof payload === 'object' ? (payload as { classCode?: unknown }).classCode : null;
  return typeof code === 'string' ? code : null;
}

/**
 * One complaint with its payload, the history rows the site sent for it
 * (events, escalations, call-backs…), the rule pack its site runs (for class
 * labels and choices) and head office's remarks on it.
 */
export async function complaintDetail(db: Kysely<ServerDatabase>, siteId: string, id: string, now: Date): Promise<ComplaintDetail> {
  const row = await recordsWithPayload(db, 'complaint', siteId)
    .where('r.entity_id', '=', id)
    .select(['r.site_id', 's.code', 's.name', 'r.entity_id', 'r.serial', 'r.kind', 'r.status', 'r.occurred_at', 'r.due_at', 'r.summary', 'r.updated_at', 'r.entity_version', 'e.payload'])
    .executeTakeFirst();
  if (!row) throw new SyncHttpError(404, 'not_found', '没有这条投诉 / no such complaint');
  const history = await db
    .selectFrom('site_records as r')
    .innerJoin('received_entries as e', (join) => join.onRef('e.site_id', '=', 'r.site_id').onRef('e.entry_id', '=', 'r.entry_id'))
    .select(['r.entity', 'r.entity_id', 'r.occurred_at', 'e.payload'])
    .where('r.site_id', '=', siteId)
    .where('r.parent_id', '=', id)
    .orderBy('r.occurred_at')
    .orderBy('r.entity_id')
    .limit(500)
    .execute();
  const entries = history.map((h) => ({ entity: h.entity, id: h.entity_id, at: h.occurred_at, payload: JSON.parse(h.payload) as ComplaintDetail['history'][number]['payload'] }));
  return {
    row: { ...complaintRow(row, now.toISOString()), classCode: classOf(JSON.parse(row.payload)) },
    siteName: row.name,
    version: Number(row.entity_version),
    payload: JSON.parse(row.payload),
    history: entries,
    people: await peopleNamed(db, siteId, entries),
    rulePackId: await siteRulePack(db, siteId),
    remarks: await remarksOn(db, siteId, 'complaint', id),
  };
}

/** Payload fields of history rows that name a site account by its id (events: userId; call-backs and escalations: byUser). */
const PERSON_FIELDS = ['userId', 'byUser'] as const;

/**
 * The site accounts' names the history refers to, from the user records the
 * site sent (its `users` syncPayload carries displayName): the timeline says
 * who acted, never an account id. An account the site never sent is left out.
 */
async function peopleNamed(db: Kysely<ServerDatabase>, siteId: string, entries: readonly { payload: unknown }[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const { payload } of entries) {
    if (!payload || typeof payload !== 'object') continue;
    for (const field of PERSON_FIELDS) {
      const value = (payload as Record<string, unknown>)[field];
      if (typeof value === 'string' && value) ids.add(value);
    }
  }
  return siteNames(db, siteId, [...ids]);
}

/** Site accounts' display names by id, from the user records the site sent; an account it never sent is left out. */
export async function siteNames(db: Kysely<ServerDatabase>, siteId: string, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const users = await recordsWithPayload(db, 'user', siteId).where('r.entity_id', 'in', [...new Set(ids)]).select(['r.entity_id', 'e.payload']).execute();
  const names: Record<string, string> = {};
  for (const user of users) {
    const { displayName } = JSON.parse(user.payload) as { displayName?: unknown };
    if (typeof displayName === 'string' && displayName) names[user.entity_id] = displayName;
  }
  return names;
}

export async function listChecklists(db: Kysely<ServerDatabase>, input: ChecklistsQuery): Promise<{ rows: ChecklistRow[]; total: number }> {
  // Every record's entry exists (0003-payload-once), so the join counts the same rows as the records alone.
  let query = inPeriod(recordsWithPayload(db, 'checklist_record', input.siteId), input);
  if (input.status) query = query.where('r.status', '=', input.status);
  if (input.templateId) query = query.where('r.kind', '=', input.templateId);
  const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await ordered(query.select(['r.site_id', 's.code', 'r.entity_id', 'r.status', 'r.occurred_at', 'r.completed_at', 'e.payload']), CHECKLIST_ORDER[input.sort], input.dir)
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { total: Number(n), rows: rows.map((r) => checklistRow(r, JSON.parse(r.payload))) };
}

/** A checklist record as the console lists it: head office scores the answers with the same shipped template the site used (the payload carries no score). */
export function checklistRow(r: { site_id: string; code: string; entity_id: string; status: string | null; occurred_at: string | null; completed_at: string | null }, payload: unknown): ChecklistRow {
  const p = (payload && typeof payload === 'object' ? payload : {}) as { template_id?: unknown; template_version?: unknown; answers?: unknown };
  const templateId = typeof p.template_id === 'string' ? p.template_id : null;
  const templateVersion = typeof p.template_version === 'string' ? p.template_version : null;
  const template = templateId && templateVersion ? findTemplate(templateId, templateVersion) : undefined;
  const score = template ? safeScore(() => recordScore(template, answersOf(payload))) : null;
  return {
    siteId: r.site_id,
    siteCode: r.code,
    id: r.entity_id,
    templateId,
    templateVersion,
    templateTitle: template?.title ?? null,
    status: r.status,
    score: score?.total ?? null,
    grade: score?.grade ?? null,
    startedAt: r.occurred_at,
    completedAt: r.completed_at,
  };
}

export function answersOf(payload: unknown): Record<string, unknown> {
  const answers = payload && typeof payload === 'object' ? (payload as { answers?: unknown }).answers : undefined;
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
}

/** A malformed payload from a site must not break the whole list. */
function safeScore<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
