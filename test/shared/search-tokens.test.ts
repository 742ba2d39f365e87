import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { searchQuery, searchText } from '../../shared/domain/search-tokens';

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE s USING fts5(text, content = '', contentless_delete = 1, prefix = '1')");
afterAll(() => db.close());

/** A small alphabet so random queries often occur: Chinese, a digit, a Latin letter, and separators. */
const char = fc.constantFrom('漏', '水', '管', '噪', '声', '张', '伟', '1', '3', 'a', 'B', ' ', '，', '-');
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
  db.prepare('INSERT INTO s (rowid, text) VALUES (1, ?)').run(searchText(text));
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
});
