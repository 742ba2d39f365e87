import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPINION_ENTRY_TYPES, siteDayOf, type OpinionEntryType } from '../../../shared/domain/opinion-book';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { useOpinionBookStore } from '../../stores/opinion-book-store';
import { DateField } from '../../components/DateField';

const FIELDS = ['entryDate', 'entryType', 'content', 'customerName', 'contact'] as const;
type Field = (typeof FIELDS)[number];

/** Transcribes one entry of the paper book, as the customer wrote it. */
export function OpinionEntryForm() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const record = useOpinionBookStore((s) => s.record);
  const blank = () => ({ entryDate: siteDayOf(new Date(), timeZone), entryType: '' as OpinionEntryType | '', content: '', customerName: '', contact: '' });
  const [values, setValues] = useState(blank);
  const [saved, setSaved] = useState<number | null>(null);
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);
  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const local: FieldErrors<Field> = {};
    if (!values.entryDate) local.entryDate = t('opinionBook.enterDate');
    if (!values.entryType) local.entryType = t('opinionBook.chooseType');
    if (!values.content.trim()) local.content = t('opinionBook.enterContent');
    await submit(local, async () => {
      const entry = await record({ ...values, entryType: values.entryType as OpinionEntryType });
      setSaved(entry.entryNo);
      setValues(blank());
    });
  };

  return (
    <div className="panel" data-testid="opinion-entry-form">
      <h3>{t('opinionBook.newEntry')}</h3>
      <p className="field-hint">{t('opinionBook.newEntryHint')}</p>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorBanner messages={other} />
        {saved !== null && (
          <p className="banner banner-success" role="status">
            {t('opinionBook.saved', { n: saved })}
          </p>
        )}
        <div className="field-row">
          <FormField id="entry-entryDate" label={t('opinionBook.entryDate')} error={errors.entryDate} required>
            {(control) => <DateField {...control} data-testid="entry-entryDate" value={values.entryDate} onChange={(v) => set('entryDate', v)} />}
          </FormField>
          <ChoiceGroup
            name="entry-entryType"
            legend={t('opinionBook.entryType')}
            type="radio"
            required
            choices={OPINION_ENTRY_TYPES.map((value) => ({ value, label: t(`opinionEntryTypes.${value}`), testId: `entry-entryType-${value}` }))}
            selected={values.entryType ? [values.entryType] : []}
            onToggle={(value) => set('entryType', value)}
            error={errors.entryType}
          />
        </div>
        <FormField id="entry-content" label={t('opinionBook.content')} error={errors.content} required>
          {(control) => <textarea {...control} data-testid="entry-content" rows={4} maxLength={2000} value={values.content} onChange={(e) => set('content', e.target.value)} />}
        </FormField>
        <div className="field-row">
          <FormField id="entry-customerName" label={t('opinionBook.customerName')} error={errors.customerName}>
            {(control) => <input {...control} type="text" data-testid="entry-customerName" maxLength={100} value={values.customerName} onChange={(e) => set('customerName', e.target.value)} />}
          </FormField>
          <FormField id="entry-contact" label={t('opinionBook.contact')} error={errors.contact}>
            {(control) => <input {...control} type="text" data-testid="entry-contact" maxLength={100} value={values.contact} onChange={(e) => set('contact', e.target.value)} />}
          </FormField>
        </div>
        <button type="submit" className="button primary" data-testid="entry-save" disabled={busy}>
          {t('opinionBook.save')}
        </button>
      </form>
    </div>
  );
}
