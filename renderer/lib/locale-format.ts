import type { Language } from '../../shared/api/envelope';
import { DEFAULT_TIME_ZONE } from './zoned-time';

/**
 * Moments and dates as a reader of the language writes them, in the site's
 * zone: 2026年3月5日 14:30 / 5 Mar 2026, 14:30. Used wherever a moment
 * appears inside a sentence (error reasons, notices), never a raw ISO string.
 */
const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Language, withTime: boolean, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone,
      year: 'numeric',
      month: lang === 'en' ? 'short' : 'long',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** 2026年3月5日 14:30; the text itself when it is not a moment. */
export function formatMoment(iso: string, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatterFor(lang, true, timeZone).format(date);
}

/** 2026年3月5日 for a calendar date `yyyy-MM-dd` (no zone shift: it names a day, not a moment). */
export function formatCalendarDate(day: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatterFor(lang, false, 'UTC').format(date);
}
