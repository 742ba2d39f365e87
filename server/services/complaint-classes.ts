import type { Kysely } from 'kysely';
import { findPack } from '../../shared/rules/packs';
import type { ComplaintClass } from '../../shared/sync/console-api';
import type { ServerDatabase } from '../db/schema';
import { siteRulePack } from './site-rule-pack';

/**
 * The classes the console's complaint list filters by (issue 20 item 16):
 * for one site, every class of the rule pack it runs; for all sites, the
 * classes their graded complaints carry. Labels come from the shipped packs,
 * the same data the sites grade with; a code two packs name differently gets
 * both names (一般投诉 / 一般投诉件), and a code of a pack head office does not
 * know is shown as sent. In the pack's order, first pack first.
 */
export async function complaintClasses(db: Kysely<ServerDatabase>, siteId: string | undefined): Promise<ComplaintClass[]> {
  let present = db.selectFrom('report_complaints').select(['site_id', 'class_code']).distinct().where('class_code', 'is not', null);
  if (siteId) present = present.where('site_id', '=', siteId);
  const graded = await present.orderBy('site_id').orderBy('class_code').execute();
  const siteIds = [...new Set([...(siteId ? [siteId] : []), ...graded.map((g) => g.site_id)])];
  const labels = new Map<string, { zh: string[]; en: string[] }>();
  const add = (code: string, label: { zh: string; en: string }) => {
    const known = labels.get(code) ?? { zh: [], en: [] };
    if (!known.zh.includes(label.zh)) known.zh.push(label.zh);
    if (!known.en.includes(label.en)) known.en.push(label.en);
    labels.set(code, known);
  };
  for (const site of siteIds) {
    const packId = await siteRulePack(db, site);
    const pack = packId ? findPack(packId) : undefined;
    const codes = new Set(graded.filter((g) => g.site_id === site).map((g) => g.class_code as string));
    for (const c of pack?.classes ?? []) if (site === siteId || codes.has(c.code)) add(c.code, c.label);
    for (const code of codes) if (!pack?.classes.some((c) => c.code === code)) add(code, { zh: code, en: code });
  }
  return [...labels].map(([code, label]) => ({ code, label: { zh: label.zh.join(' / '), en: label.en.join(' / ') } }));
}
