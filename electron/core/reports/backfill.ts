import { compactReportRow } from '../../../shared/reports/report-payload';
import { grade } from '../../../shared/rules/grade';
import type { CoreContext } from '../context';
import { recordChange } from '../change-log/change-log';
import { factsOf, toComplaint, withoutGrade } from '../complaints/complaint-rows';
import { getRow } from '../complaints/complaints-repository';
import { gradingEnv, recordGradingEnv, toGradingRecord } from '../complaints/grading';
import { projectComplaint } from './projection';
import { complaintsToResend, complaintsWithoutRow, forgetResend } from './report-repository';

/** Rows built per transaction: a short write, so a save typed meanwhile never waits long. */
const BATCH = 500;

/**
 * Builds the report rows of complaints stored before migration 0021, and
 * rebuilds those head office must receive again (`report_resends`: rows
 * pushed before a column they now fill existed, migration 0024), one batch
 * per call (the core runs it after start-up, like re-grading). Each row is
 * graded under the pack version its complaint is pinned to, as of now, and
 * queued for head office inside the complaint's payload at its current
 * version (head office keeps the later entry of an equal version), audited as
 * a system action. Returns whether more remain.
 */
export function backfillReportRows(core: Pick<CoreContext, 'store' | 'now' | 'calendar'>, limit = BATCH): { built: number; more: boolean } {
  const now = core.now();
  const siteEnv = gradingEnv(core.store.read, now, core.calendar);
  return core.store.transaction((tx) => {
    const missing = complaintsWithoutRow(tx, limit + 1);
    const ids = missing.length > limit ? missing : [...missing, ...complaintsToResend(tx, limit + 1 - missing.length)];
    const more = ids.length > limit;
    if (more) ids.pop();
    for (const id of ids) {
      const row = getRow(tx, id)!;
      const env = recordGradingEnv(tx, row, siteEnv);
      const graded = env ? grade(toGradingRecord(factsOf(row)), env.pack, now, env.calendar) : null;
      const report = projectComplaint(tx, id, graded ? { deadlines: graded.deadlines, calendar: core.calendar } : undefined);
      const complaint = withoutGrade(toComplaint(row, null));
      recordChange(tx, {
        userId: null,
        at: now,
        action: 'reports.backfill',
        entity: 'complaint',
        entityId: id,
        entityVersion: complaint.version,
        before: null,
        after: { report },
        syncPayload: { ...complaint, report: report && compactReportRow(report, complaint as unknown as Record<string, unknown>) },
      });
      forgetResend(tx, id);
    }
    return { built: ids.length, more };
  });
}
