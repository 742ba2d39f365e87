import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { issuesByField, type FieldErrors } from '../../lib/field-errors';
import { useSettingsStore } from '../../stores/settings-store';

const FIELDS = ['opens', 'closes'] as const;
type Field = (typeof FIELDS)[number];

/**
 * 作息时间: what "half a working day" and "the same working day" count in.
 * Shown to users with site.manage; saving re-grades open complaints.
 */
export function WorkingHoursForm() {
  const { t } = useTranslation();
  const site = useSettingsStore((s) => s.site);
  const calendar = useSettingsStore((s) => s.calendar);
  const loadCalendar = useSettingsStore((s) => s.loadCalendar);
  const setWorkingHours = useSettingsStore((s) => s.setWorkingHours);
  const [values, setValues] = useState({ opens: '', closes: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
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
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel" data-testid="working-hours">
      <h3>{t('settings.workingHours')}</h3>
      <p className="field-hint">{t('settings.workingHoursHint')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        {saved && (
          <p className="banner banner-success" role="status">
            {t('settings.workingHoursSaved')}
          </p>
        )}
        <div className="field-row">
          {FIELDS.map((field) => (
            <FormField key={field} id={`hours-${field}`} label={t(`settings.${field}`)} error={errors[field]} required>
              {(control) => (
                <input {...control} type="time" data-testid={`hours-${field}`} value={values[field]} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
              )}
            </FormField>
          ))}
        </div>
        <button type="submit" className="button" data-testid="hours-save" disabled={busy}>
          {t('settings.save')}
        </button>
      </form>
      {calendar && (
        <p className="muted" data-testid="calendar-coverage">
          {t('settings.calendarCoverage', { years: yearRanges(calendar.coveredYears), last: calendar.coveredYears.at(-1) ?? '—', version: calendar.version })}
        </p>
      )}
    </div>
  );
}

/** 2004–2026、2028: runs of consecutive years shown as ranges. */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join('、');
}
