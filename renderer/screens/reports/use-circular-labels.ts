import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../../lib/locale-format';
import type { CircularLabels } from '../../reports/circular-export';

/** The circular's headers and words in the reader's language; moments in the site's zone. */
export function useCircularLabels(): CircularLabels {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return useMemo(
    () => ({
      tables: { findings: t('circulars.tables.findings'), actions: t('circulars.tables.actions'), assessment: t('circulars.tables.assessment') },
      cols: {
        day: t('circulars.cols.day'),
        area: t('circulars.cols.area'),
        person: t('circulars.cols.person'),
        item: t('circulars.cols.item'),
        detail: t('circulars.cols.detail'),
        problem: t('circulars.cols.problem'),
        action: t('circulars.cols.action'),
        owner: t('circulars.cols.owner'),
        due: t('circulars.cols.due'),
        status: t('circulars.cols.status'),
        overdue: t('circulars.cols.overdue'),
        checks: t('circulars.cols.checks'),
        judged: t('circulars.cols.judged'),
        passed: t('circulars.cols.passed'),
        findings: t('circulars.cols.findings'),
        raised: t('circulars.cols.raised'),
        openAtEnd: t('circulars.cols.openAtEnd'),
        score: t('circulars.cols.score'),
        weighted: t('circulars.cols.weighted'),
      },
      yes: t('circulars.yes'),
      no: t('circulars.no'),
      text: (label) => (lang === 'en' ? label.en : label.zh),
      findingsNote: t('circulars.findingsNote'),
      moment: (iso) => formatMoment(iso, lang),
      status: (action) => (action.status === 'closed' ? t('circulars.statuses.closed', { at: formatMoment(action.closedAt ?? action.dueAt, lang) }) : t(`circulars.statuses.${action.status}`)),
    }),
    [t, lang],
  );
}
