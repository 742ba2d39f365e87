import type { InputLeaf } from '../../support/contract-walk';

/**
 * Mutations of one valid input: every string, date or JSON value in it
 * replaced, one at a time, by an impossible one (issue 18 §1.5).
 */

/** Appended to a text: what a review found stored, and their kin. */
export const BAD_TEXT: Record<string, string> = {
  NUL: '\u0000',
  'lone high surrogate': '\ud800',
  'lone low surrogate': '\udc00',
  BEL: '\u0007',
  'ESC (terminal escape)': '\u001b[2J',
  DEL: '\u007f',
  'C1 NEL': '\u0085',
  'lone CR': '\r',
};

export const BAD_INSTANTS: Record<string, string> = {
  'year 0000': '0000-01-01T00:00:00Z',
  'year 9999': '9999-12-31T23:59:59Z',
  '1999 (before 2000)': '1999-12-31T23:59:59Z',
  '2101 (after 2100)': '2101-01-01T00:00:00Z',
  '31 February': '2026-02-31T10:00:00+08:00',
};

export const BAD_DAYS: Record<string, string> = {
  'year 0000': '0000-01-01',
  'year 9999': '9999-12-31',
  '31 February': '2026-02-31',
  'month 13': '2026-13-01',
};

export interface Mutation {
  /** Where in the input, dotted ('action.newDueAt', 'cells'). */
  path: string;
  /** What was tried, for the report. */
  what: string;
  input: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const normalise = (schemaPath: string) => schemaPath.replace(/\|\d+/g, '').replace(/^\./, '');
const valueKey = (segments: readonly (string | number)[]) => segments.map((s) => (typeof s === 'number' ? '[]' : s)).join('.');

/** The schema's leaves by path as a value reaches them (union branches merged, array items as `[]`). */
export function leafIndex(leaves: readonly InputLeaf[]): Map<string, InputLeaf> {
  return new Map(leaves.map((leaf) => [normalise(leaf.path), leaf]));
}

function setAt(value: Json, segments: readonly (string | number)[], replacement: Json): Json {
  if (segments.length === 0) return replacement;
  const [head, ...rest] = segments;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? setAt(item, rest, replacement) : item));
  const object = value as { [key: string]: Json };
  return { ...object, [head as string]: setAt(object[head as string]!, rest, replacement) };
}

/** The leaves of one input value, each with the schema leaf it fills. */
export function valueLeaves(input: Json, index: Map<string, InputLeaf>): { segments: (string | number)[]; leaf: InputLeaf }[] {
  const found: { segments: (string | number)[]; leaf: InputLeaf }[] = [];
  const walk = (value: Json, segments: (string | number)[]) => {
    const leaf = index.get(valueKey(segments));
    if (leaf && (leaf.kind === 'json' || typeof value === 'string')) {
      found.push({ segments, leaf });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...segments, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...segments, key]);
  };
  walk(input, []);
  return found;
}

/** Every impossible value for every leaf of one input. `now` decides what "the future" is. */
export function mutations(input: Json, index: Map<string, InputLeaf>, now: Date): Mutation[] {
  const tomorrow = new Date(now.getTime() + 36 * 3_600_000);
  const out: Mutation[] = [];
  for (const { segments, leaf } of valueLeaves(input, index)) {
    const path = segments.join('.');
    const original = getAt(input, segments);
    const put = (what: string, replacement: Json) => out.push({ path, what, input: setAt(input, segments, replacement) });
    if (leaf.kind === 'text') for (const [what, bad] of Object.entries(BAD_TEXT)) put(what, `${String(original)}${bad}x`);
    if (leaf.kind === 'instant') {
      for (const [what, bad] of Object.entries(BAD_INSTANTS)) put(what, bad);
      if (leaf.past) put('in the future (a past fact)', tomorrow.toISOString());
    }
    if (leaf.kind === 'day') {
      for (const [what, bad] of Object.entries(BAD_DAYS)) put(what, bad);
      if (leaf.past) put('a day not yet begun anywhere (a past fact)', new Date(now.getTime() + 48 * 3_600_000).toISOString().slice(0, 10));
    }
    if (leaf.kind === 'json') {
      put('NUL inside a JSON value', typeof original === 'object' && original !== null && !Array.isArray(original) ? { ...original, note: 'a\u0000b' } : 'a\u0000b');
      put('lone surrogate as a JSON key', typeof original === 'object' && original !== null && !Array.isArray(original) ? { ...original, ['k\ud800']: 1 } : ['\udc00']);
    }
  }
  return out;
}

function getAt(value: Json, segments: readonly (string | number)[]): Json {
  return segments.reduce<Json>((node, key) => (node as { [k: string]: Json })[key as string]!, value);
}

/** Schema leaves (by normalised path) that no base input reaches: the fuzz would not try them. */
export function unreached(index: Map<string, InputLeaf>, inputs: readonly Json[]): string[] {
  const reached = new Set(inputs.flatMap((input) => valueLeaves(input, index).map(({ leaf }) => normalise(leaf.path))));
  return [...index.keys()].filter((path) => !reached.has(path));
}

export type { Json };
