import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { mineLevelOf, recordMineEvent, requireMine, voidEvent } from './mine-level-service';

export const mineLevelHandlers: HandlersOf<'mineLevel.get' | 'mineLevel.record' | 'mineLevel.void'> = {
  'mineLevel.get': (ctx) => {
    requireMine(ctx.core.store.read);
    return mineLevelOf(ctx.core.store.read, ctx.core.now());
  },
  'mineLevel.record': (ctx, input) => {
    const user = requireUser(ctx);
    ctx.core.store.transaction((tx) => recordMineEvent(tx, input, user, ctx.core.now()));
    return mineLevelOf(ctx.core.store.read, ctx.core.now());
  },
  'mineLevel.void': (ctx, input) => {
    const user = requireUser(ctx);
    ctx.core.store.transaction((tx) => voidEvent(tx, input, user, ctx.core.now()));
    return mineLevelOf(ctx.core.store.read, ctx.core.now());
  },
};
