import { describe, expect, it } from 'vitest';
import { relativeMoment, timeZoneText } from '../../renderer/lib/locale-format';

/** Issue 20 item 8: relative times up to a day, then dates; never "299 小时前". Site time is Asia/Shanghai (UTC+8). */
describe('relativeMoment', () => {
  const now = new Date('2026-03-05T06:30:00Z'); // 14:30 in Shanghai
  const cases: [string, string, string][] = [
    ['2026-03-05T06:29:01Z', '刚刚', 'just now'],
    ['2026-03-05T06:29:00Z', '1分钟前', '1 minute ago'],
    ['2026-03-05T06:25:00Z', '5分钟前', '5 minutes ago'],
    ['2026-03-05T05:30:01Z', '59分钟前', '59 minutes ago'],
    ['2026-03-05T05:30:00Z', '1小时前', '1 hour ago'],
    ['2026-03-04T06:30:01Z', '23小时前', '23 hours ago'],
    ['2026-03-04T06:30:00Z', '3月4日 14:30', '4 Mar, 14:30'],
    ['2026-01-01T00:00:00Z', '1月1日 08:00', '1 Jan, 08:00'],
    ['2025-12-31T15:59:00Z', '2025年12月31日 23:59', '31 Dec 2025, 23:59'],
    ['2026-03-05T07:00:00Z', '刚刚', 'just now'],
  ];
  it.each(cases)('%s reads %s / %s', (iso, zh, en) => {
    expect(relativeMoment(iso, now, 'zh-CN')).toBe(zh);
    expect(relativeMoment(iso, now, 'en')).toBe(en);
  });

  it('299 hours back is a date, in the site zone', () => {
    const text = relativeMoment(new Date(now.getTime() - 299 * 3_600_000).toISOString(), now, 'zh-CN');
    expect(text).toBe('2月21日 03:30');
    expect(text).not.toContain('小时');
  });

  it('leaves a text that is not a moment as it is', () => {
    expect(relativeMoment('not a date', now, 'zh-CN')).toBe('not a date');
  });
});

describe('time zones as people name them (issue 20 item 5)', () => {
  it('names the zone with its offset in either language, and keeps an id the runtime does not know', () => {
    expect(timeZoneText('Asia/Shanghai', 'zh-CN')).toBe('中国标准时间（GMT+08:00）');
    expect(timeZoneText('Asia/Shanghai', 'en')).toBe('China Standard Time (GMT+08:00)');
    expect(timeZoneText('Mars/Olympus', 'zh-CN')).toBe('Mars/Olympus');
  });
});
