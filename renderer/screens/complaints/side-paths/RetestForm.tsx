import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SAMPLE_BASES, type TestReportRecords } from '../../../../shared/api/test-reports';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useColleagues } from '../../../hooks/use-colleagues';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal } from '../../../lib/zoned-time';
import { DateTimeField, SelectField, TextAreaField } from '../workflow/fields';

interface Values {
  sampleCode: string;
  sampleBasis: string;
  resampleReason: string;
  testerOne: string;
  testerTwo: string;
  testedAt: string;
  result: string;
  originalCorrect: boolean;
}

const EMPTY: Values = { sampleCode: '', sampleBasis: 'original', resampleReason: '', testerOne: '', testerTwo: '', testedAt: '', result: '', originalCorrect: true };

/** 2.2.2–2.2.4: the coded sample, the original or a new one with the reason, two testers, when, and what it showed. */
export function RetestForm({ complaintId, onSaved, onCancel }: { complaintId: string; onSaved: (records: TestReportRecords) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const people = useColleagues().map((c) => ({ value: c.id, label: c.displayName }));
  const [v, setValues] = useState<Values>(EMPTY);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((old) => ({ ...old, [key]: value }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const testedAt = fromDateTimeLocal(v.testedAt, timeZone);
    if (!testedAt || !v.sampleCode.trim() || !v.testerOne || !v.testerTwo || !v.result.trim()) {
      setError(t('sidePaths.retest.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = {
        complaintId,
        sampleCode: v.sampleCode.trim(),
        sampleBasis: v.sampleBasis as (typeof SAMPLE_BASES)[number],
        resampleReason: v.sampleBasis === 'resampled' ? v.resampleReason : '',
        testerIds: [v.testerOne, v.testerTwo],
        testedAt,
        result: v.result.trim(),
        originalCorrect: v.originalCorrect,
      };
      onSaved(await api.call('testReports.recordRetest', input));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

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
