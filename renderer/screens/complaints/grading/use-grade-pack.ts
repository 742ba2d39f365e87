import { useEffect } from 'react';
import type { Grade } from '../../../../shared/api/grading';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { packKey, useSettingsStore } from '../../../stores/settings-store';
import { useSitePack } from './use-site-pack';

/**
 * The pack a complaint's grade names. A complaint keeps the pack version it
 * was graded by, which may be older than the site's newest (or another pack
 * altogether, after the site changed packs); that version is read once.
 * undefined while it is on its way, null when the site does not hold it.
 */
export function useGradePack(grade: Pick<Grade, 'packId' | 'packVersion'> | null | undefined): RulePack | null | undefined {
  const sitePack = useSitePack();
  // Decided once the site's pack is known: most complaints are graded by it, and it needs no second read.
  const isSitePack = !!sitePack && !!grade && sitePack.id === grade.packId && sitePack.version === grade.packVersion;
  const other = grade && sitePack !== undefined && !isSitePack ? packKey(grade.packId, grade.packVersion) : null;
  const pack = useSettingsStore((s) => (other ? s.packsByVersion[other] : undefined));
  const load = useSettingsStore((s) => s.loadPackVersion);
  useEffect(() => {
    if (grade && other && pack === undefined) void load(grade.packId, grade.packVersion);
  }, [grade, other, pack, load]);
  if (!grade || sitePack === undefined) return sitePack;
  return other ? pack : sitePack;
}
