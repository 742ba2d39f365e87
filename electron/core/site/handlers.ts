import { ApiError } from '../../../shared/api/errors';
import { requireUser } from '../context';
import { loadCalendar } from '../calendar/calendar';
import { regradeDue } from '../complaints/complaints';
import { readSite, setWorkingHours } from './site';
import type { HandlersOf } from '../handlers/handler';

export const siteHandlers: HandlersOf<'site.get' | 'site.setWorkingHours'> = {
  'site.get': (ctx) => {
    const site = readSite(ctx.core.store.read);
    if (!site) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
    const { demo: _demo, ...rest } = site;
    return rest;
  },

  'site.setWorkingHours': (ctx, input) => {
    const user = requireUser(ctx);
    if (!readSite(ctx.core.store.read)) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
    const { demo: _demo, ...site } = ctx.core.store.transaction((tx) => setWorkingHours(tx, input, user.id, ctx.core.now()));
    // Deadlines are counted on the new hours from the next call on; the timer re-grades open complaints now.
    ctx.core.calendar = loadCalendar(ctx.core.store.read);
    regradeDue(ctx.core);
    return site;
  },
};
