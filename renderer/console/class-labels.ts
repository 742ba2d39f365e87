import { findPack } from '../../shared/rules/packs';
import { currentLanguage } from '../i18n/i18n';

export interface ClassChoice {
  code: string;
  label: string;
}

/**
 * The complaint classes of a site's rule pack (the shipped packs, the same
 * data the site grades with), labelled in the current language; empty when
 * head office does not know which pack the site runs.
 */
export function packClasses(rulePackId: string | null): ClassChoice[] {
  const pack = rulePackId ? findPack(rulePackId) : undefined;
  const en = currentLanguage() === 'en';
  return (pack?.classes ?? []).map((c) => ({ code: c.code, label: en ? c.label.en : c.label.zh }));
}

/** A class as people name it (一般投诉), or its code when the pack or the class is unknown. */
export function classLabel(rulePackId: string | null, code: string): string {
  return packClasses(rulePackId).find((c) => c.code === code)?.label ?? code;
}
