import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { searchDigits, searchQuery, searchText } from '../../shared/domain/search-tokens';

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE s USING fts5(text, digits, content = '', contentless_delete = 1, prefix = '1')");
afterAll(() => db.close());

/** A small alphabet so random queries often occur: Chinese, a digit, a Latin letter, and separators. */
const char = fc.constantFrom('漏', '水', '管', '噪', '声', '张', '伟', '1', '3', '1', '3', '0', 'a', 'B', ' ', '，', '-');
const textArb = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''));

/**
 * What "found" must mean: every run of letters and digits typed occurs inside one run of the text
 * (case-folded), where the text's digits alone (five or more, as in a phone number) also count as a run.
 */
function occurs(text: string, typed: string): boolean {
  const digits = text.replace(/\D/g, '');
  const runs = [...(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []), ...(digits.length >= 5 ? [digits] : [])];
  const wanted = typed.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return wanted.every((w) => runs.some((r) => r.includes(w)));
}

function found(text: string, typed: string): boolean {
  const query = searchQuery(typed);
  if (!query) return false;
  db.exec('DELETE FROM s');
  db.prepare('INSERT INTO s (rowid, text, digits) VALUES (1, ?, ?)').run(searchText(text), searchDigits(text));
  return (db.prepare('SELECT count(*) AS n FROM s WHERE s MATCH ?').get(query) as { n: number }).n === 1;
}

describe('pair-token search', () => {
  it('finds exactly the texts that contain what was typed (no misses, no false hits)', () => {
    fc.assert(
      fc.property(textArb, textArb, (text, typed) => {
        if (!searchQuery(typed)) return;
        expect(found(text, typed)).toBe(occurs(text, typed));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds any substring of a text', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const chars = [...text];
        const from = chars.length ? a % chars.length : 0;
        const typed = chars.slice(from, from + 1 + (b % 6)).join('');
        if (!searchQuery(typed)) return;
        expect(found(text, typed)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('indexes phone numbers also as bare digits, so a number typed without its separators is found', () => {
    expect(found('138 0830 1122', '13808301122')).toBe(true);
    expect(found('138 0830 1122', '0830 11')).toBe(true);
    expect(searchQuery(' ，。 ')).toBeNull();
  });

  it('looks up four or more typed digits in the digits column by 4-digit tokens, not by common digit pairs', () => {
    expect(searchQuery('13800012345')).toBe('digits : "1380 3800 8000 0001 0012 0123 1234 2345"');
    expect(searchQuery('138')).toBe('text : "13 38"');
    expect(searchDigits('13800012345', '3号楼')).toBe('1380 3800 8000 0001 0012 0123 1234 2345');
    expect(searchDigits('138-0001-2345')).toBe('0001 x 2345 x 1380 3800 8000 0001 0012 0123 1234 2345');
  });

  it('never joins the end of one digit run and the start of the next into a phrase', () => {
    // "1234" then "2345": their 4-grams are adjacent tokens, but 12345 occurs nowhere.
    expect(found('1234 2345', '12345')).toBe(false);
    expect(found('1234 2345', '2345')).toBe(true);
    expect(found('房号 A12345B', '2345')).toBe(true);
  });
});
