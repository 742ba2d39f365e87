import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSync } from '../../electron/core/sync/run';
import { PATHS } from '../../shared/sync/protocol';
import { exactlyOnceProblems } from '../../scripts/bench/load-check';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import { admin } from './support/test-server';

// The load bench (npm run bench:load) fails only on this check: it must see each way exactly-once can break.
let site: EnrolledSite;
beforeEach(async () => {
  site = await openEnrolledSite();
  const calendar = { kind: 'calendar', id: 'cn-2027', version: 1, body: { version: '2027.1', years: [{ year: 2027, holidays: [{ day: '2027-02-01', name: '春节' }], makeUpWorkdays: [] }] } };
  expect((await site.server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: calendar })).statusCode).toBe(201);
  await runSync({ store: site.core.context.store, now: () => new Date() });
});
afterEach(() => site.close());

const check = () => exactlyOnceProblems(site.server.store.db, [{ code: 'YY42', store: site.core.context.store, siteId: site.siteId }]);
const head = () => site.server.store.db;

describe('the load bench’s exactly-once check', () => {
  it('finds nothing after a sync ran to the end', async () => {
    const outbox = site.core.context.store.read.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
    expect(outbox.n).toBeGreaterThan(0);
    expect(await check()).toEqual([]);
  });

  it('finds an outbox entry not acknowledged', async () => {
    site.core.context.store.transaction((tx) => tx.prepare('UPDATE outbox SET acknowledged_at = NULL WHERE seq = (SELECT min(seq) FROM outbox)').run());
    expect(await check()).toEqual(['YY42: 1 outbox entries not acknowledged']);
  });

  it('finds an entry and a record head office lost', async () => {
    const { entry_id, entity, entity_id } = site.core.context.store.read.prepare('SELECT entry_id, entity, entity_id FROM outbox ORDER BY seq DESC LIMIT 1').get() as { entry_id: string; entity: string; entity_id: string };
    await head().deleteFrom('received_entries').where('entry_id', '=', entry_id).execute();
    await head().deleteFrom('site_records').where('entity', '=', entity).where('entity_id', '=', entity_id).execute();
    expect(await check()).toEqual([expect.stringMatching(/head office holds \d+ entries/), 'YY42: 1 outbox entries missing at head office', expect.stringMatching(/head office holds \d+ records, the site \d+/)]);
  });

  it('finds a record head office holds at an older version', async () => {
    await head().updateTable('site_records').set({ entity_version: 0 }).where('site_id', '=', site.siteId).where('entity', '=', 'complaint').execute();
    expect((await check()).join()).toMatch(/records at head office are not the site's latest version/);
  });

  it('finds a site that did not pull to the last cursor', async () => {
    site.core.context.store.transaction((tx) => tx.prepare("UPDATE sync_state SET value = '0' WHERE key = 'pullCursor'").run());
    expect(await check()).toEqual([expect.stringMatching(/^YY42: pulled to cursor 0, head office published up to \d+$/)]);
  });
});
