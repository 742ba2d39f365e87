/**
 * Dates and times typed as text (issue 20 item 8): the browser's own date
 * inputs follow the operating system's locale, so a Chinese screen on an
 * English Windows showed mm/dd/yyyy. DateField shows year/month/day in every
 * language and reads what people type: 2026/3/5, 2026-03-05, 2026.3.5,
 * 2026年3月5日, each with an optional 14:30 (or 14时30分) after it, and the
 * `yyyy-MM-ddTHH:mm` a native input would have given.
 *
 * Values stay what the native inputs gave their forms: `yyyy-MM-dd`, or
 * `yyyy-MM-ddTHH:mm` in the site's zone.
 */

export type DateTextProblem = 'format' | 'notADate' | 'timeMissing' | 'timeNotAllowed' | 'afterMax' | 'beforeMin';

export type DateTextResult = { value: string; problem?: undefined } | { value?: undefined; problem: DateTextProblem };

const DATE_PART = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const TIME_PART = String.raw`(?:\s*T\s*|\s+|(?<=日))(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?::\d{2}(?:\.\d+)?)?`;
const DATE_TEXT = new RegExp(`^${DATE_PART}(?:${TIME_PART})?$`);

const two = (n: number) => String(n).padStart(2, '0');

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads typed text as a day (`withTime` false) or a day and time. */
export function parseDateText(text: string, withTime: boolean): DateTextResult {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return { problem: 'format' };
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const [hour, minute] = [match[4], match[5]];
  if (!isCalendarDate(year, month, day)) return { problem: 'notADate' };
  if (hour === undefined && withTime) return { problem: 'timeMissing' };
  if (hour !== undefined && !withTime) return { problem: 'timeNotAllowed' };
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return { problem: 'notADate' };
  return { value: `${year}-${two(month)}-${two(day)}${hour === undefined ? '' : `T${two(Number(hour))}:${two(Number(minute))}`}` };
}

/**
 * Whether a value lies outside `min`/`max` (values of the same form compare as
 * text). As with a native input's bounds, the value still counts: the form or
 * the core decides, the field only says so at once.
 */
export function boundsProblem(value: string, bounds: { min?: string | undefined; max?: string | undefined }): 'afterMax' | 'beforeMin' | null {
  if (bounds.max && value > bounds.max) return 'afterMax';
  if (bounds.min && value < bounds.min) return 'beforeMin';
  return null;
}

/** A value as the field shows it: 2026/03/05 or 2026/03/05 14:30; anything else unchanged. */
export function formatDateValue(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  return `${year}/${month}/${day}${hour === undefined ? '' : ` ${hour}:${minute}`}`;
}
