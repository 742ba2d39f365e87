import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHistory, CustomerHistoryEntry } from '../../../../shared/api/customer-history';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { relativeMoment } from '../../../lib/locale-format';
import { useNavigationStore } from '../../../stores/navigation-store';
import { useSitePack } from '../../complaints/grading/use-site-pack';
import { historyWords } from './customer-history-text';

/** One entry as a sentence: when, who, what (the complaint's serial opens it), and what came of it. */
function HistoryLine({ entry, now }: { entry: CustomerHistoryEntry; now: Date }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const pack = useSitePack() ?? null;
  const go = useNavigationStore((s) => s.go);
  const words = historyWords(entry, t, pack, i18n.language);
  const complaint = 'complaint' in entry ? entry.complaint : null;
  return (
    <li className="customer-history-entry" data-testid="customer-history-entry" data-type={entry.type}>
      <time className="customer-history-when">{relativeMoment(entry.at, now, currentLanguage(), timeZone)}</time> <strong>{entry.byName ?? t('customerHistory.system')}</strong> {words.action}
      {complaint && (
        <>
          {' '}
          <button type="button" className="link-button serial" data-testid="customer-history-complaint" onClick={() => go({ page: 'complaint-detail', id: complaint.id })}>
            {complaint.serial}
          </button>
        </>
      )}
      {words.detail && <>{t('customerHistory.colon')}{words.detail}</>}
    </li>
  );
}

/**
 * 往来记录 on the customer file (issue 19 §1): every complaint, call-back, follow-up, credit step,
 * limit adjustment, risk-class change, risk meeting and merge, newest first, a page at a time (更多 appends the next). `refreshKey`
 * changes when the page knows something was recorded: the history is read again from its first page.
 */
export function CustomerHistorySection({ customerId, refreshKey }: { customerId: string; refreshKey: string }) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<CustomerHistory | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (page: number) => {
      setBusy(true);
      try {
        const read = await api.call('customers.history', { id: customerId, page });
        setHistory((before) => (page === 1 || !before ? read : { ...read, entries: [...before.entries, ...read.entries] }));
        setFailure(null);
      } catch (error) {
        setFailure(error);
      } finally {
        setBusy(false);
      }
    },
    [customerId],
  );
  useEffect(() => void load(1), [load, refreshKey]);

  const now = new Date();
  return (
    <section className="customer-file-section" data-testid="customer-history" aria-busy={busy}>
      <h3>{t('customerHistory.title', { n: history?.total ?? 0 })}</h3>
      <p className="field-hint">{t('customerHistory.hint')}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {!history ? (
        <p className="muted">{t('customerHistory.loading')}</p>
      ) : history.entries.length === 0 ? (
        <p className="muted">{t('customerHistory.empty')}</p>
      ) : (
        <ol className="customer-history">
          {history.entries.map((entry, index) => (
            <HistoryLine key={`${entry.type}-${entry.at}-${index}`} entry={entry} now={now} />
          ))}
        </ol>
      )}
      {history?.hasMore && (
        <button type="button" className="button" data-testid="customer-history-more" disabled={busy} onClick={() => void load(history.page + 1)}>
          {t('customerHistory.more')}
        </button>
      )}
    </section>
  );
}
