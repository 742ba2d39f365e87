import type { Kysely } from 'kysely';
import { z } from 'zod';
import { narrativeVersionSchema } from '../../shared/api/narrative-reports';
import { dueDate } from '../../shared/reports/compute';
import { NARRATIVE_REPORT_KINDS, narrativeKindsForPack } from '../../shared/reports/narrative';
import { isPeriodKind, type PeriodNarrativeKind } from '../../shared/reports/narrative/kind-schema';
import { localDay, type Period } from '../../shared/reports/period';
import type { ConsoleNarrativeList, ConsoleNarrativeRow, ConsoleNarrativeState, ConsoleNarrativeVersion, NarrativeListQuery, ReceivedNarrative } from '../../shared/sync/console-narrative-api';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { checkedPeriod } from '../reports/service';
import { siteRulePack } from '../services/site-rule-pack';
import { narrativeSites, syncedNarrativeVersion, syncedNarrativeVersions } from './repository';

/**
 * Head office's list of the sites' narrative reports for one period: a row
 * per site and per narrative kind its rule pack writes for that kind of
 * period, received or not, with the due date computed by the same shared
 * helper the site uses (shared/reports/compute dueDate).
 */

/**
 * What the list reads of a payload as the site sent it (electron/core/narrative-reports/service.ts
 * issueNarrative): only the fields it shows, so a version whose statistics or sections an older or
 * newer site shaped differently is still listed as received.
 */
export const listedVersionSchema = narrativeVersionSchema.pick({ id: true, kindId: true, period: true, version: true, replaces: true, correctionReason: true }).extend({
  issued: z.object({ at: z.string(), byName: z.string(), role: z.string() }),
});
export type ListedVersion = z.infer<typeof listedVersionSchema>;

/**
 * A whole version as a site sent it. Sites upgrade one by one: a site from before the case reports
 * (专项报告) sends no `complaint` or `caseFacts`; it wrote a period report, so both are null.
 */
const receivedVersionSchema = narrativeVersionSchema.extend({
  complaint: narrativeVersionSchema.shape.complaint.default(null),
  caseFacts: narrativeVersionSchema.shape.caseFacts.default(null),
});

export function parsed<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(payload));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function stateOf(period: Period, due: string | null, versions: readonly ListedVersion[], today: string): ConsoleNarrativeState {
  const first = versions[0];
  if (first) return due !== null && localDay(first.issued.at) > due ? 'late' : 'onTime';
  if (period.lastDay >= today) return 'open';
  return due !== null && today > due ? 'overdue' : 'due';
}

/** The newest of one report's versions as received, with when its first was issued; null when none arrived. Sorts `versions` by version. */
export function receivedOf(versions: ListedVersion[]): ReceivedNarrative | null {
  versions.sort((a, b) => a.version - b.version);
  const newest = versions.at(-1);
  const first = versions[0];
  if (!newest || !first) return null;
  return {
    id: newest.id,
    version: newest.version,
    issuedAt: newest.issued.at,
    issuedRole: newest.issued.role,
    issuedByName: newest.issued.byName,
    firstIssuedAt: first.issued.at,
    correction: newest.replaces ? { replacesVersion: newest.replaces.version, reason: newest.correctionReason ?? '' } : null,
  };
}

function rowOf(site: { id: string; code: string; name: string }, kind: PeriodNarrativeKind, period: Period, versions: ListedVersion[], today: string): ConsoleNarrativeRow {
  const received = receivedOf(versions);
  const due = dueDate(kind.due, period);
  return {
    siteId: site.id,
    siteCode: site.code,
    siteName: site.name,
    kindId: kind.id,
    title: kind.title,
    dueDate: due,
    state: stateOf(period, due, versions, today),
    received,
  };
}

export async function consoleNarrativeList(db: Kysely<ServerDatabase>, query: NarrativeListQuery, now: Date): Promise<ConsoleNarrativeList> {
  const period = checkedPeriod(query.kind, query.key, now);
  const today = localDay(now);
  const sites = await narrativeSites(db, query.siteId);
  if (query.siteId && sites.length === 0) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
  if (query.kindId && !NARRATIVE_REPORT_KINDS.some((k) => k.id === query.kindId)) throw new SyncHttpError(404, 'not_found', `没有这种分析报告：${query.kindId} / no such report`);
  const versions = (await syncedNarrativeVersions(db, query.siteId))
    .map((r) => ({ siteId: r.site_id, version: parsed(listedVersionSchema, r.payload) }))
    .filter((r): r is { siteId: string; version: ListedVersion } => r.version !== null && r.version.period?.kind === period.kind && r.version.period.key === period.key);
  const rows: ConsoleNarrativeRow[] = [];
  const sitesWithoutPack: ConsoleNarrativeList['sitesWithoutPack'] = [];
  for (const site of sites) {
    const pack = await siteRulePack(db, site.id);
    if (!pack) sitesWithoutPack.push({ code: site.code, name: site.name });
    // The period reports only: a case report (专项报告) has no period to be due in.
    const kinds = narrativeKindsForPack(pack).filter(isPeriodKind).filter((k) => k.periods.includes(period.kind) && (!query.kindId || k.id === query.kindId));
    for (const kind of kinds) {
      const own = versions.filter((v) => v.siteId === site.id && v.version.kindId === kind.id).map((v) => v.version);
      rows.push(rowOf(site, kind, period, own, today));
    }
  }
  const counts = { onTime: 0, late: 0, overdue: 0, due: 0, open: 0 };
  for (const row of rows) counts[row.state] += 1;
  return { period: { kind: period.kind, key: period.key, firstDay: period.firstDay, lastDay: period.lastDay }, today, counts, rows, sitesWithoutPack };
}

/** One received version, read-only, as the site issued it, with its kind (headings, signer) for the screen and the A4 print. */
export async function consoleNarrativeVersion(db: Kysely<ServerDatabase>, siteId: string, id: string): Promise<ConsoleNarrativeVersion> {
  const row = await syncedNarrativeVersion(db, siteId, id);
  const version = row ? parsed(receivedVersionSchema, row.payload) : null;
  const kind = version ? NARRATIVE_REPORT_KINDS.find((k) => k.id === version.kindId) : undefined;
  if (!row || !version || !kind) throw new SyncHttpError(404, 'not_found', '没有这份分析报告 / no such report');
  // A kind belongs to the one pack whose documents name it, the pack the site ran when it issued; a kind for every pack: the site's pack now.
  const rulePackId = kind.packs?.length === 1 ? kind.packs[0]! : await siteRulePack(db, siteId);
  return { version, kind, site: { code: row.code, name: row.name }, rulePackId };
}
