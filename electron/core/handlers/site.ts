import { ApiError } from '../../../shared/api/errors';
import { readSite } from '../services/site';
import type { HandlersOf } from './handler';

export const siteHandlers: HandlersOf<'site.get'> = {
  'site.get': (ctx) => {
    const site = readSite(ctx.core.store.read);
    if (!site) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
    const { demo: _demo, ...rest } = site;
    return rest;
  },
};
