import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { catalogProfiles, siteProfile } from './profile-catalog';
import { setSiteProfile } from './profile-service';

export const profileHandlers: HandlersOf<'profiles.list' | 'profiles.current' | 'profiles.setSiteProfile'> = {
  'profiles.list': (ctx) => catalogProfiles(ctx.core.store.read),

  'profiles.current': (ctx) => ({ profile: siteProfile(ctx.core.store.read) }),

  'profiles.setSiteProfile': (ctx, input) => {
    const user = requireUser(ctx);
    const { demo: _demo, ...site } = ctx.core.store.transaction((tx) => setSiteProfile(tx, input.profileId, user.id, ctx.core.now()));
    return site;
  },
};
