import { ApiError } from '../../../shared/api/errors';
import { SHIPPED_PACKS } from '../../../shared/rules/packs/index';
import { findCatalogPack, siteVersions } from './rule-pack-catalog';
import { readSite } from '../site/site';
import type { CallContext } from '../context';
import type { HandlersOf } from '../handlers/handler';

function siteOf(ctx: CallContext) {
  const site = readSite(ctx.core.store.read);
  if (!site) throw new ApiError('NOT_FOUND', '本机尚未初始化 / store not set up');
  return site;
}

export const rulesHandlers: HandlersOf<'rules.sitePack' | 'rules.pack' | 'rules.packVersions' | 'rules.calendar' | 'rules.shippedPacks'> = {
  // Setting a site up offers the packs the program ships: nothing has been published to a store not set up yet.
  'rules.shippedPacks': () => SHIPPED_PACKS.map(({ id, version, name, organisation, source }) => ({ id, version, name, organisation, source })),

  'rules.sitePack': (ctx) => findCatalogPack(ctx.core.store.read, siteOf(ctx).rulePack) ?? null,

  'rules.pack': (ctx, input) => findCatalogPack(ctx.core.store.read, input.id, input.version) ?? null,

  'rules.packVersions': (ctx) => siteVersions(ctx.core.store.read, siteOf(ctx).rulePack),

  'rules.calendar': (ctx) => {
    const site = siteOf(ctx);
    const { data } = ctx.core.calendar;
    return { version: data.version, coveredYears: [...data.coveredYears], workingHours: site.workingHours };
  },
};
