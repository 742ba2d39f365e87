import { ApiError } from '../../../shared/api/errors';
import type { ComplaintStatus } from '../../../shared/domain/workflow';
import type { ReadDb } from '../db/handles';
import { repeatCandidates, repeatWindowDays, type RepeatKind, type RepeatProbe } from '../escalations/index';
import { requireUser, type CallContext } from '../context';
import { listComplaints } from './complaint-list-repository';
import { complaintRemarks } from './complaint-remarks';
import { createComplaint, overrideClass, sameProblemCountFor } from './complaints';
import { createCustomer, customerPhoneOf, customerSummary, siteCustomerScheme } from '../customers/index';
import { entryOfComplaint } from '../opinion-book/index';
import { complaintExists } from './complaints-repository';
import { complaintDetail, performAction } from './workflow';
import { explainGrade, gradingEnv, unknownTickedCriteria, type GradingEnv } from './grading';
import { readSite } from '../site/site';
import { findUserById } from '../users/users';
import { deleteDraft } from '../drafts/drafts-repository';
import type { HandlersOf } from '../handlers/handler';

/** How far in the future a received-at time may lie (clock drift between a phone and the PC). */
const RECEIVED_AT_TOLERANCE_MS = 5 * 60_000;

export function envOf(ctx: CallContext): GradingEnv | null {
  return gradingEnv(ctx.core.store.read, ctx.core.now(), ctx.core.calendar);
}

function checkReceivedAt(receivedAt: Date, now: Date): void {
  if (receivedAt.getTime() > now.getTime() + RECEIVED_AT_TOLERANCE_MS) {
    throw ApiError.because('VALIDATION', 'complaintErrors.receivedInFuture', undefined, 'receivedAt');
  }
}

function checkTicked(ticked: readonly string[] | undefined, env: GradingEnv | null): void {
  const unknown = env ? unknownTickedCriteria(ticked ?? [], env.pack) : (ticked ?? []);
  if (unknown.length > 0) throw ApiError.because('VALIDATION', 'complaintErrors.unknownCriteria', { count: unknown.length }, 'tickedCriteria');
}

/** A cause must be one of the site pack's causes (篇6 第三十二条; 篇5 6.3). */
function checkCause(causeCode: string | undefined, env: GradingEnv | null): void {
  if (causeCode !== undefined && !env?.pack.causes.some((c) => c.code === causeCode)) throw ApiError.because('VALIDATION', 'complaintErrors.unknownCause', undefined, 'causeCode');
}

/**
 * A repeat link is taken only when the repeat match offers it: the same customer within the pack's window,
 * on the same problem category (篇6 第三十条) or against a person who handled the earlier case for a
 * subjective cause (第三十二条). Returns the kinds it matches.
 */
function confirmedRepeat(db: ReadDb, probe: RepeatProbe, repeatOfId: string, env: GradingEnv | null): RepeatKind[] {
  const match = repeatCandidates(db, probe, env?.pack ?? null).find((c) => c.id === repeatOfId);
  if (!match || match.kinds.length === 0) {
    throw ApiError.because('VALIDATION', 'complaintErrors.notARepeat', { days: repeatWindowDays(env?.pack ?? null) }, 'repeatOfId');
  }
  return match.kinds;
}

/** A media or regulator channel means media or a regulator is involved, whatever the box says. */
function involvement(input: { channel?: string | undefined; mediaInvolved?: boolean | undefined; regulatorInvolved?: boolean | undefined }) {
  return {
    mediaInvolved: Boolean(input.mediaInvolved) || input.channel === 'media',
    regulatorInvolved: Boolean(input.regulatorInvolved) || input.channel === 'regulator',
  };
}

/** A user who must exist and be active (first receiver, person complained about). */
function activeUser(ctx: CallContext, id: string, path: string) {
  const user = findUserById(ctx.core.store.read, id);
  if (!user || !user.active) throw ApiError.because('VALIDATION', 'workflow.errors.unknownUser', undefined, path);
  return user;
}

export function detailOrNotFound(ctx: CallContext, id: string, env: GradingEnv | null) {
  const detail = complaintDetail(ctx.core.store.read, id, requireUser(ctx), env);
  if (!detail) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
  const db = ctx.core.store.read;
  const fromOpinionEntry = entryOfComplaint(db, id) ?? null;
  // The customer file as it is now, so its 投诉苗头 flag shows beside the case.
  return { ...detail, customer: customerSummary(db, detail.customerId), fromOpinionEntry };
}

export const complaintHandlers: HandlersOf<
  | 'complaints.create'
  | 'complaints.list'
  | 'complaints.get'
  | 'complaints.gradePreview'
  | 'complaints.overrideClass'
  | 'complaints.act'
  | 'complaints.similar'
  | 'complaints.headOfficeRemarks'
> = {
  'complaints.create': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
    checkReceivedAt(receivedAt, at);
    return ctx.core.store.transaction((tx) => {
      const site = readSite(tx);
      if (!site) throw ApiError.because('CONFLICT', 'complaintErrors.siteNotSetUp');
      const { newCustomer, ...record } = input;
      let customerId = input.customerId;
      const file = customerId ? customerPhoneOf(tx, customerId) : undefined;
      if (customerId && !file) throw ApiError.because('VALIDATION', 'complaintErrors.noSuchCustomer', undefined, 'customerId');
      // The form shows a file's phone masked and leaves the field empty: the complaint takes the file's number.
      const customerPhone = input.customerPhone ?? file?.phone ?? undefined;
      // A new customer's file is written in this transaction: if the complaint fails, no orphan file is left.
      if (newCustomer) {
        const customer = { ...newCustomer, name: input.customerName, phone: input.customerPhone };
        customerId = createCustomer(tx, customer, siteCustomerScheme(tx), user.id, at, 'newCustomer.').id;
      }
      const env = gradingEnv(tx, at, ctx.core.calendar);
      checkTicked(input.tickedCriteria, env);
      const firstReceiverId = input.firstReceiverId ?? user.id;
      activeUser(ctx, firstReceiverId, 'firstReceiverId');
      if (input.subjectUserId) activeUser(ctx, input.subjectUserId, 'subjectUserId');
      checkCause(input.causeCode, env);
      const repeatKinds = input.repeatOfId ? confirmedRepeat(tx, { ...input, customerId, customerPhone, receivedAt }, input.repeatOfId, env) : undefined;
      const created = createComplaint(
        tx,
        { ...record, customerId, customerPhone, ...involvement(input), tickedCriteria: input.tickedCriteria ?? [], receivedAt, firstReceiverId, repeatKinds },
        site,
        env,
        user.id,
        at,
      );
      // The draft this record was typed from is spent; removed in the same transaction, so a crash keeps one or the other.
      deleteDraft(tx, user.id, { form: 'complaint-new' });
      return created;
    });
  },

  'complaints.gradePreview': (ctx, input) => {
    const env = envOf(ctx);
    if (!env) return null;
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : env.now;
    checkReceivedAt(receivedAt, env.now);
    checkTicked(input.tickedCriteria, env);
    return explainGrade(
      {
        kind: input.kind ?? 'complaint',
        receivedAt,
        resolvedAt: null,
        directLoss: input.directLoss ?? null,
        groupSize: input.groupSize ?? null,
        affectedShare: input.affectedShare ?? null,
        ...involvement(input),
        tickedCriteria: input.tickedCriteria ?? [],
        packFacts: input.packFacts ?? {},
        sameProblemCountThisMonth: sameProblemCountFor(ctx.core.store.read, input.problemCode, receivedAt),
      },
      env,
      null,
    );
  },

  'complaints.overrideClass': (ctx, input) => {
    const user = requireUser(ctx);
    const env = envOf(ctx);
    if (!env) throw ApiError.because('CONFLICT', 'complaintErrors.noRulePack');
    const complaint = ctx.core.store.transaction((tx) => overrideClass(tx, input.id, input, env, user.id, env.now));
    if (!complaint) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
    return detailOrNotFound(ctx, input.id, env);
  },

  'complaints.list': (ctx, input) =>
    listComplaints(ctx.core.store.read, { ...input, userId: requireUser(ctx).id, now: ctx.core.now() }),

  'complaints.get': (ctx, input) => detailOrNotFound(ctx, input.id, envOf(ctx)),

  'complaints.act': (ctx, input) => {
    const user = requireUser(ctx);
    const env = envOf(ctx);
    ctx.core.store.transaction((tx) => {
      performAction(tx, input, user, env, env?.now ?? ctx.core.now());
      // The draft this step was typed in is spent with it: a crash keeps one or the other, never both.
      deleteDraft(tx, user.id, { form: 'complaint-action', complaintId: input.id, action: input.action.type });
    });
    return detailOrNotFound(ctx, input.id, env);
  },

  'complaints.similar': (ctx, input) => {
    const env = envOf(ctx);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : ctx.core.now();
    const windowDays = repeatWindowDays(env?.pack ?? null);
    return repeatCandidates(ctx.core.store.read, { ...input, receivedAt }, env?.pack ?? null).map((c) => ({
      id: c.id,
      serial: c.serial,
      status: c.status as ComplaintStatus,
      receivedAt: c.received_at,
      closedAt: c.closed_at,
      content: c.content,
      customerName: c.customer_name,
      problemCode: c.problem_code,
      classCode: c.class_code,
      matchedBy: c.matched_by,
      kinds: c.kinds,
      windowDays,
    }));
  },

  'complaints.headOfficeRemarks': (ctx, input) => {
    const db = ctx.core.store.read;
    if (!complaintExists(db, input.id)) throw ApiError.because('NOT_FOUND', 'workflow.errors.notFound');
    return { items: complaintRemarks(db, input.id) };
  },
};
