import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionEntry } from '../../../shared/api/opinion-book';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RevealPersonal } from '../../components/RevealPersonal';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { useOpinionBookStore } from '../../stores/opinion-book-store';
import { AnswerForm } from './AnswerForm';

interface Props {
  entry: OpinionEntry;
  /** The signed-in user may answer, sign and convert (opinionBook.check). */
  mayHandle: boolean;
  onPrint: (entry: OpinionEntry) => void;
}

/** An entry waiting for its handling opinion: the customer's words, then 转为投诉记录 and the signing form. */
export function OpinionEntryCard({ entry, mayHandle, onPrint }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const toComplaint = useOpinionBookStore((s) => s.toComplaint);
  const [converted, setConverted] = useState<{ id: string; serial: string } | null>(null);
  const { other, busy, submit } = useFormSubmit([] as const);
  const complaint = entry.complaint ?? converted;

  return (
    <article className="panel opinion-entry" data-testid={`opinion-entry-${entry.entryNo}`}>
      <header className="opinion-entry-head">
        <strong>{t('opinionBook.entryNo', { n: entry.entryNo })}</strong>
        <span>{entry.entryDate}</span>
        <span className={`tag tag-${entry.entryType}`}>{t(`opinionEntryTypes.${entry.entryType}`)}</span>
        <span className="muted">
          {entry.reviewedAt ? `${t('opinionBook.reviewed')}：${entry.reviewedByName ?? ''} ${formatInstant(entry.reviewedAt, timeZone)}` : t('opinionBook.notReviewed')}
        </span>
        <button type="button" className="button" data-testid="print-entry" onClick={() => onPrint(entry)}>
          {t('opinionBook.printEntry')}
        </button>
      </header>
      <p className="opinion-entry-content">{entry.content}</p>
      {(entry.customerName || entry.contact) && (
        <div className="muted">
          {entry.customerName}
          {entry.customerName && entry.contact ? '，' : ''}
          {entry.contact && <RevealPersonal kind="opinionEntry" id={entry.id} value={entry.contact} />}
        </div>
      )}
      <ErrorBanner messages={other} />
      {complaint ? (
        <p className="banner banner-info">
          {t('opinionBook.converted')}{' '}
          <button type="button" className="link-button" data-testid="open-converted" onClick={() => go({ page: 'complaint-detail', id: complaint.id })}>
            {t('opinionBook.openComplaint', { serial: complaint.serial })}
          </button>
        </p>
      ) : (
        mayHandle &&
        entry.entryType === 'complaint' && (
          <button
            type="button"
            className="button"
            data-testid="to-complaint"
            disabled={busy}
            onClick={() => void submit({}, async () => setConverted(await toComplaint(entry)))}
          >
            {t('opinionBook.toComplaint')}
          </button>
        )
      )}
      {mayHandle && <AnswerForm entry={entry} />}
    </article>
  );
}
