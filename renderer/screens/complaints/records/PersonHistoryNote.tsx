import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHistory } from '../../../../shared/api/sanction-ledger';
import { sanctionArticle } from '../../../../shared/domain/sanction-articles';
import { api } from '../../../api/client';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../../lib/locale-format';

/**
 * The counts the sources state in words (数次、屡教不改、每年三次有效投诉),
 * computed by the core from the store and shown to the person who decides,
 * next to the article: the chosen person's valid complaints of the last 12
 * months, their earlier fines and points, how often each article was applied
 * before, and how often this customer complained. Nothing is shown until a
 * person is chosen, or if the core does not answer (the form still works).
 */
export function PersonHistoryNote({ complaintId, personId, articleCode }: { complaintId: string; personId: string; articleCode: string }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const [history, setHistory] = useState<PersonHistory | null>(null);
  useEffect(() => {
    setHistory(null);
    if (!personId) return;
    let current = true;
    api.call('sanctionLedger.history', { complaintId, personId }).then(
      (h) => current && setHistory(h),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [complaintId, personId]);
  if (!history) return null;
  const live = history.entries.filter((e) => !e.reversedBy && !e.reverses);
  const amount = live.reduce((s, e) => s + e.amount, 0);
  const points = live.reduce((s, e) => s + e.points, 0);
  const articleText = (code: string) => {
    const article = sanctionArticle(code);
    return article ? cite(article.source) : code;
  };
  return (
    <aside className="card muted" data-testid="person-history">
      <strong>{t('sanctions.history.title', { name: history.personName, on: formatCalendarDate(history.on, currentLanguage()) })}</strong>
      <ul>
        <li data-testid="history-valid">
          {t('sanctions.history.validComplaints', { count: history.validComplaints.length })}
          {history.validComplaints.length > 0 && `（${history.validComplaints.map((c) => c.serial).join('、')}）`}
        </li>
        <li data-testid="history-entries">{t('sanctions.history.earlier', { count: live.length, amount: amount.toFixed(2), points })}</li>
        <li data-testid="history-articles">
          {t('sanctions.history.articles')}
          {history.articleCounts.length === 0
            ? t('sanctions.history.none')
            : history.articleCounts.map((a) => (
                <span key={a.articleCode} data-same-article={a.articleCode === articleCode ? 'true' : undefined}>
                  {`${articleText(a.articleCode)} × ${a.count}　`}
                </span>
              ))}
        </li>
        <li data-testid="history-customer">{t('sanctions.history.customer', { count: history.customerComplaints })}</li>
      </ul>
    </aside>
  );
}
