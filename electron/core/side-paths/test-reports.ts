import { ApiError } from '../../../shared/api/errors';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Retest, TestReportRecords } from '../../../shared/api/test-reports';
import type { User } from '../../../shared/api/users';
import { newId } from '../../../shared/ids';
import { maskNumbersInText } from '../../../shared/privacy/mask';
import type { SidePaths } from '../../../shared/rules/side-paths-schema';
import type { ReadDb, WriteDb } from '../db/handles';
import { recordChange } from '../change-log/change-log';
import type { ComplaintRow } from '../complaints/complaint-rows';
import { complaintRow } from '../complaints/complaint-actor';
import { recordGradingEnv, type GradingEnv } from '../complaints/grading';
import { requireNamedHolder, requirePathActor } from './path-actor';
import { insertRetest, insertWithdrawal, recordedReportNumber, retestById, retestsOf, withdrawalOfRetest, type RetestRead, type RetestRow } from './test-reports-repository';

/**
 * The testing station's re-test and report withdrawal (seed002 客户管理制度6 2.2.2–2.2.5; issue 23 item 3): a
 * re-test on the coded sample by two different persons, and the withdrawal and voiding of the original report
 * where — and only where — the re-test proved it wrong, approved by the authorised signatory. Append-only;
 * each write is its row, audit and outbox (entity `report_retest`, `report_withdrawal`) in one transaction.
 */

type RetestPath = NonNullable<SidePaths['reportRetest']>;

/** The pack's re-test path for the case's class, or null where it offers none. */
function retestPathOf(row: ComplaintRow, env: GradingEnv | null): RetestPath | null {
  const path = env?.pack.paths?.reportRetest;
  if (!path || !env) return null;
  const classCode = row.class_code ?? env.pack.defaultClass;
  return !path.classes || path.classes.includes(classCode) ? path : null;
}

function requirePath(row: ComplaintRow, env: GradingEnv | null): RetestPath {
  const path = retestPathOf(row, env);
  if (!path) throw ApiError.because('CONFLICT', 'sidePaths.errors.retestNotOffered');
  return path;
}

function toRetest(r: RetestRead, path: RetestPath): Retest {
  const withdrawal = r.w_withdrawn_at
    ? {
        reason: r.w_reason ?? '',
        approvedByName: r.w_approved_by_name ?? '',
        withdrawnAt: r.w_withdrawn_at,
        correctedReportNumber: r.w_corrected_report_number ?? '',
        recordedByName: r.w_recorded_by_name ?? '',
        source: path.withdrawalSource,
      }
    : null;
  return {
    id: r.id,
    reportNumber: r.report_number,
    sampleCode: r.sample_code,
    sampleBasis: r.sample_basis as Retest['sampleBasis'],
    resampleReason: r.resample_reason,
    testerNames: [r.tester_one_name, r.tester_two_name],
    testedAt: r.tested_at,
    result: r.result,
    originalCorrect: r.original_correct === 1,
    recordedByName: r.recorded_by_name,
    withdrawal,
    source: path.source,
  };
}

export function testReportsOf(db: ReadDb, complaintId: string, siteEnv: GradingEnv | null): TestReportRecords {
  const row = complaintRow(db, complaintId);
  const path = retestPathOf(row, recordGradingEnv(db, row, siteEnv));
  return { offered: !!path, retests: path ? retestsOf(db, complaintId).map((r) => toRetest(r, path)) : [] };
}

/** 2.2.2–2.2.4: the re-test of the registered report on the coded sample, by two different testers at once. */
export function recordRetest(tx: WriteDb, input: ApiParsedInput<'testReports.recordRetest'>, user: User, siteEnv: GradingEnv | null, at: Date): void {
  const row = complaintRow(tx, input.complaintId);
  const env = recordGradingEnv(tx, row, siteEnv);
  const path = requirePath(row, env);
  requirePathActor(tx, row, user, env, path);
  const [one, two] = input.testerIds as [string, string];
  if (one === two) throw ApiError.because('VALIDATION', 'sidePaths.errors.sameTesterTwice', { source: path.source }, 'testerIds');
  const testers = { roles: path.testerRoles, source: path.source };
  requireNamedHolder(tx, row, one, env, testers, 'testerIds.0');
  requireNamedHolder(tx, row, two, env, testers, 'testerIds.1');
  if (input.sampleBasis === 'resampled' && !input.resampleReason) throw ApiError.because('VALIDATION', 'sidePaths.errors.resampleReasonRequired', { source: path.source }, 'resampleReason');
  const reportNumber = recordedReportNumber(tx, row.id, path.reportField);
  if (!reportNumber) throw ApiError.because('CONFLICT', 'sidePaths.errors.reportNumberMissing');
  const next: RetestRow = {
    id: newId(),
    complaint_id: row.id,
    report_number: reportNumber,
    sample_code: input.sampleCode,
    sample_basis: input.sampleBasis,
    resample_reason: input.sampleBasis === 'resampled' ? (input.resampleReason ?? null) : null,
    tester_one: one,
    tester_two: two,
    tested_at: new Date(input.testedAt).toISOString(),
    result: input.result,
    original_correct: input.originalCorrect ? 1 : 0,
    recorded_by: user.id,
    recorded_at: at.toISOString(),
  };
  insertRetest(tx, next);
  recordChange(tx, { userId: user.id, at, action: 'testReports.recordRetest', entity: 'report_retest', entityId: next.id, entityVersion: 1, before: null, after: next, syncPayload: next });
}

/** 2.2.5: the original report withdrawn and voided after a re-test proved it wrong, approved by the authorised signatory. */
export function withdrawReport(tx: WriteDb, input: ApiParsedInput<'testReports.withdraw'>, user: User, siteEnv: GradingEnv | null, at: Date): string {
  const retest = retestById(tx, input.retestId);
  if (!retest) throw ApiError.because('NOT_FOUND', 'sidePaths.errors.retestNotFound');
  const row = complaintRow(tx, retest.complaint_id);
  const env = recordGradingEnv(tx, row, siteEnv);
  const path = requirePath(row, env);
  requirePathActor(tx, row, user, env, path);
  if (retest.original_correct === 1) throw ApiError.because('CONFLICT', 'sidePaths.errors.originalStands', { source: path.withdrawalSource });
  if (withdrawalOfRetest(tx, retest.id)) throw ApiError.because('CONFLICT', 'sidePaths.errors.alreadyWithdrawn');
  requireNamedHolder(tx, row, input.approvedById, env, { roles: path.approverRoles, source: path.withdrawalSource }, 'approvedById');
  const withdrawnAt = new Date(input.withdrawnAt).toISOString();
  if (withdrawnAt < retest.tested_at) throw ApiError.because('VALIDATION', 'sidePaths.errors.withdrawnBeforeRetest', undefined, 'withdrawnAt');
  const next = {
    id: newId(),
    complaint_id: row.id,
    retest_id: retest.id,
    reason: input.reason,
    approved_by: input.approvedById,
    withdrawn_at: withdrawnAt,
    corrected_report_number: input.correctedReportNumber,
    recorded_by: user.id,
    recorded_at: at.toISOString(),
  };
  insertWithdrawal(tx, next);
  recordChange(tx, { userId: user.id, at, action: 'testReports.withdraw', entity: 'report_withdrawal', entityId: next.id, entityVersion: 1, before: null, after: next, syncPayload: next });
  return row.id;
}

/**
 * 2.2.5 “并将结果填写于‘抱怨受理登记表’‘处理结果’栏”: the case's result followed by each re-test's result — the
 * original kept, or withdrawn and voided with the corrected report's number — as the register prints it; the
 * plain result where no re-test was recorded.
 */
export function resultWithRetests(db: ReadDb, complaintId: string, result: string | null): { zh: string; en: string } | string | null {
  const retests = retestsOf(db, complaintId);
  if (retests.length === 0) return result;
  // A bilingual cell escapes the dispatcher's masking by key, so the numbers typed into the texts are masked here.
  const lines = retests.map((r) => retestLine({ ...r, result: maskNumbersInText(r.result) }));
  const typed = result === null ? null : maskNumbersInText(result);
  const zh = [typed, ...lines.map((l) => l.zh)].filter(Boolean).join('；');
  const en = [typed, ...lines.map((l) => l.en)].filter(Boolean).join('; ');
  return { zh, en };
}

function retestLine(r: RetestRead): { zh: string; en: string } {
  const no = r.report_number;
  if (r.original_correct === 1) return { zh: `复检：${r.result}，原检验结果正确，维持原报告 ${no}`, en: `Re-test: ${r.result}; the original result is correct, report ${no} stands` };
  if (!r.w_withdrawn_at) return { zh: `复检：${r.result}，原检验结果有误`, en: `Re-test: ${r.result}; the original result is wrong` };
  const corrected = r.w_corrected_report_number ?? '';
  return {
    zh: `复检：${r.result}，原检验结果有误，经授权签字人${r.w_approved_by_name ?? ''}批准收回原报告 ${no} 并作废，出具更正报告 ${corrected}`,
    en: `Re-test: ${r.result}; the original result is wrong, report ${no} withdrawn and voided with the approval of the authorised signatory ${r.w_approved_by_name ?? ''}, corrected report ${corrected} issued`,
  };
}
