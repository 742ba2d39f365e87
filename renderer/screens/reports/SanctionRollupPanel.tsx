import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import type { SanctionRollup } from '../../../shared/api/sanction-ledger';
import { hasPermission } from '../../../shared/domain/roles';
import { periodKeyOf } from '../../../shared/reports/period';
import { api } from '../../api/client';
import { useCitation } from '../../components/SourceCitation';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { TablesExportBar } from '../../reports/TablesExportBar';
import { rollupCsv, rollupTables, rollupWorkbook, type RollupLabels } from '../../reports/rollup-export';
import { useSessionStore } from '../../stores/session-store';
import { ReverseEntryForm } from './ReverseEntryForm';
import type { LedgerEntry } from '../../../shared/api/sanction-ledger';
import { UnitSelect } from './UnitSelect';

const KINDS = ['month', 'quarter', 'year'] as const;
type Kind = (typeof KINDS)[number];

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
  const [kind, setKind] = useState<Kind>('month');
  const [key, setKey] = useState(periodKeyOf('month', meta.today));
  const [unit, setUnit] = useState(meta.restrictedUnit ?? '');
  const [rollup, setRollup] = useState<SanctionRollup | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const mayReverse = useSessionStore((s) => !!s.user && hasPermission(s.user.roles, 'sanction.record'));
  const fetchRollup = async () => {
    setBusy(true);
    setError(null);
    try {
      setRollup(await api.call('sanctionLedger.rollup', { period: { kind, key: key.trim() }, ...(unit ? { unit } : {}) }));
    } catch (err) {
      setRollup(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const run = (e: React.FormEvent) => {
    e.preventDefault();
    setReversing(null);
    void fetchRollup();
  };
  const stem = rollup ? `${t('sanctions.rollup.fileStem')}-${rollup.period.key}${rollup.unit ? `-${rollup.unit}` : ''}` : '';
  return (
    <section className="card sanction-rollup" data-testid="sanction-rollup" aria-label={t('sanctions.rollup.title')}>
      <h3>
        {t('sanctions.rollup.title')}
        {rollup && ` · ${rollup.period.key}${rollup.unit ? ` · ${rollup.unit}` : ''}`}
      </h3>
      <p className="muted">{t('sanctions.rollup.hint')}</p>
      <form className="report-controls toolbar" onSubmit={run} data-testid="rollup-controls">
        <label>
          {t('sanctions.rollup.period')}
          <select
            value={kind}
            onChange={(e) => {
              const next = e.target.value as Kind;
              setKind(next);
              setKey(periodKeyOf(next, meta.today));
            }}
            data-testid="rollup-kind"
          >
            {KINDS.map((k) => (
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
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      {rollup && (
        <>
          <TablesExportBar stem={stem} workbook={() => rollupWorkbook(rollup, labels)} csv={() => rollupCsv(rollup, labels)} printClass="printing-rollup" testIdPrefix="rollup" />
          {rollup.entries.length === 0 ? <p className="muted">{t('sanctions.rollup.none')}</p> : <RollupTables rollup={rollup} labels={labels} onReverse={mayReverse ? setReversing : undefined} />}
          {reversing && (
            <ReverseEntryForm
              entry={reversing}
              onCancel={() => setReversing(null)}
              onDone={() => {
                setReversing(null);
                void fetchRollup();
              }}
            />
          )}
        </>
      )}
    </section>
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
