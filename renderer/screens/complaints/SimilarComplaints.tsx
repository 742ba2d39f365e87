import { useTranslation } from 'react-i18next';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import { useTimeZone } from '../../hooks/use-time-zone';
import { summarise } from '../../lib/summarise';
import { formatInstant } from '../../lib/zoned-time';

const SUMMARY_LENGTH = 30;

interface SimilarComplaintsProps {
  items: readonly ComplaintListItem[];
  repeatOfId: string;
  onChange: (id: string) => void;
}

/** The customer's open records, with "同一事项再次投诉，关联到 …" for each; linking escalates the original (篇6 第三十条). */
export function SimilarComplaints({ items, repeatOfId, onChange }: SimilarComplaintsProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  if (items.length === 0) return null;
  return (
    <fieldset className="field similar-complaints banner banner-hint" data-testid="similar-complaints" aria-describedby="similar-complaints-hint">
      <legend className="field-label">{t('complaintForm.similarTitle', { n: items.length })}</legend>
      <p id="similar-complaints-hint" className="field-hint">
        {t('complaintForm.similarHint')}
      </p>
      <label className="similar-choice">
        <input type="radio" name="repeat-of" value="" checked={repeatOfId === ''} onChange={() => onChange('')} data-testid="repeat-of-none" />
        <span>{t('complaintForm.repeatNone')}</span>
      </label>
      {items.map((c) => (
        <label key={c.id} className="similar-choice">
          <input type="radio" name="repeat-of" value={c.id} checked={repeatOfId === c.id} onChange={() => onChange(c.id)} data-testid={`repeat-of-${c.id}`} />
          <span>
            <strong>{t('complaintForm.repeatOf', { serial: c.serial })}</strong>
            <small className="similar-meta">
              {t(`complaintStatuses.${c.status}`)} · {formatInstant(c.receivedAt, timeZone)} · {summarise(c.content, SUMMARY_LENGTH)}
            </small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
