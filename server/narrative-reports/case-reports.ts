import type { Kysely } from 'kysely';
import { z } from 'zod';
import { caseFactsSchema } from '../../shared/reports/narrative/case-facts';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import { isCaseKind } from '../../shared/reports/narrative/kind-schema';
import { localDay, type Period } from '../../shared/reports/period';
import type { CaseReportListQuery, ConsoleCaseReportList, ConsoleCaseReportRow } from '../../shared/sync/console-case-reports-api';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { checkedPeriod } from '../reports/service';
import { narrativeSites, syncedNarrativeVersions } from './repository';
import { listedVersionSchema, parsed, receivedOf, type ListedVersion } from './service';

/**
 * Head office's list of the case reports (专项报告) received from the sites:
 * one row per site and complaint (its versions folded into the newest), placed
 * in the period its first version was issued, newest first, paged. Case
 * reports are one per major complaint, few beside the complaints themselves,
 * and their kind, complaint and issue time live in the synced payload only,
 * so they are chosen and paged here after one read of the site's versions.
 */

/** What the list reads of a case report's payload: the complaint it is about and, when the facts are there, the class as frozen. */
const listedCaseSchema = listedVersionSchema.extend({
  complaint: z.object({ id: z.string(), serial: z.string() }),
  caseFacts: z.object({ grade: caseFactsSchema.shape.grade.pick({ classLabel: true }) }).nullable().catch(null).default(null),
});
type ListedCase = z.infer<typeof listedCaseSchema>;

const CASE_KINDS = new Map(NARRATIVE_REPORT_KINDS.filter(isCaseKind).map((k) => [k.id, k]));

function inPeriod(period: Period | null, row: ConsoleCaseReportRow): boolean {
  if (!period) return true;
  const day = localDay(row.received.firstIssuedAt);
  return day >= period.firstDay && day <= period.lastDay;
}

/** Newest first issue first, then site code, complaint serial and id: a total order, so pages never overlap. */
function byNewest(a: ConsoleCaseReportRow, b: ConsoleCaseReportRow): number {
  return (
    b.received.firstIssuedAt.localeCompare(a.received.firstIssuedAt) ||
    a.siteCode.localeCompare(b.siteCode) ||
    a.complaint.serial.localeCompare(b.complaint.serial) ||
    a.received.id.localeCompare(b.received.id)
  );
}

function rowsOf(sites: { id: string; code: string; name: string }[], versions: { siteId: string; version: ListedCase }[]): ConsoleCaseReportRow[] {
  const groups = new Map<string, { siteId: string; versions: ListedCase[] }>();
  for (const { siteId, version } of versions) {
    const key = JSON.stringify([siteId, version.kindId, version.complaint.id]);
    const group = groups.get(key) ?? { siteId, versions: [] };
    group.versions.push(version);
    groups.set(key, group);
  }
  const byId = new Map(sites.map((s) => [s.id, s]));
  const rows: ConsoleCaseReportRow[] = [];
  for (const group of groups.values()) {
    const site = byId.get(group.siteId);
    const received = receivedOf(group.versions as ListedVersion[]);
    const newest = group.versions.at(-1)!;
    const kind = CASE_KINDS.get(newest.kindId)!;
    if (!site || !received) continue;
    rows.push({
      siteId: site.id,
      siteCode: site.code,
      siteName: site.name,
      kindId: kind.id,
      title: kind.title,
      complaint: newest.complaint,
      classLabel: newest.caseFacts?.grade.classLabel ?? null,
      received,
    });
  }
  return rows;
}

export async function consoleCaseReportList(db: Kysely<ServerDatabase>, query: CaseReportListQuery, now: Date): Promise<ConsoleCaseReportList> {
  const period = query.kind && query.key ? checkedPeriod(query.kind, query.key, now) : null;
  const sites = await narrativeSites(db, query.siteId);
  if (query.siteId && sites.length === 0) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
  const versions = (await syncedNarrativeVersions(db, query.siteId))
    .map((r) => ({ siteId: r.site_id, version: parsed(listedCaseSchema, r.payload) }))
    .filter((r): r is { siteId: string; version: ListedCase } => r.version !== null && CASE_KINDS.has(r.version.kindId) && (!query.complaintId || r.version.complaint.id === query.complaintId));
  const rows = rowsOf(sites, versions)
    .filter((row) => inPeriod(period, row))
    .sort(byNewest);
  return {
    period: period && { kind: period.kind, key: period.key, firstDay: period.firstDay, lastDay: period.lastDay },
    total: rows.length,
    offset: query.offset,
    limit: query.limit,
    rows: rows.slice(query.offset, query.offset + query.limit),
  };
}
