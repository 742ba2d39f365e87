import { useTranslation } from 'react-i18next';

/** "第 1–50 条，共 131 条" with previous / next. */
export function Pager({ offset, pageSize, shown, total, onPage }: { offset: number; pageSize: number; shown: number; total: number; onPage(offset: number): void }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <nav className="console-pager" aria-label="pages">
      <span data-testid="pager-text">{t('console.page', { from: offset + 1, to: offset + shown, total })}</span>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        {t('console.previous')}
      </button>
      <button type="button" className="button" data-testid="pager-next" disabled={offset + shown >= total} onClick={() => onPage(offset + pageSize)}>
        {t('console.next')}
      </button>
    </nav>
  );
}
