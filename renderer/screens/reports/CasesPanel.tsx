import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../shared/api/contract';
import type { ReportCase } from '../../../shared/reports/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { caseHeader, caseRow } from '../../reports/case-cells';
import type { CellRef } from '../../reports/ReportView';
import { useReportLabels } from '../../reports/use-report-labels';
import { useNavigationStore } from '../../stores/navigation-store';

/** The cases behind a cell, a page at a time (50), reloaded when the cell changes. */
function useCellCases(request: ApiInput<'reports.run'>, cell: CellRef) {
  const [cases, setCases] = useState<ReportCase[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [next, setNext] = useState<ApiInput<'reports.cases'>['after'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  // Only the latest load's answer is shown: a slow answer for a cell clicked earlier must not replace the one clicked since.
  const latestLoad = useRef(0);
  const load = async (after?: ApiInput<'reports.cases'>['after']) => {
    const thisLoad = ++latestLoad.current;
    setBusy(true);
    setError(null);
    try {
      const { title: _title, ...cellInput } = cell;
      const page = await api.call('reports.cases', { ...request, cell: cellInput as ApiInput<'reports.cases'>['cell'], ...(after ? { after } : {}), limit: 50 });
      if (thisLoad !== latestLoad.current) return;
      setCases((old) => (after ? [...old, ...page.cases] : page.cases));
      if (page.total !== null) setTotal(page.total);
      setNext(page.next);
    } catch (e) {
      if (thisLoad === latestLoad.current) setError(e);
    } finally {
      if (thisLoad === latestLoad.current) setBusy(false);
    }
  };
  useEffect(() => {
    setCases([]);
    setTotal(null);
    setNext(null);
    void load();
  }, [cell]);
  return { cases, total, next, error, busy, load };
}

/** The cases behind one cell, a page at a time; a serial opens the complaint. */
export function CasesPanel({ request, cell, onClose }: { request: ApiInput<'reports.run'>; cell: CellRef; onClose: () => void }) {
  const { t } = useTranslation();
  const { cases, total, next, error, busy, load } = useCellCases(request, cell);
  const header = caseHeader(t);
  return (
    <section className="card report-cases" data-testid="report-cases" aria-label={t('reports.cases')} aria-busy={busy}>
      <header className="toolbar">
        <h3>{t('reports.casesOf', { what: cell.title, total: total ?? '…' })}</h3>
        <button type="button" className="button ghost" onClick={onClose} data-testid="report-cases-close">
          {t('reports.close')}
        </button>
      </header>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      <table className="report-table">
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <CaseRow key={c.complaintId} reportCase={c} />
          ))}
        </tbody>
      </table>
      {next && (
        <button type="button" className="button" onClick={() => void load(next)}>
          {t('reports.more')}
        </button>
      )}
    </section>
  );
}

/** A case's cells; its serial opens the complaint. */
function CaseRow({ reportCase: c }: { reportCase: ReportCase }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const go = useNavigationStore((s) => s.go);
  const [serial, ...rest] = caseRow(c, labels, t);
  return (
    <tr>
      <td>
        <button type="button" className="link-button" onClick={() => go({ page: 'complaint-detail', id: c.complaintId })}>
          {serial}
        </button>
      </td>
      {rest.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
}
