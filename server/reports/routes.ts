import type { FastifyInstance, FastifyRequest } from 'fastify';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { measureHeads } from '../../shared/reports/compute';
import { localDay } from '../../shared/reports/period';
import type { ConsoleUser } from '../../shared/sync/console-api';
import {
  CONSOLE_REPORT_PATHS,
  casesQuerySchema,
  overviewQuerySchema,
  referenceEntrySchema,
  referenceQuerySchema,
  reportQuerySchema,
  type ReferenceEntry,
} from '../../shared/sync/console-reports-api';
import type { AppDeps } from '../app';
import { parseBody, SyncHttpError } from '../http/errors';
import { listReportSites, referenceRows, siteExists, upsertReference } from './report-repository';
import { checkedPeriod, headOfficeCases, headOfficeReport, overview } from './service';
import { notificationRates } from '../notifications/notification-rates';

/** The console's reports, inside its session scope (server/routes/console-routes.ts). */
export function registerConsoleReportRoutes(staff: FastifyInstance, deps: AppDeps, staffMember: (request: FastifyRequest) => ConsoleUser): void {
  const { db, now } = deps;
  staff.get(CONSOLE_REPORT_PATHS.definitions, async () => ({
    definitions: REPORT_DEFINITIONS.map((d) => ({ ...d, heads: measureHeads(d) })),
    sites: await listReportSites(db),
    today: localDay(now()),
  }));
  staff.get(CONSOLE_REPORT_PATHS.run, async (request) => headOfficeReport(db, parseBody(reportQuerySchema, request.query), now()));
  staff.get(CONSOLE_REPORT_PATHS.cases, async (request) => {
    const q = parseBody(casesQuerySchema, request.query);
    const after = q.afterReceivedAt && q.afterSiteId && q.afterComplaintId ? { receivedAt: q.afterReceivedAt, siteId: q.afterSiteId, complaintId: q.afterComplaintId } : null;
    const cell = { dimension: q.dimension as never, value: q.none ? null : q.value, bucket: q.cellBucket };
    return headOfficeCases(db, { ...q, cell, after, limit: q.limit }, now());
  });
  staff.get(CONSOLE_REPORT_PATHS.overview, async (request) => {
    const q = parseBody(overviewQuerySchema, request.query);
    return overview(db, q.kind, q.key, now());
  });
  staff.get(CONSOLE_REPORT_PATHS.reference, async (request) => {
    const q = parseBody(referenceQuerySchema, request.query);
    const period = checkedPeriod(q.kind, q.key, now());
    const rows = await referenceRows(db, q.kind, [q.key]);
    return { period, entries: rows.map((r) => ({ siteId: r.site_id, premium: r.premium, policies: r.policies, enteredBy: r.entered_by, enteredAt: r.entered_at })) };
  });
  staff.get(CONSOLE_REPORT_PATHS.notificationRates, async (request) => {
    const q = parseBody(overviewQuerySchema, request.query);
    return notificationRates(db, checkedPeriod(q.kind, q.key, now()));
  });
  staff.post(CONSOLE_REPORT_PATHS.reference, async (request) => saveReference(deps, parseBody(referenceEntrySchema, request.body), staffMember(request).displayName));
}

/** The admin token's way to enter the same figures (a finance import). */
export function registerAdminReportRoutes(admin: FastifyInstance, deps: AppDeps): void {
  admin.post(CONSOLE_REPORT_PATHS.adminReference, async (request) => saveReference(deps, parseBody(referenceEntrySchema, request.body), 'admin API'));
}

/**
 * Premium and policy counts of one site and period (seed003 篇5 6.5). Refused
 * when the site is unknown or the period does not exist or has not begun;
 * a figure not sent is kept as it was.
 */
async function saveReference(deps: AppDeps, entry: ReferenceEntry, by: string) {
  const at = deps.now();
  const period = checkedPeriod(entry.period.kind, entry.period.key, at);
  if (!(await siteExists(deps.db, entry.siteId))) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
  const [current] = await referenceRows(deps.db, period.kind, [period.key], entry.siteId);
  const saved = { siteId: entry.siteId, kind: period.kind, key: period.key, premium: entry.premium ?? current?.premium ?? null, policies: entry.policies ?? current?.policies ?? null };
  await upsertReference(deps.db, saved, by, at.toISOString());
  return { period, siteId: saved.siteId, premium: saved.premium, policies: saved.policies, enteredBy: by, enteredAt: at.toISOString() };
}
