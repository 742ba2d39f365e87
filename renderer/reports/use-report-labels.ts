import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ReportLabels } from './report-format';
import { useReportVocabulary, vocabularyLabel, type ReportVocabularyValue } from './report-vocabulary';

/** The report words in the current language: vocabularies through the app's own translations, class and cause codes by the pack, 未注明 for a null value. */
export function reportLabels(t: TFunction, lang: string, vocabulary: ReportVocabularyValue = { pack: null, siteNames: {} }): ReportLabels {
  const tr = (key: string, fallback: string) => {
    const text = t(key as never, { defaultValue: fallback } as never) as unknown as string;
    return text || fallback;
  };
  return {
    measure: (head) => (lang === 'en' ? head.label.en : head.label.zh),
    dimension: (d) => tr(`reports.dimensions.${d}`, d),
    value: (dimension, value, label) => {
      if (value === null) return tr('reports.unstated', '—');
      if (label) return label;
      const named = vocabularyLabel(vocabulary, dimension, value, lang);
      if (named) return named;
      if (dimension === 'kind') return tr(`kinds.${value}`, value);
      if (dimension === 'channel') return tr(`channels.${value}`, value);
      if (dimension === 'status') return tr(`complaintStatuses.${value}`, value);
      if (dimension === 'validity') return tr(`reports.validity.${value}`, value);
      return value;
    },
    bucket: (key) => key,
    total: tr('reports.total', 'Total'),
    share: tr('reports.share', 'Share'),
    measures: tr('reports.measures', 'Measures'),
    cases: tr('reports.cases', 'Cases'),
    target: tr('reports.target', 'Target'),
    met: tr('reports.met', 'Met'),
    notMet: tr('reports.notMet', 'Missed'),
  };
}

export function useReportLabels(): ReportLabels {
  const { t, i18n } = useTranslation();
  return reportLabels(t, i18n.language, useReportVocabulary());
}
