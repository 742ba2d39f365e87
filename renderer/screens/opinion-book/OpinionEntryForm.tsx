import { useTranslation } from 'react-i18next';
import { OPINION_ENTRY_TYPES } from '../../../shared/domain/opinion-book';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { DateField } from '../../components/DateField';
import { useOpinionEntryForm } from './use-opinion-entry-form';

/** Transcribes one entry of the paper book, as the customer wrote it. */
export function OpinionEntryForm() {
  const { t } = useTranslation();
  const { values, set, saved, errors, other, busy, onSubmit } = useOpinionEntryForm();

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
