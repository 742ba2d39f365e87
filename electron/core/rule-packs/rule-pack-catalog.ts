import type { PackVersion } from '../../../shared/api/rules';
import { compareVersions } from '../../../shared/checklists/templates/index';
import { rulePackSchema, type RulePack } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../../shared/rules/packs/index';
import type { ReadDb } from '../db/handles';
import { selectPublishedPacks, type PublishedPackRow } from '../sync/reference-repository';
import { openComplaintsPerPack } from '../complaints/complaints-repository';

/**
 * The rule packs this site can grade by: the versions the program ships and
 * the versions head office published since (pulled by sync into `rule_packs`,
 * migration 0015). Everything in the core that looks a pack up goes through
 * here, so a published version grades new complaints while a complaint keeps
 * the version it was graded by. Shipped versions must stay shipped (a newer
 * one is added beside the old) and published ones are never deleted, so the
 * version a complaint names is always found.
 */

export type PackSource = PackVersion['source'];

export interface CatalogPack {
  pack: RulePack;
  source: PackSource;
  /** When head office's version arrived; null for a shipped one. */
  receivedAt: string | null;
}

/**
 * Parsed packs by body text: grading looks a pack up for every complaint it
 * grades, and a published row never changes, so each body is parsed once.
 */
const parsedBodies = new Map<string, RulePack | null>();
const PARSED_BODIES_KEPT = 64;

/**
 * A published version as this program reads it. Versions are validated when
 * they arrive; one this program's schema no longer accepts is left out rather
 * than breaking every lookup.
 */
function parsePublished(row: PublishedPackRow): RulePack | undefined {
  let pack = parsedBodies.get(row.body);
  if (pack === undefined) {
    const parsed = rulePackSchema.safeParse(JSON.parse(row.body));
    pack = parsed.success ? parsed.data : null;
    if (parsedBodies.size >= PARSED_BODIES_KEPT) parsedBodies.clear();
    parsedBodies.set(row.body, pack);
  }
  return pack && pack.id === row.pack_id && pack.version === row.version ? pack : undefined;
}

function published(db: ReadDb, packId?: string): CatalogPack[] {
  return selectPublishedPacks(db, packId).flatMap((row) => {
    const pack = parsePublished(row);
    return pack ? [{ pack, source: 'head-office' as const, receivedAt: row.received_at }] : [];
  });
}

/** Every version of every pack (or of one): shipped first, then published (a shipped version wins over a published one of the same number). */
export function catalogPacks(db: ReadDb, packId?: string): CatalogPack[] {
  const shipped = SHIPPED_PACK_VERSIONS.filter((p) => packId === undefined || p.id === packId).map((pack) => ({ pack, source: 'shipped' as const, receivedAt: null }));
  const known = new Set(shipped.map((p) => `${p.pack.id}@${p.pack.version}`));
  return [...shipped, ...published(db, packId).filter((p) => !known.has(`${p.pack.id}@${p.pack.version}`))];
}

/** The newest first. */
function byVersionDescending(a: CatalogPack, b: CatalogPack): number {
  return compareVersions(b.pack.version, a.pack.version);
}

/** A catalogue entry by id: the given version, or without one the newest version the site holds. */
export function findCatalogEntry(db: ReadDb, id: string, version?: string): CatalogPack | undefined {
  const versions = catalogPacks(db, id);
  if (version !== undefined) return versions.find((p) => p.pack.version === version);
  return versions.sort(byVersionDescending)[0];
}

/** A pack by id: the given version, or without one the newest version the site holds (what a new complaint is graded by). */
export function findCatalogPack(db: ReadDb, id: string, version?: string): RulePack | undefined {
  return findCatalogEntry(db, id, version)?.pack;
}

/**
 * The versions that matter to this site, for the rule pack screen: every
 * version of its pack, every version head office published, and any version an
 * open complaint is still graded by; the site's pack first, newest first.
 */
export function siteVersions(db: ReadDb, sitePackId: string): PackVersion[] {
  const open = openComplaintsPerPack(db);
  const openCount = new Map(open.map((r) => [`${r.id}@${r.version}`, r.n]));
  const newest = findCatalogPack(db, sitePackId);
  return catalogPacks(db)
    .filter((p) => p.pack.id === sitePackId || p.source === 'head-office' || openCount.has(`${p.pack.id}@${p.pack.version}`))
    .sort((a, b) => Number(b.pack.id === sitePackId) - Number(a.pack.id === sitePackId) || a.pack.id.localeCompare(b.pack.id) || byVersionDescending(a, b))
    .map(({ pack, source, receivedAt }) => ({
      id: pack.id,
      version: pack.version,
      name: pack.name,
      source,
      receivedAt,
      gradesNewComplaints: pack.id === newest?.id && pack.version === newest.version,
      openComplaints: openCount.get(`${pack.id}@${pack.version}`) ?? 0,
    }));
}
