import { requireUser } from '../context';
import { detailOrNotFound, envOf } from '../complaints/handlers';
import type { HandlersOf } from '../handlers/handler';
import { recordNotified } from './notified-service';

/** Events a step's clock starts at (issue 23 item 2): who was told, when and how. */
export const clockHandlers: HandlersOf<'complaints.recordNotified'> = {
  'complaints.recordNotified': (ctx, input) => {
    const user = requireUser(ctx);
    const env = envOf(ctx);
    ctx.core.store.transaction((tx) => recordNotified(tx, input, user, env, env?.now ?? ctx.core.now()));
    return detailOrNotFound(ctx, input.id, env);
  },
};
