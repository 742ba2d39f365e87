import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CONSOLE_SANCTION_PATHS, sanctionRollupQuerySchema, type ConsoleSanctionRollup } from '../../shared/sync/console-sanctions-api';
import type { AppDeps } from '../app';
import type { ServerDatabase } from '../db/schema';
import { parseBody } from '../http/errors';
import { checkedPeriod } from '../reports/service';
import { recordsWithPayload } from '../services/console-records';

/** What head office reads of a site's ledger entry (the site's row, electron/core/sanctions/ledger-repository.ts). */
interface SyncedEntry {
  target: 'person' | 'unit';
  person_id: string | null;
  person_name: string | null;
  unit: string | null;
  amount: number;
  points: number;
  decided_on: string;
}

const cents = (n: number) => Math.round(n * 100) / 100;

function sum<K>(rows: readonly { key: K; entry: SyncedEntry }[]): Map<K, { amount: number; points: number; entries: number }> {
  const out = new Map<K, { amount: number; points: number; entries: number }>();
  for (const { key, entry } of rows) {
    const t = out.get(key) ?? { amount: 0, points: 0, entries: 0 };
    out.set(key, { amount: cents(t.amount + entry.amount), points: t.points + entry.points, entries: t.entries + 1 });
  }
  return out;
}

/**
 * The roll-up across sites: every synced entry of the period (by its decision
 * day), summed in TypeScript on either engine, so SQLite and PostgreSQL give
 * the same numbers from the same rows.
 */
export async function consoleSanctionRollup(db: Kysely<ServerDatabase>, query: { kind: 'month' | 'quarter' | 'year'; key: string; siteId?: string | undefined }, now: Date): Promise<ConsoleSanctionRollup> {
  const period = checkedPeriod(query.kind, query.key, now);
  const rows = await recordsWithPayload(db, 'sanction_ledger', query.siteId).select(['r.site_id', 's.code', 'e.payload']).execute();
  const entries = rows
    .map((r) => ({ siteId: r.site_id, siteCode: r.code, entry: JSON.parse(r.payload) as SyncedEntry }))
    .filter((r) => r.entry.decided_on >= period.firstDay && r.entry.decided_on <= period.lastDay);
  const codes = new Map(entries.map((e) => [e.siteId, e.siteCode]));
  const sites = sum(entries.map((e) => ({ key: e.siteId, entry: e.entry })));
  const units = sum(entries.map((e) => ({ key: `${e.siteId}\u0000${e.entry.unit ?? ''}`, entry: e.entry })));
  const persons = sum(entries.filter((e) => e.entry.target === 'person').map((e) => ({ key: `${e.siteId}\u0000${e.entry.person_id}`, entry: e.entry })));
  const months = sum(entries.map((e) => ({ key: e.entry.decided_on.slice(0, 7), entry: e.entry })));
  const person = new Map(entries.map((e) => [`${e.siteId}\u0000${e.entry.person_id}`, e.entry]));
  const total = sum(entries.map((e) => ({ key: 'all', entry: e.entry }))).get('all') ?? { amount: 0, points: 0, entries: 0 };
  return {
    period: { kind: period.kind, key: period.key, firstDay: period.firstDay, lastDay: period.lastDay },
    sites: [...sites].map(([siteId, t]) => ({ siteId, siteCode: codes.get(siteId) ?? '', ...t })).sort((a, b) => a.siteCode.localeCompare(b.siteCode)),
    units: [...units]
      .map(([key, t]) => {
        const [siteId, unit] = key.split('\u0000') as [string, string];
        return { siteId, unit: unit === '' ? null : unit, ...t };
      })
      .sort((a, b) => a.siteId.localeCompare(b.siteId) || (a.unit ?? '').localeCompare(b.unit ?? '', 'zh-CN')),
    persons: [...persons]
      .map(([key, t]) => {
        const [siteId, personId] = key.split('\u0000') as [string, string];
        const e = person.get(key)!;
        return { siteId, personId, personName: e.person_name ?? '', unit: e.unit, ...t };
      })
      .sort((a, b) => b.amount - a.amount || b.points - a.points || a.personName.localeCompare(b.personName, 'zh-CN')),
    months: [...months].map(([month, t]) => ({ month, ...t })).sort((a, b) => a.month.localeCompare(b.month)),
    total,
  };
}

/** The console's roll-up route, inside its session scope (server/routes/console-routes.ts). */
export function registerConsoleSanctionRoutes(staff: FastifyInstance, deps: AppDeps): void {
  staff.get(CONSOLE_SANCTION_PATHS.rollup, async (request) => consoleSanctionRollup(deps.db, parseBody(sanctionRollupQuerySchema, request.query), deps.now()));
}
