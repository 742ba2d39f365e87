import { ApiError } from '../../../shared/api/errors';
import type { HandlersOf } from '../handlers/handler';
import { DEFAULT_IDLE_SIGN_OUT_MINUTES, createSite, readSite } from '../site/site';
import { findCredentials, insertUser, listUsers } from '../users/users';
import { hashSecret, verifySecret } from '../users/passwords';
import { recordEvent } from '../change-log/change-log';
import { loadDemoData } from '../demo/index';
import { findCatalogPack } from '../rule-packs/rule-pack-catalog';
import { reserveSignInAttempt, signInSucceeded } from './index';
import { requireProfile } from '../profiles/index';

export const sessionHandlers: HandlersOf<
  'session.status' | 'session.signIn' | 'session.signOut' | 'setup.initialise' | 'setup.loadDemo'
> = {
  'session.status': (ctx) => {
    const site = readSite(ctx.core.store.read);
    return {
      initialised: site !== null,
      site,
      user: ctx.user,
      signInChoices: listUsers(ctx.core.store.read)
        .filter((u) => u.active)
        .map((u) => ({ login: u.login, displayName: u.displayName, roles: u.roles, secretKind: u.secretKind })),
      idleSignOutMinutes: site?.idleSignOutMinutes ?? DEFAULT_IDLE_SIGN_OUT_MINUTES,
    };
  },

  'session.signIn': async (ctx, input) => {
    const { core } = ctx;
    const found = findCredentials(core.store.read, input.login);
    // Counted before the (asynchronous) scrypt check, in one synchronous step: parallel guesses cannot all pass a check
    // made before any of them failed. Only known logins: an unknown one is refused without a hash to check (the sign-in
    // screen lists the logins anyway), and a flood of made-up names leaves no rows.
    if (found) reserveSignInAttempt(core.store, input.login, core.now());
    const valid = found !== null && found.user.active && (await verifySecret(input.secret, found.secretHash));
    const at = core.now();
    if (!valid || !found) {
      core.store.transaction((tx) =>
        recordEvent(tx, { userId: found?.user.id ?? null, at, action: 'session.signInRefused', entity: 'user', entityId: input.login }),
      );
      throw new ApiError('UNAUTHENTICATED', '登录名或密码/PIN 不正确 / wrong login or secret');
    }
    signInSucceeded(core.store, input.login);
    core.store.transaction((tx) => recordEvent(tx, { userId: found.user.id, at, action: 'session.signIn', entity: 'user', entityId: found.user.id }));
    return { session: core.sessions.open(found.user.id), user: found.user };
  },

  'session.signOut': (ctx) => {
    if (ctx.user) {
      const user = ctx.user;
      ctx.core.store.transaction((tx) =>
        recordEvent(tx, { userId: user.id, at: ctx.core.now(), action: 'session.signOut', entity: 'user', entityId: user.id }),
      );
    }
    ctx.core.sessions.close(ctx.sessionToken);
    return { signedOut: true as const };
  },

  'setup.initialise': async (ctx, input) => {
    const { core } = ctx;
    const secretHash = await hashSecret(input.admin.secret, core.scryptCost);
    const at = core.now();
    const admin = core.store.transaction((tx) => {
      if (readSite(tx)) throw new ApiError('CONFLICT', '本机已完成初始化 / this store is already set up');
      const profile = requireProfile(tx, input.site.profile, 'site.profile');
      const rulePack = input.site.rulePack ?? profile.rulePack;
      if (!findCatalogPack(tx, rulePack)) {
        throw new ApiError('VALIDATION', `没有名为 ${rulePack} 的规则包`, [{ path: 'site.rulePack', message: `没有这个规则包 / no such rule pack: ${rulePack}` }]);
      }
      const { profile: profileId, ...site } = input.site;
      createSite(tx, { ...site, rulePack, profileId, demo: false }, at);
      return insertUser(tx, { ...input.admin, secretHash }, null, at);
    });
    return { session: core.sessions.open(admin.id), user: admin };
  },

  'setup.loadDemo': async (ctx, input) => {
    if (readSite(ctx.core.store.read)) throw new ApiError('CONFLICT', '本机已有数据，不能载入演示数据 / this store already holds data');
    await loadDemoData(ctx.core, input.site);
    return { loaded: true as const };
  },
};
