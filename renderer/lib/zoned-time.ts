/**
 * Wall-clock times in the site's time zone (Asia/Shanghai by default),
 * independent of the computer's own zone setting: what staff see and type is
 * always site time, and what we send is an unambiguous ISO instant.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClockOf(instant: Date, timeZone: string): WallClock & { second: number } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toText({ year, month, day, hour, minute }: WallClock, separator: string): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}${separator}${pad(hour)}:${pad(minute)}`;
}

/** `yyyy-MM-dd HH:mm` in the zone; '' for a missing or unreadable value. */
export function formatInstant(iso: string | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return toText(wallClockOf(date, timeZone), ' ');
}

/** The value for an `<input type="datetime-local">` showing `instant` in the zone. */
export function toDateTimeLocal(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return toText(wallClockOf(instant, timeZone), 'T');
}

/** Reads a datetime-local value as site time; null if it is not a valid date and time. */
export function fromDateTimeLocal(value: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // First guess with the zone's offset at that moment, then correct once (offset changes, e.g. DST).
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockOf(new Date(instant), timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}
