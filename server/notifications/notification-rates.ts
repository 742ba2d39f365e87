import type { Kysely } from 'kysely';
import type { NotificationTimeliness } from '../../shared/api/notifications';
import { addDays, dayStartInstant, type Period } from '../../shared/reports/period';
import type { NotificationRatesResponse } from '../../shared/sync/console-reports-api';
import type { ServerDatabase } from '../db/schema';
import { listReportSites } from '../reports/report-repository';
import { timelinessBySite } from './notification-rates-repository';

/** The console's 通知时效 for a period (local days, Asia/Shanghai): per site, and every site together. */
export async function notificationRates(db: Kysely<ServerDatabase>, period: Period): Promise<NotificationRatesResponse> {
  const range = { from: dayStartInstant(period.firstDay), to: dayStartInstant(addDays(period.lastDay, 1)) };
  const [rows, sites] = await Promise.all([timelinessBySite(db, range), listReportSites(db)]);
  const byId = new Map(sites.map((s) => [s.id, s]));
  const total = {} as NotificationTimeliness;
  for (const { stats } of rows) for (const [name, value] of Object.entries(stats) as [keyof NotificationTimeliness, number][]) total[name] = (total[name] ?? 0) + value;
  const zero = { raised: 0, acknowledgeRequired: 0, withDue: 0, acknowledgedWithinLimit: 0, acknowledgedLate: 0, unacknowledged: 0, escalated: 0, phoneRequired: 0, phoneConfirmed: 0, writtenRequired: 0, writtenOnTime: 0 };
  return {
    period,
    sites: rows.map((r) => ({ siteId: r.siteId, code: byId.get(r.siteId)?.code ?? r.siteId, name: byId.get(r.siteId)?.name ?? '', stats: r.stats })),
    total: { ...zero, ...total },
  };
}
