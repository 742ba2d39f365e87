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

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

function relativeFormat(lang: Language): Intl.RelativeTimeFormat {
  let f = relativeFormats.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'always' });
    relativeFormats.set(lang, f);
  }
  return f;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A past moment as people say it: 刚刚 / 5 分钟前 / 3 小时前 within a day,
 * then the date and time (3月5日 14:30; with the year when it is not this
 * year's). Never "299 小时前". A moment in the future (a clock a little ahead)
 * reads as now; the text itself when it is not a moment.
 */
export function relativeMoment(iso: string, now: Date, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const ago = Math.max(0, now.getTime() - at.getTime());
  if (ago < MINUTE) return lang === 'en' ? 'just now' : '刚刚';
  if (ago < HOUR) return relativeFormat(lang).format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relativeFormat(lang).format(-Math.floor(ago / HOUR), 'hour');
  const full = formatterFor(lang, true, timeZone);
  const sameYear = full.formatToParts(at).find((p) => p.type === 'year')?.value === full.formatToParts(now).find((p) => p.type === 'year')?.value;
  return sameYear ? withoutYear(lang, timeZone).format(at) : full.format(at);
}

const noYearCache = new Map<string, Intl.DateTimeFormat>();

function withoutYear(lang: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let f = noYearCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, month: lang === 'en' ? 'short' : 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    noYearCache.set(key, f);
  }
  return f;
}

/**
 * A time zone as people name it, with its offset: 中国标准时间（GMT+08:00） rather than the
 * IANA id `Asia/Shanghai` (issue 20 item 5). The id itself where the runtime cannot name it.
 */
export function timeZoneText(timeZone: string, lang: Language, at = new Date()): string {
  const part = (style: 'long' | 'longOffset') => {
    try {
      return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? null;
    } catch {
      return null; // an id this runtime does not know
    }
  };
  const name = part('long');
  const offset = part('longOffset');
  if (!name) return timeZone;
  return offset && offset !== name ? (lang === 'en' ? `${name} (${offset})` : `${name}（${offset}）`) : name;
}
