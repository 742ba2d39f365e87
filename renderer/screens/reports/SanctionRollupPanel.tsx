import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import type { SanctionRollup } from '../../../shared/api/sanction-ledger';
import { useCitation } from '../../components/SourceCitation';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { TablesExportBar } from '../../reports/TablesExportBar';
import { rollupCsv, rollupTables, rollupWorkbook, type RollupLabels } from '../../reports/rollup-export';
import { ReverseEntryForm } from './ReverseEntryForm';
import type { LedgerEntry } from '../../../shared/api/sanction-ledger';
import { UnitSelect } from './UnitSelect';
import { ROLLUP_KINDS, useSanctionRollup, type RollupKind } from './use-sanction-rollup';

/** The tables on screen are the export's tables (rollup-export.ts), so what is printed, saved and shown cannot differ. */
function useRollupLabels(): RollupLabels {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  return useMemo(
    () => ({
      sheets: { persons: t('sanctions.rollup.byPerson'), units: t('sanctions.rollup.byUnit'), months: t('sanctions.rollup.byMonth'), entries: t('sanctions.rollup.entries') },
      person: t('sanctions.rollup.person'),
      unit: t('sanctions.rollup.unit'),
      month: t('sanctions.rollup.month'),
      amount: t('sanctions.rollup.amount'),
      points: t('sanctions.rollup.points'),
      count: t('sanctions.rollup.count'),
      ownAmount: t('sanctions.rollup.ownAmount'),
      total: t('sanctions.rollup.total'),
      decidedOn: t('sanctions.rollup.decidedOn'),
      decidedBy: t('sanctions.rollup.decidedBy'),
      case: t('sanctions.rollup.case'),
      article: t('sanctions.rollup.article'),
      target: t('sanctions.rollup.target'),
      note: t('sanctions.rollup.note'),
      unitTarget: t('sanctions.rollup.unitTarget'),
      articleText: (e) => `${lang === 'en' ? e.articleLabel.en : e.articleLabel.zh}（${cite(e.source)}）`,
    }),
    [t, cite, lang],
  );
}

/**
 * 罚款与扣分汇总 (issue 16 item 9): fines in 元 and points per person, unit and
 * month of a month, quarter or year, every entry with the complaint behind
 * it; printable on A4 and saved as xlsx or CSV. What the user may see (the
 * whole site or their unit) is checked by the core.
 */
export function SanctionRollupPanel({ meta }: { meta: ApiOutput<'reports.definitions'> }) {
  const { t } = useTranslation();
  const labels = useRollupLabels();
  const state = useSanctionRollup(meta);
  const { rollup, error, reversing, setReversing, mayReverse } = state;
  const stem = rollup ? `${t('sanctions.rollup.fileStem')}-${rollup.period.key}${rollup.unit ? `-${rollup.unit}` : ''}` : '';
  return (
    <section className="card sanction-rollup" data-testid="sanction-rollup" aria-label={t('sanctions.rollup.title')}>
      <h3>
        {t('sanctions.rollup.title')}
        {rollup && ` · ${rollup.period.key}${rollup.unit ? ` · ${rollup.unit}` : ''}`}
      </h3>
      <p className="muted">{t('sanctions.rollup.hint')}</p>
      <RollupControls meta={meta} state={state} />
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      {rollup && (
        <>
          <TablesExportBar stem={stem} workbook={() => rollupWorkbook(rollup, labels)} csv={() => rollupCsv(rollup, labels)} printClass="printing-rollup" testIdPrefix="rollup" />
          {rollup.entries.length === 0 ? <p className="muted">{t('sanctions.rollup.none')}</p> : <RollupTables rollup={rollup} labels={labels} onReverse={mayReverse ? setReversing : undefined} />}
          {reversing && <ReverseEntryForm entry={reversing} onCancel={() => setReversing(null)} onDone={state.reversed} />}
        </>
      )}
    </section>
  );
}

/** The period's kind and key, the unit, and 查询. */
function RollupControls({ meta, state }: { meta: ApiOutput<'reports.definitions'>; state: ReturnType<typeof useSanctionRollup> }) {
  const { t } = useTranslation();
  const { kind, setKind, key, setKey, unit, setUnit, busy, run } = state;
  return (
    <form className="report-controls toolbar" onSubmit={run} data-testid="rollup-controls">
      <label>
        {t('sanctions.rollup.period')}
        <select value={kind} onChange={(e) => setKind(e.target.value as RollupKind)} data-testid="rollup-kind">
          {ROLLUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`sanctions.rollup.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKey')}
        <input value={key} onChange={(e) => setKey(e.target.value)} size={9} title={t('reports.periodHint')} data-testid="rollup-key" />
      </label>
      <UnitSelect meta={meta} value={unit} onChange={setUnit} label={t('sanctions.rollup.unit')} allLabel={t('sanctions.rollup.allUnits')} testId="rollup-unit" />
      <button type="submit" className="button primary" disabled={busy} data-testid="rollup-run">
        {t('sanctions.rollup.run')}
      </button>
    </form>
  );
}

/** The export's tables as on paper; the entries table gets a 冲销 button per live entry for whoever may book (screen only). */
function RollupTables({ rollup, labels, onReverse }: { rollup: SanctionRollup; labels: RollupLabels; onReverse: ((entry: LedgerEntry) => void) | undefined }) {
  const { t } = useTranslation();
  const tables = rollupTables(rollup, labels);
  const ids = ['persons', 'units', 'months', 'entries'];
  return (
    <>
      {tables.map((table, i) => (
        <table key={table.name} className="report-table" data-testid={`rollup-${ids[i]}`}>
          <caption>{table.name}</caption>
          <thead>
            <tr>
              {table.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              {ids[i] === 'entries' && onReverse && <th className="no-print" aria-label={t('sanctions.reverse.action')} />}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={row[0] === labels.total ? 'total-row' : undefined} data-reversal={ids[i] === 'entries' && rollup.entries[r]?.reverses ? 'true' : undefined}>
                {row.map((cell, c) => (
                  <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                    {typeof cell === 'number' && table.money.includes(c) ? cell.toFixed(2) : cell}
                  </td>
                ))}
                {ids[i] === 'entries' && onReverse && <td className="no-print"><ReverseCell entry={rollup.entries[r]!} onReverse={onReverse} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

function ReverseCell({ entry, onReverse }: { entry: LedgerEntry; onReverse: (entry: LedgerEntry) => void }) {
  const { t } = useTranslation();
  if (entry.reverses) return t('sanctions.rollup.reversal', { id: entry.reverses.slice(0, 8) });
  if (entry.reversedBy) return t('sanctions.rollup.reversed');
  return (
    <button type="button" className="link-button" onClick={() => onReverse(entry)} data-testid={`reverse-${entry.id}`}>
      {t('sanctions.reverse.action')}
    </button>
  );
}
