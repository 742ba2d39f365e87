/**
 * `yyyy-mm-dd` of an instant in a time zone. One formatter per zone, built
 * once: building an Intl.DateTimeFormat costs more than the SQL of a save
 * (issue 21 measured 9% of a complaint's save in it). en-CA formats as
 * yyyy-mm-dd.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function localIsoDay(instant: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
