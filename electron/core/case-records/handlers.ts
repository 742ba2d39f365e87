import type { CaseRecords } from '../../../shared/api/case-records';
import type { User } from '../../../shared/api/users';
import { requireUser, type CallContext } from '../context';
import type { WriteDb } from '../db/handles';
import { caseRecordsOf } from './records';
import { addCapa, completeCapa, verifyCapa } from './capa';
import { addCompensation, decideCompensation, deliverCompensation } from './compensation';
import { reviewReport, saveReport } from './report';
import { addSanction } from './sanctions';
import { gradingEnv } from '../complaints/grading';
import type { HandlersOf } from '../handlers/handler';
import { complaintIdOfCapa } from './capa-repository';
import { complaintIdOfCompensation } from './compensation-repository';

/** The case's records as this person sees them now, after a read or a write. */
function recordsOf(ctx: CallContext, complaintId: string): CaseRecords {
  const now = ctx.core.now();
  const db = ctx.core.store.read;
  return caseRecordsOf(db, complaintId, requireUser(ctx), gradingEnv(db, now, ctx.core.calendar), now);
}

/** Runs one write in its transaction (record, audit, outbox and handling-log event together), then answers with the case's records. */
function write(ctx: CallContext, complaintId: (tx: WriteDb) => string, run: (tx: WriteDb, user: User, at: Date) => void): CaseRecords {
  const user = requireUser(ctx);
  const at = ctx.core.now();
  const id = ctx.core.store.transaction((tx) => {
    run(tx, user, at);
    return complaintId(tx);
  });
  return recordsOf(ctx, id);
}

/** The complaint a compensation or corrective action belongs to, read in the write's transaction after it ran. */
const ofCompensation = (id: string) => (tx: WriteDb) => complaintIdOfCompensation(tx, id);
const ofCapa = (id: string) => (tx: WriteDb) => complaintIdOfCapa(tx, id);

export const caseRecordHandlers: HandlersOf<
  | 'caseRecords.get'
  | 'caseRecords.saveReport'
  | 'caseRecords.reviewReport'
  | 'caseRecords.addCompensation'
  | 'caseRecords.decideCompensation'
  | 'caseRecords.deliverCompensation'
  | 'caseRecords.addCapa'
  | 'caseRecords.completeCapa'
  | 'caseRecords.verifyCapa'
  | 'caseRecords.addSanction'
> = {
  'caseRecords.get': (ctx, input) => recordsOf(ctx, input.complaintId),
  'caseRecords.saveReport': (ctx, input) => write(ctx, () => input.complaintId, (tx, user, at) => saveReport(tx, input, user, at)),
  'caseRecords.reviewReport': (ctx, input) => write(ctx, () => input.complaintId, (tx, user, at) => reviewReport(tx, input, user, at)),
  'caseRecords.addCompensation': (ctx, input) =>
    write(
      ctx,
      () => input.complaintId,
      (tx, user, at) => addCompensation(tx, input, user, gradingEnv(tx, at, ctx.core.calendar), at),
    ),
  'caseRecords.decideCompensation': (ctx, input) => write(ctx, ofCompensation(input.compensationId), (tx, user, at) => decideCompensation(tx, input, user, at)),
  'caseRecords.deliverCompensation': (ctx, input) => write(ctx, ofCompensation(input.compensationId), (tx, user, at) => deliverCompensation(tx, input, user, at)),
  'caseRecords.addCapa': (ctx, input) => write(ctx, () => input.complaintId, (tx, user, at) => addCapa(tx, input, user, at)),
  'caseRecords.completeCapa': (ctx, input) => write(ctx, ofCapa(input.capaId), (tx, user, at) => completeCapa(tx, input, user, at)),
  'caseRecords.verifyCapa': (ctx, input) => write(ctx, ofCapa(input.capaId), (tx, user, at) => verifyCapa(tx, input, user, at)),
  'caseRecords.addSanction': (ctx, input) => write(ctx, () => input.complaintId, (tx, user, at) => addSanction(tx, input, user, at)),
};
