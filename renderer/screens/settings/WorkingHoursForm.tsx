import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { HOURS_FIELDS, useWorkingHours } from './use-working-hours';

/**
 * 作息时间: what "half a working day" and "the same working day" count in.
 * Shown to users with site.manage; saving re-grades open complaints.
 */
export function WorkingHoursForm() {
  const { t } = useTranslation();
  const { values, set, errors, other, saved, busy, calendar, onSubmit } = useWorkingHours();

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
          {HOURS_FIELDS.map((field) => (
            <FormField key={field} id={`hours-${field}`} label={t(`settings.${field}`)} error={errors[field]} required>
              {(control) => (
                <input {...control} type="time" data-testid={`hours-${field}`} value={values[field]} onChange={(e) => set(field, e.target.value)} />
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
