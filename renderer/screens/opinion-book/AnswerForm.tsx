import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionEntry } from '../../../shared/api/opinion-book';
import { REPLY_RULE } from '../../../shared/domain/opinion-book';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { useOpinionBookStore } from '../../stores/opinion-book-store';
import { pick } from '../settings/rule-pack-text';
import { useCitation } from '../../components/SourceCitation';
import { DateField } from '../../components/DateField';

const FIELDS = ['handlingOpinion', 'customerRepliedAt'] as const;
type Field = (typeof FIELDS)[number];

/** 处理意见 written back into the book and signed (第九条(四)); the reply time when the customer left contact details (第九条(五)). */
export function AnswerForm({ entry }: { entry: OpinionEntry }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const answer = useOpinionBookStore((s) => s.answer);
  const [opinion, setOpinion] = useState('');
  const [repliedAt, setRepliedAt] = useState(() => (entry.contact ? toDateTimeLocal(new Date(), timeZone) : ''));
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);
  const id = (field: Field) => `answer-${entry.entryNo}-${field}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors<Field> = {};
    if (!opinion.trim()) local.handlingOpinion = t('opinionBook.enterOpinion');
    const replied = repliedAt ? fromDateTimeLocal(repliedAt, timeZone) : null;
    if ((entry.contact && !replied) || (repliedAt && !replied)) local.customerRepliedAt = t('opinionBook.enterReplyTime');
    await submit(local, () => answer({ id: entry.id, version: entry.version, handlingOpinion: opinion, ...(replied ? { customerRepliedAt: replied } : {}) }).then(() => undefined));
  };

  return (
    <form className="form answer-form" noValidate data-testid={`answer-form-${entry.entryNo}`} onSubmit={(e) => void onSubmit(e)}>
      <ErrorBanner messages={other} />
      <FormField id={id('handlingOpinion')} label={t('opinionBook.handlingOpinion')} error={errors.handlingOpinion} required>
        {(control) => <textarea {...control} data-testid="answer-handlingOpinion" rows={2} maxLength={2000} value={opinion} onChange={(e) => setOpinion(e.target.value)} />}
      </FormField>
      <FormField
        id={id('customerRepliedAt')}
        label={t('opinionBook.customerRepliedAt')}
        hint={entry.contact ? `${pick(REPLY_RULE, i18n.language)}（${cite(REPLY_RULE.source)}）` : undefined}
        error={errors.customerRepliedAt}
        required={!!entry.contact}
      >
        {(control) => <DateField {...control} withTime data-testid="answer-customerRepliedAt" value={repliedAt} onChange={(v) => setRepliedAt(v)} />}
      </FormField>
      <button type="submit" className="button primary" data-testid="answer-submit" disabled={busy}>
        {t('opinionBook.sign')}
      </button>
    </form>
  );
}
