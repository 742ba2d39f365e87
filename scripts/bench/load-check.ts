// The load bench's exactly-once check (load.ts): after every site ran to the
// end, head office holds each outbox entry once, each record once at its
// latest version, every outbox is acknowledged and every site pulled to the
// last cursor published to it.
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../server/db/schema';
import type { OutboxRowWithAck } from '../../electron/core/sync/outbox-repository';
import { readState } from '../../electron/core/sync/sync-state';
import type { Site } from './load-sites';

type OutboxEntry = Pick<OutboxRowWithAck, 'entry_id' | 'entity' | 'entity_id' | 'entity_version' | 'acknowledged_at'>;

/** Every way head office's database and the sites differ; empty when exactly-once held. */
export async function exactlyOnceProblems(head: Kysely<ServerDatabase>, sites: Pick<Site, 'code' | 'store' | 'siteId'>[]): Promise<string[]> {
  const problems: string[] = [];
  const [received, records, cursors] = await Promise.all([
    head.selectFrom('received_entries').select(['site_id', 'entry_id']).execute(),
    head.selectFrom('site_records').select(['site_id', 'entity', 'entity_id', 'entity_version']).execute(),
    head.selectFrom('reference_items').select(['cursor', 'site_id']).execute(),
  ]);
  const receivedBySite = groupBy(received, (r) => r.site_id);
  const recordsBySite = groupBy(records, (r) => r.site_id);
  const lastForAll = Math.max(0, ...cursors.filter((c) => c.site_id === null).map((c) => Number(c.cursor)));
  for (const site of sites) {
    const say = (what: string) => problems.push(`${site.code}: ${what}`);
    const outbox = site.store.read.prepare('SELECT entry_id, entity, entity_id, entity_version, acknowledged_at FROM outbox').all() as OutboxEntry[];
    const pending = outbox.filter((e) => e.acknowledged_at === null).length;
    if (pending > 0) say(`${pending} outbox entries not acknowledged`);

    const got = receivedBySite.get(site.siteId) ?? [];
    const ids = new Set(got.map((r) => r.entry_id));
    if (got.length !== outbox.length || ids.size !== got.length) say(`head office holds ${got.length} entries (${ids.size} distinct), the outbox ${outbox.length}`);
    const missing = outbox.filter((e) => !ids.has(e.entry_id)).length;
    if (missing > 0) say(`${missing} outbox entries missing at head office`);

    const latest = new Map<string, number>();
    for (const e of outbox) latest.set(`${e.entity}/${e.entity_id}`, Math.max(latest.get(`${e.entity}/${e.entity_id}`) ?? 0, e.entity_version));
    const held = recordsBySite.get(site.siteId) ?? [];
    if (held.length !== latest.size) say(`head office holds ${held.length} records, the site ${latest.size}`);
    const stale = held.filter((r) => latest.get(`${r.entity}/${r.entity_id}`) !== Number(r.entity_version)).length;
    if (stale > 0) say(`${stale} records at head office are not the site's latest version`);

    const lastForSite = Math.max(lastForAll, ...cursors.filter((c) => c.site_id === site.siteId).map((c) => Number(c.cursor)));
    const pulledTo = Number(readState(site.store.read, 'pullCursor') ?? '0');
    if (pulledTo !== lastForSite) say(`pulled to cursor ${pulledTo}, head office published up to ${lastForSite}`);
  }
  return problems;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
