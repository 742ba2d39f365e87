import { createContext, useContext } from 'react';
import type { RulePack } from '../../shared/rules/pack-schema';

/**
 * The words for the codes a report's rows carry: the rule pack's classes and
 * causes, and site ids by name. The site's 报表 page provides its own pack and
 * name, so 一般投诉 and 阳42井站 read as such rather than `ordinary` and an id;
 * head office's console mixes sites of several packs, where one code can mean
 * different classes, so it provides no pack (and names sites itself).
 */
export interface ReportVocabularyValue {
  pack: RulePack | null;
  siteNames: Readonly<Record<string, string>>;
}

export const ReportVocabulary = createContext<ReportVocabularyValue>({ pack: null, siteNames: {} });

export function useReportVocabulary(): ReportVocabularyValue {
  return useContext(ReportVocabulary);
}

/** A class or cause code in the pack's words, a site id by its name, or null when neither names it. */
export function vocabularyLabel(vocabulary: ReportVocabularyValue, dimension: string, code: string, lang: string): string | null {
  if (dimension === 'site') return vocabulary.siteNames[code] ?? null;
  const pack = vocabulary.pack;
  if (!pack) return null;
  const named = dimension === 'class' ? pack.classes : dimension === 'cause' ? [...pack.invalidReasons, ...pack.causes] : [];
  const found = named.find((entry) => entry.code === code);
  if (!found) return null;
  return lang === 'en' ? found.label.en : found.label.zh;
}
