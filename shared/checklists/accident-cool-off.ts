import { SHANGHAI_UTC_OFFSET_MINUTES } from '../calendar/working-calendar';

/**
 * The accident cool-off of seed004 §A 第五条 (一级2, 二级2): "发生生产安全死亡事故,
 * 自事故发生之日起, 一般事故未满1年 …" vetoes the grade.
 *
 * How "未满N年 / 未满半年" counts — calendar dates in Asia/Shanghai, as the
 * Civil Code counts periods (民法典 第二百零一条至第二百零三条):
 * - the accident day itself is not counted; the period starts the next day (第二百零一条);
 * - a period of years or months ends on the accident date's corresponding day
 *   of the final month, or that month's last day when it has none (第二百零二条:
 *   2023-08-31 + 6 months ends 2024-02-29; 2024-02-29 + 1 year ends 2025-02-28);
 * - the period lasts until 24:00 of that last day (第二百零三条).
 * So the period is 未满 up to and including its last day, and 满 from the day
 * after: an accident on 2023-03-15 vetoes a 1-year grade on an assessment dated
 * 2024-03-15 and no longer on 2024-03-16. 半年 is 6 months. The rule that moves
 * a last day falling on a public holiday (第二百零三条第一款) is not applied: it
 * gives time to do an act, and nothing is done at the end of a cool-off.
 * An accident dated after the assessment date vetoes nothing on that date.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Asia/Shanghai calendar date of a 'yyyy-mm-dd' date (as is) or an ISO instant; null if neither. */
export function shanghaiDate(value: string): string | null {
  const match = DATE.exec(value);
  if (match) return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? value : null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/T/.test(value)) return null;
  return new Date(ms + SHANGHAI_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The last day (yyyy-mm-dd) of a period of `months` counted from `date` (民法典 第二百零一、二百零二条). */
export function periodLastDay(date: string, months: number): string {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether, on `assessedOn`, fewer than `months` have passed since the accident on `accidentOn` (the grade is vetoed). */
export function withinCoolOff(accidentOn: string, months: number, assessedOn: string): boolean {
  if (assessedOn < accidentOn) return false;
  return assessedOn <= periodLastDay(accidentOn, months);
}

/** "1年" / "半年" / "3个月": a period as the source words it. */
export function periodWords(months: number): { zh: string; en: string } {
  if (months === 6) return { zh: '半年', en: 'half a year' };
  if (months % 12 === 0) return { zh: `${months / 12}年`, en: months === 12 ? '1 year' : `${months / 12} years` };
  return { zh: `${months}个月`, en: `${months} months` };
}
