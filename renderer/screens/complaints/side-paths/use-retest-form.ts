import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SAMPLE_BASES, type TestReportRecords } from '../../../../shared/api/test-reports';
import { api } from '../../../api/client';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal } from '../../../lib/zoned-time';

export interface RetestValues {
  sampleCode: string;
  sampleBasis: string;
  resampleReason: string;
  testerOne: string;
  testerTwo: string;
  testedAt: string;
  result: string;
  originalCorrect: boolean;
}

const EMPTY: RetestValues = { sampleCode: '', sampleBasis: 'original', resampleReason: '', testerOne: '', testerTwo: '', testedAt: '', result: '', originalCorrect: true };

/** The re-test's fields, its check (code, two testers, when and result required) and `testReports.recordRetest`. */
export function useRetestForm(complaintId: string, onSaved: (records: TestReportRecords) => void) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [v, setValues] = useState<RetestValues>(EMPTY);
  const set = <K extends keyof RetestValues>(key: K, value: RetestValues[K]) => setValues((old) => ({ ...old, [key]: value }));
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

  return { v, set, error, busy, save };
}
