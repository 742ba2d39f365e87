import path from 'node:path';
import Database from 'better-sqlite3';
import type { OutboxRowWithAck } from '../../electron/core/sync/outbox-repository';

/** The outbox columns compared with head office. */
type OutboxRow = Pick<OutboxRowWithAck, 'seq' | 'entry_id' | 'entity' | 'entity_id' | 'entity_version' | 'payload' | 'acknowledged_at'>;

interface ReceivedRow {
  entry_id: string;
  batch_id: string;
  entity: string;
  entity_id: string;
  entity_version: number;
  payload: string;
}

interface RecordRow {
  entity: string;
  entity_id: string;
  entity_version: number;
  payload: string;
  entry_id: string;
}

/** The same JSON text the server stores for a payload (it parses and re-serialises). */
const canonical = (json: string) => JSON.stringify(JSON.parse(json));

/**
 * After a sync ran to completion, compares a site's store with head office's
 * SQLite file and lists every way they differ (empty: exactly once). Checks:
 * - the client's outbox is fully acknowledged;
 * - head office received every outbox entry, and only those, equal to the client's;
 * - each record's row at head office is the client's latest version of it;
 * - nothing was applied twice: the entries each batch applied fresh (its size
 *   less the duplicates its ack owned up to) add up to the outbox, batch by batch.
 */
export function exactlyOnceProblems(client: Database.Database, serverDataDir: string, siteId: string): string[] {
  const problems: string[] = [];
  const outbox = client.prepare('SELECT seq, entry_id, entity, entity_id, entity_version, payload, acknowledged_at FROM outbox ORDER BY seq').all() as OutboxRow[];
  const pending = outbox.filter((r) => r.acknowledged_at === null);
  if (pending.length > 0) problems.push(`${pending.length} outbox entries not acknowledged`);

  const head = new Database(path.join(serverDataDir, 'head-office.sqlite'), { readonly: true });
  try {
    const received = head.prepare('SELECT entry_id, batch_id, entity, entity_id, entity_version, payload FROM received_entries WHERE site_id = ?').all(siteId) as ReceivedRow[];
    const byId = new Map(received.map((r) => [r.entry_id, r]));
    if (received.length !== outbox.length) problems.push(`head office holds ${received.length} entries, the outbox ${outbox.length}`);
    for (const row of outbox) {
      const got = byId.get(row.entry_id);
      if (!got) problems.push(`entry ${row.entry_id} (${row.entity}/${row.entity_id} v${row.entity_version}) missing at head office`);
      else if (got.entity !== row.entity || got.entity_id !== row.entity_id || got.entity_version !== row.entity_version || got.payload !== canonical(row.payload)) {
        problems.push(`entry ${row.entry_id} differs at head office`);
      }
    }
    const outboxIds = new Set(outbox.map((r) => r.entry_id));
    for (const r of received) if (!outboxIds.has(r.entry_id)) problems.push(`head office holds entry ${r.entry_id} the site never wrote`);

    // Latest per record: highest version; on a tie the later entry (the server's rule).
    const latest = new Map<string, OutboxRow>();
    for (const row of outbox) {
      const key = `${row.entity}/${row.entity_id}`;
      const current = latest.get(key);
      if (!current || row.entity_version >= current.entity_version) latest.set(key, row);
    }
    const records = head.prepare('SELECT r.entity, r.entity_id, r.entity_version, e.payload, r.entry_id FROM site_records r JOIN received_entries e ON e.site_id = r.site_id AND e.entry_id = r.entry_id WHERE r.site_id = ?').all(siteId) as RecordRow[];
    if (records.length !== latest.size) problems.push(`head office holds ${records.length} records, the site ${latest.size}`);
    for (const record of records) {
      const mine = latest.get(`${record.entity}/${record.entity_id}`);
      if (!mine) problems.push(`record ${record.entity}/${record.entity_id} unknown to the site`);
      else if (record.entity_version !== mine.entity_version || record.payload !== canonical(mine.payload)) {
        problems.push(`record ${record.entity}/${record.entity_id}: head office v${record.entity_version}, site v${mine.entity_version}${record.payload === canonical(mine.payload) ? '' : ' (payload differs)'}`);
      }
    }

    const batches = head.prepare('SELECT batch_id, entry_ids, ack FROM received_batches WHERE site_id = ?').all(siteId) as { batch_id: string; entry_ids: string; ack: string }[];
    const appliedBy = new Map<string, number>();
    for (const r of received) appliedBy.set(r.batch_id, (appliedBy.get(r.batch_id) ?? 0) + 1);
    let fresh = 0;
    for (const batch of batches) {
      const size = (JSON.parse(batch.entry_ids) as string[]).length;
      const { duplicates } = JSON.parse(batch.ack) as { duplicates: number };
      fresh += size - duplicates;
      if ((appliedBy.get(batch.batch_id) ?? 0) !== size - duplicates) {
        problems.push(`batch ${batch.batch_id} says it applied ${size - duplicates}, head office holds ${appliedBy.get(batch.batch_id) ?? 0} from it`);
      }
    }
    if (fresh !== outbox.length) problems.push(`batches applied ${fresh} entries in all, the outbox has ${outbox.length}`);
  } finally {
    head.close();
  }
  return problems;
}
