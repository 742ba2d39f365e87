import { useTranslation } from 'react-i18next';
import type { RepeatCandidate } from '../../../shared/api/complaints';
import { FormField } from '../../components/FormField';
import { useTimeZone } from '../../hooks/use-time-zone';
import { summarise } from '../../lib/summarise';
import { formatInstant } from '../../lib/zoned-time';

const SUMMARY_LENGTH = 30;

interface SimilarComplaintsProps {
  items: readonly RepeatCandidate[];
  repeatOfId: string;
  problemCode: string;
  error: string | undefined;
  categoryError: string | undefined;
  onCategory: (code: string) => void;
  /** Links (or, with '', unlinks); `adopt` also takes the earlier complaint's problem category for this one. */
  onLink: (id: string, adopt?: string) => void;
}

/**
 * 问题类别 and the same customer's complaints within the pack's window (篇6 第三十条、第三十二条). A
 * complaint the repeat match offers can be linked; one with a category, when this one has none yet, can be
 * linked as the same matter by taking its category; another matter cannot. Linking escalates (the earlier
 * one while open, else this one).
 */
export function SimilarComplaints({ items, repeatOfId, problemCode, error, categoryError, onCategory, onLink }: SimilarComplaintsProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const choice = (c: RepeatCandidate) => {
    if (c.kinds.length > 0) return { label: t('repeat.link', { kind: c.kinds.map((k) => t(`repeat.kinds.${k}`)).join('、'), serial: c.serial }), adopt: undefined };
    if (c.problemCode && !problemCode.trim()) return { label: t('repeat.adopt', { serial: c.serial, category: c.problemCode }), adopt: c.problemCode };
    return null;
  };
  return (
    <>
      <FormField id="complaint-problemCode" label={t('repeat.category')} hint={t('repeat.categoryHint')} error={categoryError}>
        {(control) => <input {...control} type="text" data-testid="field-problemCode" maxLength={64} value={problemCode} onChange={(e) => onCategory(e.target.value)} />}
      </FormField>
      {items.length > 0 && (
        <fieldset className="field similar-complaints banner banner-hint" data-testid="similar-complaints" aria-describedby="similar-complaints-hint">
          <legend className="field-label">{t('repeat.title', { n: items.length, days: items[0]!.windowDays })}</legend>
          <p id="similar-complaints-hint" className="field-hint">
            {t('repeat.hint')}
          </p>
          <label className="similar-choice">
            <input type="radio" name="repeat-of" value="" checked={repeatOfId === ''} onChange={() => onLink('')} data-testid="repeat-of-none" />
            <span>{t('repeat.none')}</span>
          </label>
          {items.map((c) => {
            const offered = choice(c);
            const meta = (
              <small className="similar-meta">
                {t(`complaintStatuses.${c.status}`)} · {formatInstant(c.receivedAt, timeZone)} · {t(`repeat.matchedBy.${c.matchedBy}`)} · {summarise(c.content, SUMMARY_LENGTH)}
              </small>
            );
            return offered ? (
              <label key={c.id} className="similar-choice">
                <input type="radio" name="repeat-of" value={c.id} checked={repeatOfId === c.id} onChange={() => onLink(c.id, offered.adopt)} data-testid={`repeat-of-${c.id}`} />
                <span>
                  <strong>{offered.label}</strong>
                  {meta}
                </span>
              </label>
            ) : (
              <p key={c.id} className="similar-choice similar-other" data-testid={`repeat-other-${c.id}`}>
                <span>
                  <strong>{c.serial}</strong> {c.problemCode ? t('repeat.otherMatter', { category: c.problemCode }) : t('repeat.noCategory')}
                  {meta}
                </span>
              </p>
            );
          })}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </>
  );
}
