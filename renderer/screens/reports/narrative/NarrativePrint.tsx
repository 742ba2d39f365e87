import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NarrativeVersion } from '../../../../shared/api/narrative-reports';
import type { NarrativeKind } from '../../../../shared/reports/narrative/kind-schema';
import { citationText } from '../../../../shared/sources/citation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoment } from '../../../lib/locale-format';
import { usePageStyle } from '../../../lib/page-style';
import { cssString } from '../../checklists/print/print-values';
import { NarrativeStatistics } from './NarrativeStatistics';
import { CaseFactsView } from './CaseFactsView';
import { frozenNote } from './NarrativeEditor';
import { inLang, periodLabel, signerText, subjectLabel } from './narrative-text';
import './narrative-print.css';

interface PrintProps {
  version: NarrativeVersion;
  kind: NarrativeKind;
  site: { name: string; code: string };
}

/** The margin boxes of every page: the report and its period top left, the site top right, 第 x 页 共 y 页 bottom right. */
function pageCss(title: string, site: string, t: TFunction): string {
  const [before, middle, after] = t('narrativeReports.page', { page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  return `@page narrative {
  @top-left { content: ${cssString(title)}; }
  @top-right { content: ${cssString(site)}; }
  @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}; }
}`;
}

/**
 * An issued version on A4 portrait paper: the title, period, version and the
 * correction it makes, the statistics as frozen, each section under its
 * heading, and the signature line with the name and moment of issue.
 */
export function NarrativePrint({ version, kind, site }: PrintProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const title = `${inLang(kind.title, lang)} · ${subjectLabel(version, lang, t)} · ${t('narrativeReports.version', { version: version.version })}`;
  usePageStyle(pageCss(title, `${t('narrativeReports.printedSite')}：${site.name}（${site.code}）`, t));
  return (
    <div className="paper-sheet narrative-print" data-testid="narrative-print" data-version={version.version} aria-hidden="true">
      <h1>{inLang(kind.title, lang)}</h1>
      <p className="narrative-print-sub">
        {t('narrativeReports.printedSite')}：{site.name}（{site.code}） {version.period ? `${t('narrativeReports.printedPeriod')}：${periodLabel(version.period, lang)}（${version.period.firstDay} — ${version.period.lastDay}）` : subjectLabel(version, lang, t)} {t('narrativeReports.version', { version: version.version })}
      </p>
      {version.replaces && <p>{t('narrativeReports.replaces', { version: version.replaces.version, reason: version.correctionReason ?? '' })}</p>}
      <p className="narrative-print-source">
        {t('narrativeReports.source')}：{citationText(kind.source, lang)}
      </p>
      {version.issued && <p>{frozenNote(version, lang, t)}</p>}
      {version.statistics && <NarrativeStatistics statistics={version.statistics} />}
      {version.caseFacts && <CaseFactsView facts={version.caseFacts} />}
      {kind.sections.map((section) => (
        <section key={section.id} className="narrative-print-section">
          <h2>{inLang(section.heading, lang)}</h2>
          <p className="narrative-text">{version.sections[section.id] ?? ''}</p>
        </section>
      ))}
      <div className="narrative-print-signature">
        <span>
          {signerText(kind, lang, t)} {t('narrativeReports.signature')}
          <span className="signature-line">{version.issued?.byName ?? ''}</span>
        </span>
        <span>
          {t('narrativeReports.signatureDate')}
          <span className="signature-line">{version.issued ? formatMoment(version.issued.at, lang) : ''}</span>
        </span>
      </div>
    </div>
  );
}
