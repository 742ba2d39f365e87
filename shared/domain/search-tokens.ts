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

/** The FTS5 query for what a person typed, or null when nothing searchable was typed. Every run must match. */
export function searchQuery(typed: string): string | null {
  const parts = runsOf(typed).map((run) => {
    const chars = [...run];
    if (chars.length === 1) return `"${run}"*`;
    return `"${pairsOf(run).slice(0, -1).join(' ')}"`;
  });
  return parts.length > 0 ? parts.join(' AND ') : null;
}
