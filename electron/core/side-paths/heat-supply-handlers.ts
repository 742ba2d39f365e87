import type { HeatSupplyRecords } from '../../../shared/api/heat-supply';
import type { User } from '../../../shared/api/users';
import { requireUser, type CallContext } from '../context';
import type { WriteDb } from '../db/handles';
import type { HandlersOf } from '../handlers/handler';
import { gradingEnv, type GradingEnv } from '../complaints/grading';
import { heatSupplyOf, recordMeasurement, saveStoppage } from './heat-supply';

function recordsOf(ctx: CallContext, complaintId: string): HeatSupplyRecords {
  const now = ctx.core.now();
  const db = ctx.core.store.read;
  return heatSupplyOf(db, complaintId, gradingEnv(db, now, ctx.core.calendar), now);
}

/** One write in its transaction (record, audit, outbox), then the case's records as they now stand. */
function write(ctx: CallContext, complaintId: string, run: (tx: WriteDb, user: User, env: GradingEnv | null, at: Date) => void): HeatSupplyRecords {
  const user = requireUser(ctx);
  const at = ctx.core.now();
  ctx.core.store.transaction((tx) => run(tx, user, gradingEnv(tx, at, ctx.core.calendar), at));
  return recordsOf(ctx, complaintId);
}

/** The heat-supply company's stoppage notice and room temperature (seed002 客户管理制度11 九(三), 七(一)). */
export const heatSupplyHandlers: HandlersOf<'heatSupply.get' | 'heatSupply.saveStoppage' | 'heatSupply.recordMeasurement'> = {
  'heatSupply.get': (ctx, input) => recordsOf(ctx, input.complaintId),
  'heatSupply.saveStoppage': (ctx, input) => write(ctx, input.complaintId, (tx, user, env, at) => saveStoppage(tx, input, user, env, at)),
  'heatSupply.recordMeasurement': (ctx, input) => write(ctx, input.complaintId, (tx, user, env, at) => recordMeasurement(tx, input, user, env, at)),
};
