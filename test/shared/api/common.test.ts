import { describe, expect, it } from 'vitest';
import { calendarDay, holdsOnlyCleanText, id, isCleanText, isoInstant, optionalText, parsingAt, pastCalendarDay, pastInstant, text } from '../../../shared/api/common';
import { checkValue, type AnswerField } from '../../../shared/checklists/answer-values';

/** The reason key of the first issue (a contract check's `params.reason`). */
const reasonOf = (result: { success: boolean; error?: { issues: readonly object[] } }) => {
  const issue = result.error?.issues[0] as { params?: { reason?: { key: string } } } | undefined;
  return issue?.params?.reason?.key;
};

describe('clean text (issue 18 §1.5)', () => {
  it('refuses control characters and lone surrogates, keeps newline, tab, CR LF and every real character', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001b[31m', 'a\u007f', 'a\u0085b', 'a\rb', 'a\ud800', '\udc00b', 'a\ud83d', '\ude00a']) expect(isCleanText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ['王建国', 'a\nb', 'a\tb', 'a\r\nb', '😀 emoji', 'Ünïcødé', '']) expect(isCleanText(good), JSON.stringify(good)).toBe(true);
  });

  it('is what text, optional text and ids refuse, with a reason the renderer translates', () => {
    for (const schema of [text(50), optionalText(50), id]) {
      const result = schema.safeParse('张\u0000三');
      expect(result.success).toBe(false);
      expect(reasonOf(result)).toBe('input.errors.badText');
      expect(schema.safeParse('张\ud800三').success).toBe(false);
    }
    expect(text(50).parse('  张三  ')).toBe('张三');
  });

  it('looks inside JSON values, keys included', () => {
    expect(holdsOnlyCleanText({ a: ['x', { b: 'ok' }] })).toBe(true);
    expect(holdsOnlyCleanText({ a: ['x', { b: 'bad\u0000' }] })).toBe(false);
    expect(holdsOnlyCleanText({ ['k\ud800']: 1 })).toBe(false);
  });
});

describe('dates (issue 18 §1.5)', () => {
  it('a moment is a real date between 2000 and 2100', () => {
    expect(isoInstant.safeParse('2026-11-23T10:00:00+08:00').success).toBe(true);
    for (const bad of ['0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '1999-12-31T23:59:59Z', '2101-01-01T00:00:00Z', '2026-02-31T10:00:00Z', '2026-11-23']) {
      expect(isoInstant.safeParse(bad).success, bad).toBe(false);
    }
    expect(reasonOf(isoInstant.safeParse('9999-12-31T00:00:00Z'))).toBe('input.errors.dateOutOfRange');
    // Not a moment at all: one issue (the format), not a second about its range.
    expect(isoInstant.safeParse('tomorrow').error?.issues).toHaveLength(1);
  });

  it('a past fact is not later than now plus five minutes of clock drift, by the clock it is parsed at', () => {
    const now = new Date('2026-11-23T02:00:00.000Z');
    parsingAt(now, () => {
      expect(pastInstant.safeParse('2026-11-23T02:04:59Z').success).toBe(true);
      expect(pastInstant.safeParse('2026-11-23T02:05:01Z').success).toBe(false);
      expect(reasonOf(pastInstant.safeParse('2026-12-01T00:00:00Z'))).toBe('input.errors.inFuture');
    });
    // Outside parsingAt the real clock decides again.
    expect(pastInstant.safeParse('2099-01-01T00:00:00Z').success).toBe(false);
  });

  it('a calendar day is real (no 31 February) and in range; a past day is one some time zone has reached', () => {
    for (const bad of ['2026-02-31', '2026-02-29', '0000-01-01', '2101-01-01', '2026-13-01', '26-01-01']) expect(calendarDay.safeParse(bad).success, bad).toBe(false);
    expect(calendarDay.safeParse('2028-02-29').success).toBe(true);
    parsingAt(new Date('2026-11-23T09:00:00Z'), () => {
      // 09:00 UTC: already 23:00 on the 23rd at UTC+14, so the 23rd has begun somewhere, the 24th nowhere.
      expect(pastCalendarDay.safeParse('2026-11-23').success).toBe(true);
      expect(pastCalendarDay.safeParse('2026-11-24').success).toBe(false);
    });
    parsingAt(new Date('2026-11-23T10:30:00Z'), () => expect(pastCalendarDay.safeParse('2026-11-24').success).toBe(true));
  });

  it('checklist answers use the same rules for dates and text', () => {
    const field = (kind: AnswerField['kind']): AnswerField => ({ id: 'x', kind, label: { zh: '项', en: 'item' }, required: false });
    expect(checkValue(field('date'), '2026-02-31')).not.toBeNull();
    expect(checkValue(field('date'), '0000-01-01')).not.toBeNull();
    expect(checkValue(field('date'), '2026-02-28')).toBeNull();
    expect(checkValue(field('dateTime'), '2026-02-31T10:00:00Z')).not.toBeNull();
    expect(checkValue(field('dateTime'), '9999-01-01T10:00:00Z')).not.toBeNull();
    expect(checkValue(field('dateTime'), '2026-02-28T10:00:00+08:00')).toBeNull();
    expect(checkValue(field('text'), 'a\u0000')).not.toBeNull();
    expect(checkValue(field('signature'), '张\ud800')).not.toBeNull();
  });
});
