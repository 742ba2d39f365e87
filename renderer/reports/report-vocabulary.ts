import { createContext, useContext } from 'react';
import type { RulePack } from '../../shared/rules/pack-schema';

/**
 * The rule pack whose class and cause codes a report's rows carry. The site's
 * 报表 page provides its own pack, so 一般投诉 reads as such rather than
 * `ordinary`; head office's console mixes sites of several packs, where one
 * code can mean different classes, so it provides none and shows the code.
 */
export const ReportVocabulary = createContext<RulePack | null>(null);

export function useReportVocabulary(): RulePack | null {
  return useContext(ReportVocabulary);
}

/** A class or cause code in the pack's words, or null when the pack does not name it. */
export function packCodeLabel(pack: RulePack | null, dimension: string, code: string, lang: string): string | null {
  if (!pack) return null;
  const named = dimension === 'class' ? pack.classes : dimension === 'cause' ? [...pack.invalidReasons, ...pack.causes] : [];
  const found = named.find((entry) => entry.code === code);
  if (!found) return null;
  return lang === 'en' ? found.label.en : found.label.zh;
}
