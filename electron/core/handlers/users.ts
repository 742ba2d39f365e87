import { ApiError } from '../../../shared/api/errors';
import { requireUser } from '../context';
import { hashSecret } from '../services/passwords';
import { insertUser, listUsers, loginTaken, setUserActive } from '../services/users';
import type { HandlersOf } from './handler';

const loginTakenError = () =>
  new ApiError('VALIDATION', '登录名已被使用', [{ path: 'login', message: '登录名已被使用 / login already taken' }]);

export const userHandlers: HandlersOf<'users.list' | 'users.colleagues' | 'users.create' | 'users.setActive'> = {
  'users.list': (ctx) => listUsers(ctx.core.store.read),

  'users.colleagues': (ctx) =>
    listUsers(ctx.core.store.read)
      .filter((u) => u.active)
      .map((u) => ({ id: u.id, displayName: u.displayName, unit: u.unit, roles: u.roles })),

  'users.create': async (ctx, input) => {
    const actor = requireUser(ctx);
    if (loginTaken(ctx.core.store.read, input.login)) throw loginTakenError();
    const secretHash = await hashSecret(input.secret, ctx.core.scryptCost);
    return ctx.core.store.transaction((tx) => {
      // Checked again inside the transaction: another call may have taken the login while we hashed.
      if (loginTaken(tx, input.login)) throw loginTakenError();
      return insertUser(tx, { ...input, secretHash }, actor.id, ctx.core.now());
    });
  },

  'users.setActive': (ctx, input) => {
    const actor = requireUser(ctx);
    if (input.userId === actor.id && !input.active) {
      throw new ApiError('CONFLICT', '不能停用自己的账号 / you cannot deactivate yourself');
    }
    const user = ctx.core.store.transaction((tx) => setUserActive(tx, input.userId, input.active, actor.id, ctx.core.now()));
    if (!user) throw new ApiError('NOT_FOUND', `找不到该用户 / no user ${input.userId}`);
    if (!user.active) ctx.core.sessions.closeAllFor(user.id);
    return user;
  },
};
