import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { hashSecret } from './passwords';
import { accountWithin, assertRolesWithin, createAccount, currentActor, resetAccountSecret, setAccountActive } from './accounts';
import { verifyOwnSecret } from './own-secret';
import { listUsers } from './users-repository';

export const userHandlers: HandlersOf<'users.list' | 'users.colleagues' | 'users.create' | 'users.setActive' | 'users.resetSecret'> = {
  'users.list': (ctx) => listUsers(ctx.core.store.read),

  'users.colleagues': (ctx) =>
    listUsers(ctx.core.store.read)
      .filter((u) => u.active)
      .map((u) => ({ id: u.id, displayName: u.displayName, unit: u.unit, roles: u.roles })),

  'users.create': async (ctx, input) => {
    const actor = requireUser(ctx);
    // Refused before the slow hash when it is plainly refused; checked again in the transaction.
    assertRolesWithin(actor, input.roles);
    const secretHash = await hashSecret(input.secret, ctx.core.scryptCost);
    return ctx.core.store.transaction((tx) => createAccount(tx, { ...input, secretHash }, currentActor(tx, actor.id), ctx.core.now()));
  },

  'users.setActive': (ctx, input) => {
    const actor = requireUser(ctx);
    const user = ctx.core.store.transaction((tx) => setAccountActive(tx, input.userId, input.active, currentActor(tx, actor.id), ctx.core.now()));
    if (!user.active) ctx.core.sessions.closeAllFor(user.id);
    return user;
  },

  'users.resetSecret': async (ctx, input) => {
    const actor = requireUser(ctx);
    // An account beyond the caller's rights is refused before their own PIN is asked for (no attempt spent).
    accountWithin(ctx.core.store.read, input.userId, actor);
    await verifyOwnSecret(ctx.core, actor, input.ownSecret);
    const secretHash = await hashSecret(input.secret, ctx.core.scryptCost);
    const user = ctx.core.store.transaction((tx) =>
      resetAccountSecret(tx, input.userId, { secretKind: input.secretKind, secretHash }, currentActor(tx, actor.id), ctx.core.now()),
    );
    // Whoever was signed in with the old secret signs in again; the caller keeps their own session.
    if (user.id !== actor.id) ctx.core.sessions.closeAllFor(user.id);
    return user;
  },
};
