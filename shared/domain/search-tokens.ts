/**
 * Chinese substring search on SQLite FTS5 without a custom tokenizer.
 *
 * Text is cut into runs of letters and digits; each run is stored as its
 * overlapping character pairs plus its last character ("漏水管" → 漏水 水管 管).
 * A query run of two or more characters becomes the phrase of its pairs, which
 * matches exactly where the run occurs as a substring; a single character
 * becomes a prefix query (漏*), which finds it at any position. FTS5's own
 * trigram tokenizer would miss two-character queries, the commonest Chinese
 * word length (漏水, 噪声, 张伟).
 *
 * Digits get a second column of their own. A phone number typed whole would
 * otherwise be the phrase of its pairs ("13 38 80 00 …"), and pairs of digits
 * occur in nearly every record, so FTS5 would walk doclists of the whole
 * store (190 ms at a million records). Every run of four or more digits is
 * therefore also stored in the `digits` column as overlapping 4-digit tokens
 * ("13800" → 1380 3800), and a typed run of four or more digits is looked up
 * there as the phrase of its 4-grams, whose doclists are short. Runs are
 * separated by a one-letter token so that the end of one run and the start of
 * the next never form a phrase.
 */
const RUN = /[\p{L}\p{N}]+/gu;

function runsOf(text: string): string[] {
  return (text.toLowerCase().match(RUN) ?? []).map((run) => run);
}

function pairsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  pairs.push(chars[chars.length - 1]!);
  return pairs;
}

/** The indexed text of a record: every searchable field, phone numbers also as bare digits. */
export function searchText(...fields: (string | null | undefined)[]): string {
  const tokens: string[] = [];
  for (const field of fields) {
    if (!field) continue;
    for (const run of runsOf(field)) tokens.push(...pairsOf(run));
    const digits = field.replace(/\D/g, '');
    if (digits.length >= 5 && digits !== field) tokens.push(...pairsOf(digits));
  }
  return tokens.join(' ');
}

const DIGIT_RUN = /\d{4,}/g;
const QUAD = 4;
/** Between two digit runs' tokens in the `digits` column; never part of a query. */
const RUN_BREAK = 'x';

function quadsOf(digits: string): string[] {
  const quads: string[] = [];
  for (let i = 0; i + QUAD <= digits.length; i++) quads.push(digits.slice(i, i + QUAD));
  return quads;
}

/** The `digits` column of a record: 4-digit tokens of every run of four or more digits, a phone's bare digits included. */
export function searchDigits(...fields: (string | null | undefined)[]): string {
  const runs: string[] = [];
  for (const field of fields) {
    if (!field) continue;
    runs.push(...(field.match(DIGIT_RUN) ?? []));
    const digits = field.replace(/\D/g, '');
    if (digits.length >= 5 && digits !== field) runs.push(digits);
  }
  return runs.map((run) => quadsOf(run).join(' ')).join(` ${RUN_BREAK} `);
}

/** The FTS5 query for what a person typed, or null when nothing searchable was typed. Every run must match. */
export function searchQuery(typed: string): string | null {
  const parts = runsOf(typed).map((run) => {
    if (/^\d+$/.test(run) && run.length >= QUAD) return `digits : "${quadsOf(run).join(' ')}"`;
    const chars = [...run];
    if (chars.length === 1) return `text : "${run}"*`;
    return `text : "${pairsOf(run).slice(0, -1).join(' ')}"`;
  });
  return parts.length > 0 ? parts.join(' AND ') : null;
}
