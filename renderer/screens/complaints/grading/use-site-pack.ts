import { useEffect } from 'react';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { useSettingsStore } from '../../../stores/settings-store';

/** The site's rule pack, read once and kept in the settings store; undefined until it arrives. */
export function useSitePack(): RulePack | null | undefined {
  const pack = useSettingsStore((s) => s.rulePack);
  const load = useSettingsStore((s) => s.loadRulePack);
  useEffect(() => {
    if (pack === undefined) void load();
  }, [pack, load]);
  return pack;
}
