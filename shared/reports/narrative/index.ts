import { narrativeKindSchema, type NarrativeKind } from './kind-schema';
import { NARRATIVE_KINDS } from './kinds';

/** Every narrative report kind the app ships, validated once when first read. */
export const NARRATIVE_REPORT_KINDS: readonly NarrativeKind[] = NARRATIVE_KINDS.map((k) => narrativeKindSchema.parse(k));

/** The kinds a site writes: its rule pack's, then those for every site. */
export function narrativeKindsForPack(packId: string | null): NarrativeKind[] {
  return NARRATIVE_REPORT_KINDS.filter((k) => !k.packs || k.packs.includes(packId ?? ''));
}
