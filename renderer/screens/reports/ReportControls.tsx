import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { BUCKETS, type PeriodKind } from '../../../shared/reports/period';
import { UnitSelect } from './UnitSelect';
import { useReportControls } from './use-report-controls';

type Meta = ApiOutput<'reports.definitions'>;

/** Which report, which period (kind and key, typed or the current one offered), how to break it down, which unit. Enter runs it. */
export function ReportControls({ meta, busy, onRun }: { meta: Meta; busy: boolean; onRun: (input: ApiInput<'reports.run'>) => void }) {
  const { t, i18n } = useTranslation();
  const { definition, chooseDefinition, kind, chooseKind, key, setKey, bucket, setBucket, unit, setUnit } = useReportControls(meta);
  if (!definition) return null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    onRun({ definitionId: definition.id, period: { kind, key: key.trim() }, ...(bucket ? { bucket } : {}), ...(unit ? { unit } : {}) });
  };
  const title = (d: Meta['definitions'][number]) => (i18n.language === 'en' ? d.title.en : d.title.zh);
  return (
    <form className="report-controls toolbar" onSubmit={submit} data-testid="report-controls">
      <label>
        {t('reports.report')}
        <select value={definition.id} onChange={(e) => chooseDefinition(e.target.value)} data-testid="report-definition">
          {meta.definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {title(d)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKind')}
        <select value={kind} onChange={(e) => chooseKind(e.target.value as PeriodKind)} data-testid="report-period-kind">
          {definition.periods.map((p) => (
            <option key={p} value={p}>
              {t(`reports.periodKinds.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKey')}
        <input value={key} onChange={(e) => setKey(e.target.value)} size={9} title={t('reports.periodHint')} data-testid="report-period-key" />
      </label>
      <label>
        {t('reports.bucket')}
        <select value={bucket} onChange={(e) => setBucket(e.target.value as PeriodKind | '')} data-testid="report-bucket">
          <option value="">—</option>
          {BUCKETS[kind].map((b) => (
            <option key={b} value={b}>
              {t(`reports.periodKinds.${b}`)}
            </option>
          ))}
        </select>
      </label>
      <UnitSelect meta={meta} value={unit} onChange={setUnit} label={t('reports.unit')} allLabel={t('reports.allUnits')} testId="report-unit" />
      <button type="submit" className="button primary" disabled={busy} data-testid="report-run">
        {busy ? t('reports.running') : t('reports.run')}
      </button>
    </form>
  );
}
