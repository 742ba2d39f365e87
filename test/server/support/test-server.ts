import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../../server/app';
import { openServerDb, type ServerDb } from '../../../server/db/open';
import type { ServerDatabase } from '../../../server/db/schema';
import type { EnrolResponse, PushEntry } from '../../../shared/sync/protocol';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/**
 * Where server tests keep their data: a temp SQLite file, or, when
 * BRANCHLINE_TEST_PG_URL names a PostgreSQL server (scripts/test-server-pg.mjs
 * starts one), a fresh database on it per call.
 */
/** The opened database and what opened it (a file path or a postgres:// URL), to open it again. */
export async function openTestServerDb(): Promise<ServerDb & { target: string }> {
  const target = await freshServerTarget();
  return { ...(await openServerDb(target)), target };
}

/** A new, empty database to open: a temp SQLite file path, or a fresh database on the test PostgreSQL server. */
export async function freshServerTarget(): Promise<string> {
  const base = process.env.BRANCHLINE_TEST_PG_URL;
  if (!base) return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-server-')), 'head-office.sqlite');
  const name = `branchline_test_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestServer {
  app: FastifyInstance;
  store: ServerDb;
  close(): Promise<void>;
}

export async function openTestServer(options: Pick<AppOptions, 'now' | 'limits' | 'beforeApplyingBatch'> = {}): Promise<TestServer> {
  const store = await openTestServerDb();
  const app = buildApp({ db: store.db, adminToken: ADMIN_TOKEN, ...options });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export async function createSite(app: FastifyInstance, code = `S${Math.floor(Math.random() * 1e6)}`): Promise<{ siteId: string; enrolCode: string }> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/admin/sites', headers: admin, payload: { code, name: `网点 ${code}` } });
  if (response.statusCode !== 201) throw new Error(`createSite: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A site registered and one device enrolled: its bearer header. */
export async function enrolledSite(app: FastifyInstance, code?: string): Promise<EnrolResponse & { auth: { authorization: string } }> {
  const { enrolCode } = await createSite(app, code);
  const response = await app.inject({ method: 'POST', url: '/api/v1/enrol', payload: { code: enrolCode, deviceName: '前台电脑' } });
  if (response.statusCode !== 200) throw new Error(`enrol: ${response.statusCode} ${response.body}`);
  const body = response.json() as EnrolResponse;
  return { ...body, auth: { authorization: `Bearer ${body.credential}` } };
}

export function entry(overrides: Partial<PushEntry> = {}): PushEntry {
  return {
    entryId: randomUUID(),
    entity: 'complaint',
    entityId: randomUUID(),
    entityVersion: 1,
    operation: 'upsert',
    payload: { content: '水压低' },
    createdAt: '2026-11-23T02:00:00.000Z',
    ...overrides,
  };
}

/** POSTs a batch gzip-compressed, as the client does. */
export function push(app: FastifyInstance, auth: { authorization: string }, batch: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/push',
    headers: { ...auth, 'content-type': 'application/json', 'content-encoding': 'gzip' },
    payload: gzipSync(Buffer.from(JSON.stringify(batch))),
  });
}

const TABLES: (keyof ServerDatabase)[] = ['sites', 'enrol_codes', 'devices', 'received_batches', 'received_entries', 'site_records', 'blobs', 'blob_owners', 'reference_items', 'head_office_remarks', 'console_users', 'console_sessions', 'site_notifications'];

/** A site's records as head office holds them, each with the payload of the entry that wrote it (0003-payload-once). */
export async function siteRecords(store: ServerDb, siteId: string) {
  return store.db
    .selectFrom('site_records as r')
    .innerJoin('received_entries as e', (join) => join.onRef('e.site_id', '=', 'r.site_id').onRef('e.entry_id', '=', 'r.entry_id'))
    .selectAll('r')
    .select('e.payload')
    .where('r.site_id', '=', siteId)
    .orderBy('r.entity_id')
    .execute();
}

/** Row counts of every data table: "changes nothing" means these are equal before and after. */
export async function rowCounts(store: ServerDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
