import { isCaseKind, narrativeKindSchema, type CaseNarrativeKind, type NarrativeKind } from './kind-schema';
import { NARRATIVE_KINDS } from './kinds';

/** Every narrative report kind the app ships, validated once when first read. */
export const NARRATIVE_REPORT_KINDS: readonly NarrativeKind[] = NARRATIVE_KINDS.map((k) => narrativeKindSchema.parse(k));

/** The kinds a site writes: its rule pack's, then those for every site. */
export function narrativeKindsForPack(packId: string | null): NarrativeKind[] {
  return NARRATIVE_REPORT_KINDS.filter((k) => !k.packs || k.packs.includes(packId ?? ''));
}

/** The case-report kind a complaint's class demands in the pack version it was graded by (`specialReport` of the class), if the site offers it. */
export function caseKindForClass(pack: { classes: readonly { code: string; specialReport?: { kindId: string } }[] } | undefined, classCode: string, sitePackId: string | null): CaseNarrativeKind | null {
  const kindId = pack?.classes.find((c) => c.code === classCode)?.specialReport?.kindId;
  const kind = narrativeKindsForPack(sitePackId).find((k) => k.id === kindId);
  return kind && isCaseKind(kind) ? kind : null;
}
