import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { recordScore } from '../../shared/checklists/record-score';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { CONSOLE_PATHS, checklistDetailSchema } from '../../shared/sync/console-api';
import type { PushEntry } from '../../shared/sync/protocol';
import { sampleValue } from '../support/sample-checklist';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/** Issue 20 item 15: head office opens a checklist result — answers, score, grade, corrective actions; on both engines. */
let server: TestServer;
afterEach(async () => server?.close());

describe('console: one checklist result', () => {
  it('opens with its answers, the score and grade from the same template, and the corrective actions raised on it only', async () => {
    server = await openTestServer({ now: () => new Date('2026-11-23T08:00:00.000Z') });
    const { cookie } = await signedInStaff(server.app);
    const yy = await enrolledSite(server.app, 'YY42');
    const other = await enrolledSite(server.app, 'AB01');
    const graded = SHIPPED_TEMPLATES.find((t) => t.id === 'waiter-level')!;
    const answers = Object.fromEntries(graded.sections.flatMap((s) => s.items).map((item) => [item.id, sampleValue(item, graded)]));
    const record = { id: randomUUID(), template_id: graded.id, template_version: graded.version, status: 'completed', answers, started_by: 'u7', started_at: '2026-11-02T00:00:00.000Z', completed_at: '2026-11-02T01:00:00.000Z', version: 1 };
    const action = (recordId: string, dueAt: string) => ({ id: randomUUID(), record_id: recordId, item_id: 'hygiene', problem: '台面有油污', action: '每班清洁', owner_id: 'u7', due_at: dueAt, status: 'open', version: 1 });
    const later = action(record.id, '2026-11-09T00:00:00.000Z');
    const sooner = action(record.id, '2026-11-05T00:00:00.000Z');
    const elsewhere = action('another-record', '2026-11-04T00:00:00.000Z');
    await push(server.app, yy.auth, {
      batchId: 'c',
      entries: [
        entry({ entity: 'checklist_record', entityId: record.id, payload: record as PushEntry['payload'] }),
        ...[later, sooner, elsewhere].map((a) => entry({ entity: 'checklist_action', entityId: a.id, payload: a })),
        entry({ entity: 'user', entityId: 'u7', payload: { id: 'u7', displayName: '王建国' } }),
      ],
    });

    const response = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.checklist(yy.siteId, record.id), headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const detail = checklistDetailSchema.parse(response.json());
    expect(detail.siteName).toBe('网点 YY42');
    expect(detail.startedByName).toBe('王建国');
    expect(detail.answers).toEqual(JSON.parse(JSON.stringify(answers)));
    const score = recordScore(graded, answers)!;
    expect(detail.row).toMatchObject({ templateTitle: graded.title, score: score.total, grade: score.grade, status: 'completed' });
    expect(detail.actions).toEqual([
      { id: sooner.id, itemId: 'hygiene', problem: '台面有油污', action: '每班清洁', ownerName: '王建国', dueAt: sooner.due_at, status: 'open', implementationNote: null, closeNote: null },
      { id: later.id, itemId: 'hygiene', problem: '台面有油污', action: '每班清洁', ownerName: '王建国', dueAt: later.due_at, status: 'open', implementationNote: null, closeNote: null },
    ]);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.checklist(other.siteId, record.id), headers: { cookie } })).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.checklist(yy.siteId, record.id) })).statusCode).toBe(401);
  });
});
