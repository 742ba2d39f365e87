/**
 * Complaint search on SQLite's FTS5 trigram tokenizer, with the meaning the
 * pair-token index (search-tokens.ts) gave it: every run of letters and digits
 * typed must occur inside one run of letters and digits of the serial, the
 * customer's name, the phone or the content, case- and accent-folded, where a
 * field's digits alone (five or more, as in "138-0013-8000") also count as a run.
 *
 * The indexed text is those runs, already folded here, one space between them,
 * so the tokenizer indexes them as they are (case_sensitive 1) and no trigram
 * of a query, which holds only letters and digits, can span two runs. A query
 * run of three or more characters is a phrase of its trigrams, which matches
 * exactly where it occurs; one or two characters, which no trigram can stand
 * for, are matched by GLOB against the stored text: a scan in rowid order that
 * stops at the page, quick for the short terms that are common and a walk of
 * the whole store for those that are rare (about 0.4 s at a million records).
 */
const RUN = /[\p{L}\p{N}]+/gu;
const LATIN_LETTER_WITH_ONE_MARK = /^[a-z]\p{M}$/u;
/** Shortest run the trigram index can look up. */
export const TRIGRAM = 3;

/**
 * Letters that Unicode case folding (SQLite's unicode61 fold, which the pair
 * index applied) maps further than String.prototype.toLowerCase does; found by
 * comparing both over every letter and digit up to U+323AF.
 */
const FOLDED_FURTHER: Record<string, string> = {
  '\u00b5': '\u03bc', // µ micro sign → μ
  'ſ': 's',
  'ς': 'σ',
  'ϐ': 'β',
  'ϑ': 'θ',
  'ϕ': 'φ',
  'ϖ': 'π',
  'ϰ': 'κ',
  'ϱ': 'ρ',
  'ϵ': 'ε',
  'ẛ': 's',
  '\u1fbe': '\u03b9', // ι Greek prosgegrammeni → ι
};

/** One lower-case character as unicode61 with remove_diacritics=1 folds it: a Latin letter with one accent loses it (é → e, ǖ keeps its two). */
function foldChar(char: string): string {
  const decomposed = char.normalize('NFD');
  if (LATIN_LETTER_WITH_ONE_MARK.test(decomposed)) return decomposed[0]!;
  return FOLDED_FURTHER[char] ?? char;
}

const folded = new Map<string, string>();
function fold(run: string): string {
  if (/^[a-z0-9]*$/.test(run)) return run; // the common case: nothing to fold
  let out = '';
  for (const char of run) {
    let f = folded.get(char);
    if (f === undefined) folded.set(char, (f = foldChar(char)));
    out += f;
  }
  return out;
}

function runsOf(text: string): string[] {
  return (text.toLowerCase().match(RUN) ?? []).map(fold);
}

/** The stored text of a record: each field's runs, and its digits alone when there are five or more amid other characters. */
export function searchHaystack(...fields: (string | null | undefined)[]): string {
  const runs: string[] = [];
  for (const field of fields) {
    if (!field) continue;
    runs.push(...runsOf(field));
    const digits = field.replace(/\D/g, '');
    if (digits.length >= 5 && digits !== field) runs.push(digits);
  }
  return runs.join(' ');
}

export interface TrigramSearch {
  /** FTS5 MATCH of the runs of three or more characters, or null when there are none. */
  match: string | null;
  /** GLOB patterns for the runs of one or two characters, each to be found in the stored text. */
  globs: string[];
}

/** What a person typed as an index lookup, or null when nothing searchable was typed. Every run must match. */
export function trigramSearch(typed: string): TrigramSearch | null {
  const runs = runsOf(typed);
  if (runs.length === 0) return null;
  // A run holds only letters and digits: nothing in it is FTS5 syntax or a GLOB wildcard.
  const long = runs.filter((run) => [...run].length >= TRIGRAM);
  const short = runs.filter((run) => [...run].length < TRIGRAM);
  return { match: long.length > 0 ? long.map((run) => `"${run}"`).join(' AND ') : null, globs: short.map((run) => `*${run}*`) };
}
