import { ApiError } from '../../../shared/api/errors';
import { findPack, SHIPPED_PACKS } from '../../../shared/rules/packs';
import { readSite } from '../services/site';
import type { HandlersOf } from './handler';

export const rulesHandlers: HandlersOf<'rules.sitePack' | 'rules.calendar' | 'rules.shippedPacks'> = {
  'rules.shippedPacks': () => SHIPPED_PACKS.map(({ id, version, name, organisation, source }) => ({ id, version, name, organisation, source })),

  'rules.sitePack': (ctx) => {
    const site = readSite(ctx.core.store.read);
    if (!site) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
    return findPack(site.rulePack) ?? null;
  },

  'rules.calendar': (ctx) => {
    const site = readSite(ctx.core.store.read);
    if (!site) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
    const { data } = ctx.core.calendar;
    return { version: data.version, coveredYears: [...data.coveredYears], workingHours: site.workingHours };
  },
};
