import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/domain/roles';
import { noteLang, noteText } from '../../../shared/sources/choice-note';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCitation } from '../../components/SourceCitation';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';
import { monthlyTables, weeklyTables } from '../../reports/circular-export';
import { tablesCsv, tablesWorkbook, type Table } from '../../reports/rollup-export';
import { TablesExportBar } from '../../reports/TablesExportBar';
import { useSessionStore } from '../../stores/session-store';
import { CircularTables } from './CircularTables';
import { CircularWeightForm } from './CircularWeightForm';
import { useCircularLabels } from './use-circular-labels';
import { useCircularPanel, type CircularMode, type CircularShown } from './use-circular-panel';


/**
 * 每周通报与每月考核 (issue 16 item 6): the week's findings and open
 * corrective actions, or the month's score per person and area with its
 * weight, computed by the core from the completed checklist records; printed
 * alone on A4 and saved as xlsx or CSV. The assessment is offered to those
 * who read site statistics; the weight form to those who manage the site.
 */
export function CircularPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const mayAssess = hasPermission(roles, 'statistics.read');
  const { definitions, definitionId, setDefinitionId, mode, setMode, key, setKey, shown, error, busy, run, saved } = useCircularPanel(today);
  const definition = definitions.find((d) => d.id === definitionId);
  return (
    <section className="card circular-panel" data-testid="circular-panel" aria-label={t('circulars.title')}>
      <h3>{t('circulars.title')}</h3>
      <p className="muted">{t('circulars.hint')}</p>
      <form className="report-controls toolbar" onSubmit={(e) => void run(e)} data-testid="circular-controls">
        <label>
          {t('circulars.definition')}
          <select value={definitionId} onChange={(e) => setDefinitionId(e.target.value)} data-testid="circular-definition">
            {definitions.map((d) => (
              <option key={d.id} value={d.id}>
                {currentLanguage() === 'en' ? d.title.en : d.title.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('circulars.mode')}
          <select value={mode} onChange={(e) => setMode(e.target.value as CircularMode)} data-testid="circular-mode">
            <option value="week">{t('circulars.modes.week')}</option>
            {mayAssess && <option value="month">{t('circulars.modes.month')}</option>}
          </select>
        </label>
        <label>
          {mode === 'week' ? t('circulars.week') : t('circulars.month')}
          {/* Typed as the other report periods are (2026-W50, 2026-12): a native week or month input reads "Week 50, 2026" in the browser's language (issue 20 item 8). */}
          <input value={key} onChange={(e) => setKey(e.target.value)} size={9} title={t('reports.periodHint')} data-testid="circular-key" />
        </label>
        <button type="submit" className="button primary" disabled={busy} data-testid="circular-run">
          {t('circulars.run')}
        </button>
      </form>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      {shown && <CircularResult shown={shown} />}
      {definition && hasPermission(roles, 'site.manage') && <CircularWeightForm definition={definition} onSaved={saved} />}
    </section>
  );
}

function CircularResult({ shown }: { shown: CircularShown }) {
  const { t } = useTranslation();
  const labels = useCircularLabels();
  const cite = useCitation();
  const lang = currentLanguage();
  const tables: Table[] = shown.mode === 'week' ? weeklyTables(shown.data, labels) : monthlyTables(shown.data, labels);
  const stem = `${t(`circulars.fileStem.${shown.mode}`)}-${shown.data.period.key}`;
  const { period } = shown.data;
  return (
    <article className="circular-result" data-testid="circular-result">
      <h4 data-testid="circular-heading">
        {t(`circulars.modes.${shown.mode}`)} · {period.key}（{period.firstDay} – {period.lastDay}）
      </h4>
      <dl className="report-meta">
        <dt>{t('circulars.source')}</dt>
        <dd>{cite(shown.data.source)}</dd>
        {shown.mode === 'month' && (
          <>
            <dt>{t('circulars.weight')}</dt>
            <dd data-testid="circular-weight">
              {shown.data.weightPercent === null ? t('circulars.weightNone') : t('circulars.weightValue', { weight: shown.data.weightPercent })}（{cite(shown.data.weightSource)}）
            </dd>
            <dt>{t('circulars.scoring')}</dt>
            <dd lang={noteLang(lang)}>{noteText(shown.data.scoringChoice, lang)}</dd>
          </>
        )}
      </dl>
      <p className="muted">
        {shown.mode === 'week' && `${t('circulars.checks', { count: shown.data.checks })} · `}
        {t('circulars.asOf', { at: formatMoment(shown.data.asOf, lang) })}
      </p>
      <TablesExportBar stem={stem} workbook={() => tablesWorkbook(tables, '')} csv={() => tablesCsv(tables)} printClass="printing-circular" testIdPrefix="circular" />
      <CircularTables
        tables={tables}
        ids={shown.mode === 'week' ? ['findings', 'actions'] : ['assessment', 'actions']}
        empty={shown.mode === 'week' ? [t('circulars.noFindings'), t('circulars.noActions')] : [t('circulars.none'), t('circulars.noActions')]}
      />
    </article>
  );
}
