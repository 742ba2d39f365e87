import type { CaseRecords, InvestigationReport } from '../../../shared/api/case-records';
import type { User } from '../../../shared/api/users';
import { pendingStep, REPORT_REQUIRED_TO_RESOLVE, REVIEW_CHAIN } from '../../../shared/domain/case-records';
import type { ReadDb } from '../db/handles';
import { actorOf, complaintRow, compensationStandardOf, mayWrite } from './access';
import { capasOf } from './capa';
import { compensationsOf } from './compensation';
import { reportOf, type StoredReport } from './report';
import { sanctionsOf } from './sanctions';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { dueSanctionsOf } from '../thresholds';

/** Everything recorded on the case, and what this person may do now. */
export function caseRecordsOf(db: ReadDb, complaintId: string, user: User, siteEnv: GradingEnv | null, now: Date): CaseRecords {
  const row = complaintRow(db, complaintId);
  const env = recordGradingEnv(db, row, siteEnv);
  const actor = actorOf(row, user);
  const report = reportOf(db, row.id);
  const writable = row.status !== 'closed' && row.status !== 'invalid';
  const step = report ? pendingStep(report.status) : null;
  // The core refuses the same: a reviewer holds the step's permission, is not the person complained about, and wrote no part of it.
  const mayReview = step !== null && !actor.isSubject && actor.permissions.has(REVIEW_CHAIN[step].permission) && !report!.authorIds.includes(user.id);
  return {
    complaintId: row.id,
    report: report ? withoutAuthors(report) : null,
    compensations: compensationsOf(db, row.id, actor, now),
    capas: capasOf(db, row.id, actor, now),
    sanctions: sanctionsOf(db, row.id),
    dueSanctions: dueSanctionsOf(db, row),
    may: {
      editReport: row.status !== 'invalid' && mayWrite(actor) && (!report || report.status === 'draft'),
      reviewStep: row.status !== 'invalid' && mayReview ? step : null,
      addCompensation: writable && mayWrite(actor),
      addCapa: row.status !== 'invalid' && mayWrite(actor),
      addSanction: !actor.isSubject && actor.permissions.has('sanction.record'),
    },
    compensationStandard: compensationStandardOf(row, env),
    reportRequiredToResolve: env ? (REPORT_REQUIRED_TO_RESOLVE[env.pack.id] ?? null) : null,
  };
}

function withoutAuthors({ authorIds: _authors, ...report }: StoredReport): InvestigationReport {
  return report;
}
