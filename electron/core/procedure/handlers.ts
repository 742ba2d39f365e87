import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { gradingEnv } from '../complaints/grading';
import { approveStep, procedureRoles, setHolder } from './procedure-service';

export const procedureHandlers: HandlersOf<'procedure.roles' | 'procedure.setHolder' | 'procedure.approveStep'> = {
  'procedure.roles': (ctx) => procedureRoles(ctx.core.store.read, ctx.core.now(), ctx.core.calendar),
  'procedure.setHolder': (ctx, input) => {
    const user = requireUser(ctx);
    return ctx.core.store.transaction((tx) => setHolder(tx, input, user, ctx.core.now(), ctx.core.calendar));
  },
  'procedure.approveStep': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => approveStep(tx, input, user, gradingEnv(tx, at, ctx.core.calendar), at));
  },
};
