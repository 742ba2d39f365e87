import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, checklistsResponseSchema, complaintsResponseSchema } from '../../shared/sync/console-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';
import { signedInStaff } from './support/console';

/** Issue 20 item 16: the console's lists filter by period and kind, sort on an allow-list of columns, and count what matches; on both engines. */
let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');

async function get<T>(url: string, cookie: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await server.app.inject({ method: 'GET', url, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return schema.parse(response.json());
}

const complaint = (serial: string, kind: string, receivedAt: string, dueAt: string | null) => ({ id: randomUUID(), serial, kind, status: 'in_progress', content: serial, receivedAt, dueAt, version: 1 });

describe('console lists: period, kind, sorting and count', () => {
  it('complaints: filters by kind and by the period received, sorts on the allowed columns with missing values last, refuses other sort keys', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const ab = await enrolledSite(server.app, 'AB01');
    const a = complaint('YY42-1', 'complaint', '2026-11-01T02:00:00.000Z', '2026-11-09T00:00:00.000Z');
    const b = complaint('YY42-2', 'inquiry', '2026-11-05T02:00:00.000Z', null);
    const c = complaint('YY42-3', 'complaint', '2026-11-10T02:00:00.000Z', '2026-11-03T00:00:00.000Z');
    const d = complaint('AB01-1', 'complaint', '2026-11-07T02:00:00.000Z', '2026-11-20T00:00:00.000Z');
    await push(server.app, yy.auth, { batchId: 'y', entries: [a, b, c].map((p) => entry({ entityId: p.id, payload: p })) });
    await push(server.app, ab.auth, { batchId: 'a', entries: [entry({ entityId: d.id, payload: d })] });
    const serials = async (query: string) => {
      const page = await get(`${CONSOLE_PATHS.complaints}?${query}`, cookie, complaintsResponseSchema);
      return { serials: page.rows.map((r) => r.serial), total: page.total };
    };

    expect(await serials('')).toEqual({ serials: ['YY42-3', 'AB01-1', 'YY42-2', 'YY42-1'], total: 4 });
    expect(await serials('kind=complaint')).toEqual({ serials: ['YY42-3', 'AB01-1', 'YY42-1'], total: 3 });
    // From inclusive, to exclusive: 5 Nov 02:00 is in, 10 Nov 02:00 is not.
    expect(await serials('from=2026-11-05T02:00:00.000Z&to=2026-11-10T02:00:00.000Z')).toEqual({ serials: ['AB01-1', 'YY42-2'], total: 2 });
    expect(await serials('from=2026-11-05T10:00:00%2B08:00&kind=complaint&limit=1')).toEqual({ serials: ['YY42-3'], total: 2 });
    // The case without a deadline comes last either way.
    expect((await serials('sort=dueAt&dir=asc')).serials).toEqual(['YY42-3', 'YY42-1', 'AB01-1', 'YY42-2']);
    expect((await serials('sort=dueAt&dir=desc')).serials).toEqual(['AB01-1', 'YY42-1', 'YY42-3', 'YY42-2']);
    expect((await serials('sort=site&dir=asc&kind=complaint')).serials[0]).toBe('AB01-1');
    expect((await serials('sort=serial&dir=asc')).serials).toEqual(['AB01-1', 'YY42-1', 'YY42-2', 'YY42-3']);
    for (const bad of ['sort=payload', 'sort=r.summary', 'dir=sideways', 'from=yesterday', 'kind=rumour']) {
      expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?${bad}`, headers: { cookie } })).statusCode, bad).toBe(400);
    }
  });

  it('checklist results: filters by template and period, sorts by completion with drafts last', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const record = (templateId: string, startedAt: string, completedAt: string | null) => ({
      id: randomUUID(),
      template_id: templateId,
      template_version: '1',
      status: completedAt ? 'completed' : 'draft',
      answers: {},
      started_at: startedAt,
      completed_at: completedAt,
      version: 1,
    });
    const early = record('hygiene', '2026-11-01T00:00:00.000Z', '2026-11-04T00:00:00.000Z');
    const draft = record('hygiene', '2026-11-02T00:00:00.000Z', null);
    const other = record('waiter-level', '2026-11-03T00:00:00.000Z', '2026-11-03T05:00:00.000Z');
    await push(server.app, yy.auth, { batchId: 'c', entries: [early, draft, other].map((r) => entry({ entity: 'checklist_record', entityId: r.id, payload: r as PushEntry['payload'] })) });
    const ids = async (query: string) => {
      const page = await get(`${CONSOLE_PATHS.checklists}?${query}`, cookie, checklistsResponseSchema);
      return { ids: page.rows.map((r) => r.id), total: page.total };
    };

    expect(await ids('templateId=hygiene')).toEqual({ ids: [draft.id, early.id], total: 2 });
    expect(await ids('from=2026-11-02T00:00:00.000Z')).toEqual({ ids: [other.id, draft.id], total: 2 });
    expect(await ids('to=2026-11-02T00:00:00.000Z')).toEqual({ ids: [early.id], total: 1 });
    expect((await ids('sort=completedAt&dir=asc')).ids).toEqual([other.id, early.id, draft.id]);
    expect((await ids('sort=completedAt&dir=desc')).ids).toEqual([early.id, other.id, draft.id]);
    expect((await ids('sort=template&dir=desc&limit=1')).total).toBe(3);
    expect((await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.checklists}?sort=score`, headers: { cookie } })).statusCode).toBe(400);
  });
});
