import { ApiError } from '../../../shared/api/errors';
import { statement } from '../db/handles';
import { requireUser, type CallContext } from '../context';
import { listComplaints, similarComplaints } from '../services/complaint-lists';
import { complaintRemarks } from '../services/complaint-remarks';
import { createComplaint, overrideClass, sameProblemCountFor } from '../services/complaints';
import { createCustomer, customerSummary } from '../services/customers';
import { complaintDetail, performAction } from '../services/workflow';
import { explainGrade, gradingEnv, unknownTickedCriteria, type GradingEnv } from '../services/grading';
import { readSite } from '../services/site';
import { findUserById } from '../services/users';
import { siteCustomerScheme } from './customers';
import type { HandlersOf } from './handler';

/** How far in the future a received-at time may lie (clock drift between a phone and the PC). */
const RECEIVED_AT_TOLERANCE_MS = 5 * 60_000;

function envOf(ctx: CallContext): GradingEnv | null {
  return gradingEnv(ctx.core.store.read, ctx.core.now(), ctx.core.calendar);
}

function checkReceivedAt(receivedAt: Date, now: Date): void {
  if (receivedAt.getTime() > now.getTime() + RECEIVED_AT_TOLERANCE_MS) {
    throw new ApiError('VALIDATION', '受理时间不能晚于当前时间', [{ path: 'receivedAt', message: '受理时间不能晚于当前时间 / cannot be in the future' }]);
  }
}

function checkTicked(ticked: readonly string[] | undefined, env: GradingEnv | null): void {
  const unknown = env ? unknownTickedCriteria(ticked ?? [], env.pack) : (ticked ?? []);
  if (unknown.length > 0) {
    throw new ApiError('VALIDATION', `本站规则包中没有这些判定条件：${unknown.join(', ')}`, [
      { path: 'tickedCriteria', message: `本站规则包中没有这些判定条件 / not criteria of this site's rule pack: ${unknown.join(', ')}` },
    ]);
  }
}

/** A media or regulator channel means media or a regulator is involved, whatever the box says. */
function involvement(input: { channel?: string | undefined; mediaInvolved?: boolean | undefined; regulatorInvolved?: boolean | undefined }) {
  return {
    mediaInvolved: Boolean(input.mediaInvolved) || input.channel === 'media',
    regulatorInvolved: Boolean(input.regulatorInvolved) || input.channel === 'regulator',
  };
}

/** A user who must exist and be active (first receiver, person complained about). */
function activeUser(ctx: CallContext, id: string, path: string, what: string) {
  const user = findUserById(ctx.core.store.read, id);
  if (!user || !user.active) throw new ApiError('VALIDATION', `${what}不存在或已停用`, [{ path, message: `${what}不存在或已停用 / unknown or inactive user` }]);
  return user;
}

function detailOrNotFound(ctx: CallContext, id: string, env: GradingEnv | null) {
  const detail = complaintDetail(ctx.core.store.read, id, requireUser(ctx), env);
  if (!detail) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${id}`);
  const db = ctx.core.store.read;
  const fromOpinionEntry =
    (statement(db, 'SELECT id, entry_no AS entryNo, entry_date AS entryDate FROM opinion_book_entries WHERE complaint_id = ?').get(id) as
      | { id: string; entryNo: number; entryDate: string }
      | undefined) ?? null;
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
      if (!site) throw new ApiError('CONFLICT', '本机尚未初始化 / store not set up');
      const { newCustomer, ...record } = input;
      let customerId = input.customerId;
      if (customerId && !statement(tx, 'SELECT 1 FROM customers WHERE id = ?').get(customerId)) {
        throw new ApiError('VALIDATION', '所选客户档案不存在', [{ path: 'customerId', message: '所选客户档案不存在 / no such customer' }]);
      }
      // A new customer's file is written in this transaction: if the complaint fails, no orphan file is left.
      if (newCustomer) {
        const customer = { ...newCustomer, name: input.customerName, phone: input.customerPhone };
        customerId = createCustomer(tx, customer, siteCustomerScheme(tx), user.id, at, 'newCustomer.').id;
      }
      const env = gradingEnv(tx, at, ctx.core.calendar);
      checkTicked(input.tickedCriteria, env);
      const firstReceiverId = input.firstReceiverId ?? user.id;
      activeUser(ctx, firstReceiverId, 'firstReceiverId', '首问受理人');
      if (input.subjectUserId) activeUser(ctx, input.subjectUserId, 'subjectUserId', '被投诉人');
      if (input.repeatOfId && !statement(tx, 'SELECT 1 FROM complaints WHERE id = ?').get(input.repeatOfId)) {
        throw new ApiError('VALIDATION', '要关联的原投诉不存在', [{ path: 'repeatOfId', message: '要关联的原投诉不存在 / no such complaint' }]);
      }
      const created = createComplaint(
        tx,
        { ...record, customerId, ...involvement(input), tickedCriteria: input.tickedCriteria ?? [], receivedAt, firstReceiverId },
        site,
        env,
        user.id,
        at,
      );
      // The draft this record was typed from is spent; removed in the same transaction, so a crash keeps one or the other.
      statement(tx, "DELETE FROM drafts WHERE user_id = ? AND form = 'complaint-new'").run(user.id);
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
    if (!env) throw new ApiError('CONFLICT', '本站没有可用的规则包，无法调整等级 / the site has no rule pack');
    const complaint = ctx.core.store.transaction((tx) => overrideClass(tx, input.id, input, env, user.id, env.now));
    if (!complaint) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${input.id}`);
    return detailOrNotFound(ctx, input.id, env);
  },

  'complaints.list': (ctx, input) =>
    listComplaints(ctx.core.store.read, { ...input, userId: requireUser(ctx).id, now: ctx.core.now() }),

  'complaints.get': (ctx, input) => detailOrNotFound(ctx, input.id, envOf(ctx)),

  'complaints.act': (ctx, input) => {
    const user = requireUser(ctx);
    const env = envOf(ctx);
    ctx.core.store.transaction((tx) => performAction(tx, input, user, env, env?.now ?? ctx.core.now()));
    return detailOrNotFound(ctx, input.id, env);
  },

  'complaints.similar': (ctx, input) => similarComplaints(ctx.core.store.read, input),

  'complaints.headOfficeRemarks': (ctx, input) => {
    const db = ctx.core.store.read;
    if (!statement(db, 'SELECT 1 FROM complaints WHERE id = ?').get(input.id)) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${input.id}`);
    return { items: complaintRemarks(db, input.id) };
  },
};
