import { useTranslation } from 'react-i18next';
import { SAMPLE_BASES, type TestReportRecords } from '../../../../shared/api/test-reports';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useColleagues } from '../../../hooks/use-colleagues';
import { DateTimeField, SelectField, TextAreaField } from '../workflow/fields';
import { useRetestForm } from './use-retest-form';

/** 2.2.2–2.2.4: the coded sample, the original or a new one with the reason, two testers, when, and what it showed. */
export function RetestForm({ complaintId, onSaved, onCancel }: { complaintId: string; onSaved: (records: TestReportRecords) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const people = useColleagues().map((c) => ({ value: c.id, label: c.displayName }));
  const { v, set, error, busy, save } = useRetestForm(complaintId, onSaved);

  const chooser = (name: 'testerOne' | 'testerTwo') => (
    <SelectField name={name} label={t(`sidePaths.retest.${name}`)} required placeholder={t('sidePaths.retest.choose')} options={people} value={v[name]} onChange={(x) => set(name, x)} />
  );
  return (
    <form className="side-path-form" onSubmit={(e) => void save(e)} noValidate data-testid="retest-form">
      <h4>{t('sidePaths.retest.newRetest')}</h4>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="field-row">
        <FormField id="act-sampleCode" label={t('sidePaths.retest.sampleCode')} required>
          {(control) => <input {...control} data-testid="act-sampleCode" maxLength={200} value={v.sampleCode} onChange={(e) => set('sampleCode', e.target.value)} />}
        </FormField>
        <SelectField
          name="sampleBasis"
          label={t('sidePaths.retest.sampleBasis')}
          required
          options={SAMPLE_BASES.map((b) => ({ value: b, label: t(`sidePaths.retest.bases.${b}`) }))}
          value={v.sampleBasis}
          onChange={(x) => set('sampleBasis', x)}
        />
      </div>
      {v.sampleBasis === 'resampled' && <TextAreaField name="resampleReason" label={t('sidePaths.retest.resampleReason')} required rows={2} value={v.resampleReason} onChange={(x) => set('resampleReason', x)} />}
      <div className="field-row">
        {chooser('testerOne')}
        {chooser('testerTwo')}
        <DateTimeField name="testedAt" label={t('sidePaths.retest.testedAt')} required value={v.testedAt} onChange={(x) => set('testedAt', x)} />
      </div>
      <TextAreaField name="result" label={t('sidePaths.retest.resultField')} required rows={2} value={v.result} onChange={(x) => set('result', x)} />
      <label className="side-path-tick">
        <input type="checkbox" data-testid="act-originalCorrect" checked={v.originalCorrect} onChange={(e) => set('originalCorrect', e.target.checked)} /> {t('sidePaths.retest.originalCorrect')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="retest-save">
          {t('sidePaths.retest.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sidePaths.retest.cancel')}
        </button>
      </div>
    </form>
  );
}
