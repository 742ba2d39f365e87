import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useNavigationStore } from '../../stores/navigation-store';

interface DueListPageProps<Row> {
  /** Reads the rows once, when the page opens. */
  load(): Promise<Row[]>;
  testId: string;
  tableTestId: string;
  title: string;
  hint: ReactNode;
  backLabel: string;
  emptyText: string;
  columns: readonly string[];
  /** One `<tr>` per row. */
  renderRow(row: Row): ReactNode;
  /** Buttons beside 返回 (the month's credit records). */
  actions?: ReactNode;
  /** What stands between the hint and the table (the credit limit). */
  aboveTable?: ReactNode;
}

/**
 * A list of customers whose follow-up or review falls due, read once from the core: title and back to
 * 客户, the rule it follows, then the rows (overdue first, as the core orders them) or that there are none.
 */
export function DueListPage<Row>({ load, testId, tableTestId, title, hint, backLabel, emptyText, columns, renderRow, actions, aboveTable }: DueListPageProps<Row>) {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    load().then(setRows, setFailure);
    // Read once per page: `load` is a new function on every render of the caller, so it is not a dependency.
  }, []);
  return (
    <section className="page" data-testid={testId} aria-busy={rows === null && !failure}>
      <div className="page-header">
        <h2 className="page-title">{title}</h2>
        <div className="page-header-actions">
          {actions}
          <button type="button" className="button" autoFocus onClick={() => go({ page: 'customers' })}>
            {backLabel}
          </button>
        </div>
      </div>
      <p className="field-hint">{hint}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {aboveTable}
      {rows && rows.length === 0 && <p className="muted">{emptyText}</p>}
      {rows && rows.length > 0 && (
        <div className="table-wrap">
          <table className="credit-criteria" data-testid={tableTestId}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map(renderRow)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
