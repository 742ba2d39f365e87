import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestReportRecords } from '../../../../shared/api/test-reports';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useColleagues } from '../../../hooks/use-colleagues';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal } from '../../../lib/zoned-time';
import { DateTimeField, SelectField, TextAreaField } from '../workflow/fields';

/** 2.2.5: the original report withdrawn and voided with the reason, the approving authorised signatory, when, and the corrected report. */
export function WithdrawForm({ retestId, onSaved, onCancel }: { retestId: string; onSaved: (records: TestReportRecords) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const people = useColleagues().map((c) => ({ value: c.id, label: c.displayName }));
  const [reason, setReason] = useState('');
  const [approvedById, setApprover] = useState('');
  const [when, setWhen] = useState('');
  const [corrected, setCorrected] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const withdrawnAt = fromDateTimeLocal(when, timeZone);
    if (!withdrawnAt || !reason.trim() || !approvedById || !corrected.trim()) {
      setError(t('sidePaths.retest.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.call('testReports.withdraw', { retestId, reason: reason.trim(), approvedById, withdrawnAt, correctedReportNumber: corrected.trim() }));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="side-path-form" onSubmit={(e) => void save(e)} noValidate data-testid="withdraw-form">
      <h4>{t('sidePaths.retest.withdraw')}</h4>
      <ErrorBanner messages={error ? [error] : []} />
      <TextAreaField name="reason" label={t('sidePaths.retest.reason')} required rows={2} value={reason} onChange={setReason} />
      <div className="field-row">
        <SelectField name="approvedById" label={t('sidePaths.retest.approvedBy')} required placeholder={t('sidePaths.retest.choose')} options={people} value={approvedById} onChange={setApprover} />
        <DateTimeField name="withdrawnAt" label={t('sidePaths.retest.withdrawnAt')} required value={when} onChange={setWhen} />
        <FormField id="act-correctedReportNumber" label={t('sidePaths.retest.correctedReportNumber')} required>
          {(control) => <input {...control} data-testid="act-correctedReportNumber" maxLength={200} value={corrected} onChange={(e) => setCorrected(e.target.value)} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="withdraw-save">
          {t('sidePaths.retest.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sidePaths.retest.cancel')}
        </button>
      </div>
    </form>
  );
}
