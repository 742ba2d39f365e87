import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionEntry } from '../../../shared/api/opinion-book';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useNavigationStore } from '../../stores/navigation-store';
import { useOpinionBookStore } from '../../stores/opinion-book-store';
import { useSessionStore } from '../../stores/session-store';
import { DailyCheckPanel } from './DailyCheckPanel';
import { OpinionEntryCard } from './OpinionEntryCard';
import { OpinionEntryForm } from './OpinionEntryForm';
import { OpinionEntryTable } from './OpinionEntryTable';
import { OpinionBookPrint } from './print/OpinionBookPrint';
import './opinion-book.css';

/**
 * 客户意见簿 (seed002 客户管理制度4 第三条、第九条): today's check, entries
 * transcribed from the book, the ones still awaiting a signed handling
 * opinion, and the page printed blank or filled.
 */
export function OpinionBookPage() {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const { overview, error, load } = useOpinionBookStore();
  // What the print style sheet shows: null is the blank page for the book in the banking hall.
  const [printed, setPrinted] = useState<OpinionEntry | null>(null);
  const [printRequest, setPrintRequest] = useState(0);

  useEffect(() => {
    void load();
  }, [load]);
  // Print after the page to print has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);

  const print = (entry: OpinionEntry | null) => {
    setPrinted(entry);
    setPrintRequest((n) => n + 1);
  };
  const mayHandle = hasPermission(roles, 'opinionBook.check');

  return (
    <section className="page" data-testid="opinion-book">
      <div className="page-header">
        <h2 className="page-title">{t('opinionBook.title')}</h2>
        <div className="page-header-actions">
          <button type="button" className="button" data-testid="print-blank" onClick={() => print(null)}>
            {t('opinionBook.printBlank')}
          </button>
          <button type="button" className="button" onClick={() => go({ page: 'complaints' })}>
            {t('opinionBook.back')}
          </button>
        </div>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {overview && (
        <>
          <DailyCheckPanel overview={overview} mayCheck={mayHandle} />
          <section className="opinion-section" data-testid="opinion-unanswered">
            <h3>{t('opinionBook.unanswered')}</h3>
            {overview.unanswered.length === 0 ? (
              <p className="muted">{t('opinionBook.noneUnanswered')}</p>
            ) : (
              overview.unanswered.map((entry) => <OpinionEntryCard key={`${entry.id}-${entry.version}`} entry={entry} mayHandle={mayHandle} onPrint={print} />)
            )}
          </section>
          {hasPermission(roles, 'opinionBook.record') && <OpinionEntryForm />}
          <section className="opinion-section">
            <h3>{t('opinionBook.recent')}</h3>
            {overview.recent.length === 0 ? <p className="muted">{t('opinionBook.empty')}</p> : <OpinionEntryTable entries={overview.recent} onPrint={print} />}
          </section>
        </>
      )}
      <OpinionBookPrint entry={printed} />
    </section>
  );
}
