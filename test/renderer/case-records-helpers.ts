import { screen } from '@testing-library/react';
import type { CaseRecords } from '../../shared/api/case-records';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { User } from '../../shared/api/users';
import { fromDateTimeLocal, toDateTimeLocal } from '../../renderer/lib/zoned-time';
import type { FakeBridge, FakeHandlers } from './fake-bridge';
import { detailOf, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

/** An assigned complaint, as the case records are kept for. */
export const caseDetail: ComplaintDetail = detailOf(
  { ...sampleComplaint, status: 'in_progress', version: 4, assigneeId: 'u-zhangwei', assigneeName: '张伟', unit: '维修班', classCode: 'A' },
  { validity: 'valid', actions: ['log'] },
);

/** Records with nothing kept yet and everything allowed; tests set what they need. */
export function recordsOf(overrides: Partial<CaseRecords> = {}): CaseRecords {
  return {
    complaintId: caseDetail.id,
    report: null,
    compensations: [],
    capas: [],
    sanctions: [],
    dueSanctions: [],
    may: { editReport: true, reviewStep: null, addCompensation: true, addCapa: true, addSanction: true },
    compensationStandard: null,
    reportRequiredToResolve: null,
    ...overrides,
  };
}

/** Opens the detail with `records` answered by caseRecords.get; writes answer `after` unless overridden. */
export async function openRecords(records: CaseRecords, user: User = wangjg, overrides: FakeHandlers = {}): Promise<{ bridge: FakeBridge }> {
  const rendered = await openDetail(caseDetail, user, { 'caseRecords.get': () => records, ...overrides });
  await screen.findByTestId('report-section');
  return rendered;
}

/** The inputs sent to one method, in order. */
export function sent(bridge: FakeBridge, method: Parameters<FakeBridge['callsTo']>[0]): unknown[] {
  return bridge.callsTo(method).map((c) => c.input);
}

const TZ = 'Asia/Shanghai';
/** A datetime-local value `days` from now in site time, and the instant the form must send for it. */
export function siteTime(days: number): { local: string; iso: string } {
  const local = toDateTimeLocal(new Date(Date.now() + days * 86_400_000), TZ);
  return { local, iso: fromDateTimeLocal(local, TZ)! };
}
