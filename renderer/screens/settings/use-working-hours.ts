import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { issuesByField, type FieldErrors } from '../../lib/field-errors';
import { useSettingsStore } from '../../stores/settings-store';

export const HOURS_FIELDS = ['opens', 'closes'] as const;
export type HoursField = (typeof HOURS_FIELDS)[number];

/** 作息时间's fields (filled from the site once loaded), the calendar it is shown with, and saving (the core's issues under their field). */
export function useWorkingHours() {
  const { t } = useTranslation();
  const site = useSettingsStore((s) => s.site);
  const calendar = useSettingsStore((s) => s.calendar);
  const loadCalendar = useSettingsStore((s) => s.loadCalendar);
  const setWorkingHours = useSettingsStore((s) => s.setWorkingHours);
  const [values, setValues] = useState({ opens: '', closes: '' });
  const [errors, setErrors] = useState<FieldErrors<HoursField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadCalendar();
  }, [loadCalendar]);
  useEffect(() => {
    if (site) setValues(site.workingHours);
  }, [site]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    try {
      await setWorkingHours(values);
      setErrors({});
      setOther([]);
      setSaved(true);
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, HOURS_FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  const set = (field: HoursField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  return { values, set, errors, other, saved, busy, calendar, onSubmit };
}
