import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { recordScore } from '../../shared/checklists/record-score';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { sampleValue } from '../support/sample-checklist';
import { CONSOLE_PATHS, checklistsResponseSchema, complaintDetailSchema, complaintsResponseSchema } from '../../shared/sync/console-api';
import { openServerDb } from '../../server/db/open';
import { enrolledSite, entry, freshServerTarget, openTestServer, push, type TestServer } from './support/test-server';
import { signedInStaff } from './support/console';
import type { PushEntry } from '../../shared/sync/protocol';

let server: TestServer;
afterEach(async () => server?.close());

const NOW = new Date('2026-11-23T08:00:00.000Z');

/** A complaint payload as the site's syncPayload writes it (the fields the console reads). */
function complaint(i: number, site: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    serial: `${site}-2026-${String(i).padStart(4, '0')}`,
    kind: 'complaint',
    status: i % 3 === 0 ? 'closed' : 'in_progress',
    customerName: `客户${i}`,
    customerPhone: '13800000000',
    content: i === 42 ? '营业厅空调漏水_100%滴到柜台上' : `第 ${i} 件：水压低`,
    receivedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
    dueAt: i % 2 === 0 ? '2026-11-20T00:00:00.000Z' : '2026-12-20T00:00:00.000Z',
    closedAt: null,
    version: 1,
    ...overrides,
  };
}

async function get<T>(url: string, cookie: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await server.app.inject({ method: 'GET', url, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return schema.parse(response.json());
}

describe('console: complaints sites sent', () => {
  it('filters by site and status, finds overdue ones, searches text (wildcards literal) and pages through a large number', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const ab = await enrolledSite(server.app, 'AB01');
    const sent = Array.from({ length: 130 }, (_, i) => complaint(i + 1, 'YY42'));
    await push(server.app, yy.auth, { batchId: 'y1', entries: sent.map((c) => entry({ entityId: c.id, payload: c })) });
    await push(server.app, ab.auth, { batchId: 'a1', entries: [entry({ payload: complaint(1, 'AB01', { content: '营业厅空调不制冷' }) }), entry({ entity: 'customer', payload: { name: '不算投诉' } })] });

    const all = await get(CONSOLE_PATHS.complaints, cookie, complaintsResponseSchema);
    expect(all.total).toBe(131);
    expect(all.rows).toHaveLength(50);
    // Newest first, across sites.
    expect(all.rows[0]).toMatchObject({ siteCode: 'YY42', serial: 'YY42-2026-0130', kind: 'complaint', status: 'in_progress', summary: '第 130 件：水压低' });

    const seen = new Set<string>();
    for (let offset = 0; offset < 131; offset += 50) {
      const page = await get(`${CONSOLE_PATHS.complaints}?offset=${offset}&limit=50`, cookie, complaintsResponseSchema);
      page.rows.forEach((r) => seen.add(r.id));
    }
    expect(seen.size).toBe(131);

    const bySite = await get(`${CONSOLE_PATHS.complaints}?siteId=${ab.siteId}`, cookie, complaintsResponseSchema);
    expect(bySite.rows.map((r) => r.serial)).toEqual(['AB01-2026-0001']);
    const closed = await get(`${CONSOLE_PATHS.complaints}?status=closed&limit=200`, cookie, complaintsResponseSchema);
    expect(closed.total).toBe(43);
    expect(closed.rows.every((r) => r.status === 'closed' && !r.overdue)).toBe(true);
    // Overdue: open, and the deadline passed (even i, not a multiple of 3).
    const overdue = await get(`${CONSOLE_PATHS.complaints}?overdue=1&limit=200`, cookie, complaintsResponseSchema);
    expect(overdue.total).toBe(sent.filter((c, i) => (i + 1) % 2 === 0 && (i + 1) % 3 !== 0).length);
    expect(overdue.rows.every((r) => r.overdue && r.dueAt! < NOW.toISOString())).toBe(true);

    const found = await get(`${CONSOLE_PATHS.complaints}?q=${encodeURIComponent('空调')}`, cookie, complaintsResponseSchema);
    expect(found.rows.map((r) => r.serial).sort()).toEqual(['AB01-2026-0001', 'YY42-2026-0042']);
    const literal = await get(`${CONSOLE_PATHS.complaints}?q=${encodeURIComponent('_100%')}`, cookie, complaintsResponseSchema);
    expect(literal.rows.map((r) => r.serial)).toEqual(['YY42-2026-0042']);
    expect((await get(`${CONSOLE_PATHS.complaints}?q=${encodeURIComponent('yy42-2026-0007')}`, cookie, complaintsResponseSchema)).total).toBe(1);
    expect((await get(`${CONSOLE_PATHS.complaints}?q=%25`, cookie, complaintsResponseSchema)).total).toBe(1);

    const bad = await server.app.inject({ method: 'GET', url: `${CONSOLE_PATHS.complaints}?status=lost&limit=5000`, headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it('shows one complaint with its latest payload and the history rows sent for it, only under its own site', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const other = await enrolledSite(server.app, 'AB01');
    const first = complaint(1, 'YY42', { status: 'registered' });
    const later = { ...first, status: 'assigned', version: 2 };
    const event = { complaintId: first.id, at: '2026-11-01T01:00:00.000Z', userId: 'u1', action: 'assign', from: 'registered', to: 'assigned', details: { assigneeId: 'u2' } };
    await push(server.app, yy.auth, {
      batchId: 'y1',
      entries: [
        entry({ entityId: first.id, payload: first }),
        entry({ entity: 'complaint_event', entityId: `${first.id}#1`, payload: event }),
        entry({ entityId: first.id, entityVersion: 2, payload: later }),
        entry({ entity: 'user', entityId: 'u1', payload: { id: 'u1', login: 'zhangsan', displayName: '张三' } }),
        entry({ entity: 'user', entityId: 'u9', payload: { id: 'u9', login: 'nobody', displayName: '与此案无关' } }),
      ],
    });
    const detail = await get(CONSOLE_PATHS.complaint(yy.siteId, first.id), cookie, complaintDetailSchema);
    expect(detail).toMatchObject({ siteName: '网点 YY42', version: 2, row: { status: 'assigned', serial: 'YY42-2026-0001' }, payload: { ...later, customerPhone: '138****0000' } });
    // The customer's phone leaves head office masked (issue 19 §4; console-masking.test.ts covers every route).
    expect(detail.history).toEqual([{ entity: 'complaint_event', id: `${first.id}#1`, at: event.at, payload: event }]);
    // Who acted, by name: only the accounts the history names, from this site's user records.
    expect(detail.people).toEqual({ u1: '张三' });
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.complaint(other.siteId, first.id), headers: { cookie } })).statusCode).toBe(404);
  });
});

describe('console: checklist results', () => {
  it('lists checklist records with the template title and the score head office computes from the same template', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const graded = SHIPPED_TEMPLATES.find((t) => t.id === 'waiter-level')!;
    const answers = {
      ...Object.fromEntries(graded.sections.flatMap((s) => s.items).map((item) => [item.id, sampleValue(item, graded)])),
      // The period employed and the praise are computed from these (seed004 §C): a senior's.
      'started-on': '2024-01-10',
      'assessed-on': '2026-11-10',
      'praise-letters': 11,
      'guest-complaints': 0,
    };
    const record = (status: string, startedAt: string, template = graded) => ({
      id: randomUUID(),
      template_id: template.id,
      template_version: template.version,
      status,
      answers,
      started_at: startedAt,
      completed_at: status === 'completed' ? startedAt : null,
      version: 1,
    });
    const done = record('completed', '2026-11-02T00:00:00.000Z');
    const draft = record('draft', '2026-11-03T00:00:00.000Z');
    const unknown = { ...record('completed', '2026-11-01T00:00:00.000Z'), template_id: 'not.shipped' };
    await push(server.app, yy.auth, { batchId: 'c1', entries: [done, draft, unknown].map((r) => entry({ entity: 'checklist_record', entityId: r.id, payload: r as PushEntry['payload'] })) });

    const list = await get(CONSOLE_PATHS.checklists, cookie, checklistsResponseSchema);
    expect(list.rows.map((r) => r.id)).toEqual([draft.id, done.id, unknown.id]);
    expect(list.rows[1]).toMatchObject({ siteCode: 'YY42', templateId: graded.id, templateVersion: graded.version, templateTitle: graded.title, status: 'completed', completedAt: done.completed_at });
    // The payload has answers only; head office grades them with the shipped template of that version.
    expect(list.rows[1]!.grade).toEqual({ zh: '高级服务员', en: 'Senior waiter' });
    expect(list.rows[1]!.grade).toEqual(recordScore(graded, answers)!.grade);
    expect(list.rows[2]).toMatchObject({ templateTitle: null, score: null, grade: null });
    const completed = await get(`${CONSOLE_PATHS.checklists}?status=completed`, cookie, checklistsResponseSchema);
    expect(completed.rows.map((r) => r.id)).toEqual([done.id, unknown.id]);
  });
});

describe('migration 0002-console', () => {
  it('fills the extracted columns of records received before it', async () => {
    const target = await freshServerTarget();
    const old = await openServerDb(target, { upTo: '0001-initial' });
    const payload = complaint(7, 'YY42');
    await old.db.insertInto('sites').values({ id: 's1', code: 'YY42', name: '阳42井站', created_at: NOW.toISOString() }).execute();
    await old.db
      .insertInto('received_entries')
      .values({ site_id: 's1', entry_id: 'e1', batch_id: 'b1', entity: 'complaint', entity_id: payload.id, entity_version: 1, operation: 'upsert', payload: JSON.stringify(payload), created_at: NOW.toISOString(), received_at: NOW.toISOString() })
      .execute();
    // The 0001 table still had its own payload column (0003-payload-once dropped it).
    await sql`INSERT INTO site_records (site_id, entity, entity_id, entity_version, payload, entry_id, updated_at)
      VALUES ('s1', 'complaint', ${payload.id}, 1, ${JSON.stringify(payload)}, 'e1', ${NOW.toISOString()})`.execute(old.db);
    await old.close();
    const migrated = await openServerDb(target);
    try {
      const row = await migrated.db.selectFrom('site_records').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'in_progress', serial: 'YY42-2026-0007', kind: 'complaint', summary: '第 7 件：水压低', due_at: payload.dueAt, occurred_at: payload.receivedAt, parent_id: null });
      expect(row.search_text).toContain('客户7');
    } finally {
      await migrated.close();
    }
  });
});
