import { z } from 'zod';
import type { ErrorReason } from './errors';

/*
 * The building blocks every input of the contract is made of (issue 18 §1.5):
 * text is valid Unicode without control characters, a date is a real calendar
 * date in a sane range, and a moment that reports a past fact is not in the
 * future. The same schemas are parsed by the core's dispatcher, by the
 * renderer's forms and, through shared/sync, by head office.
 */

/** The calendar years any date the contract takes must fall in (inclusive): nothing this app records happened before 2000 or is planned after 2100. */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;
/** How far a computer's clock may run behind another's before a past fact counts as "in the future". */
export const CLOCK_DRIFT_MINUTES = 5;

/**
 * A field issue with a translated reason: the dispatcher passes `params.reason`
 * on as the reason (the renderer translates it); `message` is the
 * fallback "中文 / English" for readers without the key (logs, head office).
 */
function reason(key: string, fallback: string, params?: ErrorReason['params']) {
  return { message: fallback, params: { reason: params ? { key, params } : { key } } };
}

// ---- text -----------------------------------------------------------------

/** C0 and C1 control characters and DEL, except tab and line feed; a carriage return only as part of CR LF. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;
/** A UTF-16 surrogate without its partner: not a character, and not representable in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Valid Unicode (no lone surrogate) without control characters other than tab and newline. */
export function isCleanText(value: string): boolean {
  return !CONTROL_CHARACTER.test(value) && !LONE_SURROGATE.test(value);
}

/** True when every string inside a JSON-like value (keys too) is clean text. */
export function holdsOnlyCleanText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return isCleanText(value);
  if (value === null || typeof value !== 'object') return true;
  if (depth > 64) return false; // deeper than any form or template the app makes
  if (Array.isArray(value)) return value.every((item) => holdsOnlyCleanText(item, depth + 1));
  return Object.entries(value).every(([key, item]) => isCleanText(key) && holdsOnlyCleanText(item, depth + 1));
}

/** The check every string of the contract carries (test/shared/api/contract-inputs.test.ts walks the contract for it). */
export const cleanTextCheck = z.refine<string>(isCleanText, reason('input.errors.badText', '含有控制字符或无效字符 / contains control or invalid characters'));
/** The same for a JSON value taken as it is (a draft, a checklist answer, a template being edited): every string inside. */
export const cleanJsonCheck = z.refine<unknown>((value) => holdsOnlyCleanText(value), reason('input.errors.badText', '含有控制字符或无效字符 / contains control or invalid characters'));

/** Any string of the contract: clean text, nothing else assumed. */
export const str = () => z.string().check(cleanTextCheck);
/** Trimmed, non-empty text of bounded length. */
export const text = (max: number) => str().trim().min(1).max(max);
export const optionalText = (max: number) =>
  str()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
export const id = str().min(1).max(64);
export const empty = z.object({}).strict();

// ---- dates ----------------------------------------------------------------

let contractClock: () => number = () => Date.now();

/**
 * Parses with `now` as the present moment for "not in the future" (the core
 * runs on its own clock, which tests set). Parsing is synchronous, so the
 * moment cannot leak into another call.
 */
export function parsingAt<T>(now: Date, parse: () => T): T {
  const previous = contractClock;
  contractClock = () => now.getTime();
  try {
    return parse();
  } finally {
    contractClock = previous;
  }
}

const EARLIEST_MS = Date.UTC(EARLIEST_YEAR, 0, 1);
const AFTER_LATEST_MS = Date.UTC(LATEST_YEAR + 1, 0, 1);
const latestPast = () => contractClock() + CLOCK_DRIFT_MINUTES * 60_000;
const range = { from: EARLIEST_YEAR, to: LATEST_YEAR };

/** An ISO moment with offset (zod checks it is a real calendar date and time) within EARLIEST_YEAR–LATEST_YEAR. */
export function isSaneInstant(iso: string): boolean {
  const ms = Date.parse(iso);
  return ms >= EARLIEST_MS && ms < AFTER_LATEST_MS;
}

/** A calendar day 'yyyy-mm-dd' within EARLIEST_YEAR–LATEST_YEAR. */
export function isSaneDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** A real calendar day 'yyyy-mm-dd' (zod's date format knows month lengths and leap years). */
export function isCalendarDay(value: string): boolean {
  return DAY.safeParse(value).success;
}
const DAY = z.iso.date();

/*
 * The range and future checks pass what is not a date at all: the format check
 * beside them already says so, once.
 */
const unparsable = (iso: string) => Number.isNaN(Date.parse(iso));
export const saneInstantCheck = z.refine<string>((iso) => unparsable(iso) || isSaneInstant(iso), reason('input.errors.dateOutOfRange', `日期须在 ${EARLIEST_YEAR}–${LATEST_YEAR} 年之间 / the date must be within ${EARLIEST_YEAR}–${LATEST_YEAR}`, range));
export const saneDayCheck = z.refine<string>((day) => !isCalendarDay(day) || isSaneDay(day), reason('input.errors.dateOutOfRange', `日期须在 ${EARLIEST_YEAR}–${LATEST_YEAR} 年之间 / the date must be within ${EARLIEST_YEAR}–${LATEST_YEAR}`, range));
export const notFutureInstantCheck = z.refine<string>((iso) => unparsable(iso) || Date.parse(iso) <= latestPast(), reason('input.errors.inFuture', '不能晚于现在 / cannot be later than now'));
/** A day is in the future while no time zone on Earth (the earliest is UTC+14) has reached it yet. */
export const notFutureDayCheck = z.refine<string>((day) => !isCalendarDay(day) || Date.parse(`${day}T00:00:00+14:00`) <= latestPast(), reason('input.errors.inFuture', '不能晚于今天 / cannot be later than today'));

/** A moment (ISO with offset): a real date and time within the sane range. Due dates and other planned moments. */
export const isoInstant = z.iso.datetime({ offset: true }).check(cleanTextCheck, saneInstantCheck);
/** A moment something happened (received, delivered, informed…): as `isoInstant`, and not later than now plus clock drift. */
export const pastInstant = z.iso.datetime({ offset: true }).check(cleanTextCheck, saneInstantCheck, notFutureInstantCheck);
/** A calendar day 'yyyy-mm-dd': a real date within the sane range. */
export const calendarDay = z.iso.date({ error: '请填写日期（年-月-日）/ enter a date (yyyy-mm-dd)' }).check(cleanTextCheck, saneDayCheck);
/** A day something happened on: as `calendarDay`, and not a day no time zone has reached yet. */
export const pastCalendarDay = z.iso.date({ error: '请填写日期（年-月-日）/ enter a date (yyyy-mm-dd)' }).check(cleanTextCheck, saneDayCheck, notFutureDayCheck);
