import type { RulePack } from '../../shared/rules/pack-schema';

/** Texts in the pack come in both languages; pick the current one. */
export type Localised = { zh: string; en: string };
export function pick(text: Localised, lang: string): string {
  return lang === 'en' ? text.en : text.zh;
}

/**
 * A class's label in the pack the site uses. A leaf (types only): the work
 * list's rows show it without loading every shipped pack and template
 * (issue 21 §3); the settings texts re-export it.
 */
export function classLabel(pack: RulePack, code: string, lang: string): string {
  const found = pack.classes.find((c) => c.code === code);
  return found ? pick(found.label, lang) : code;
}
