/**
 * Immutable edits of a template as typed (plain JSON, possibly invalid), by
 * path: the form and the JSON view edit the same object this way, so they
 * never drift apart.
 */
export type Json = Record<string, unknown>;
export type Path = readonly (string | number)[];

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

/** The object with the value at `path` replaced; `undefined` removes the key (an emptied optional field). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = value && typeof value === 'object' ? value : typeof key === 'number' ? [] : {};
  const child = setIn((container as Record<string | number, unknown>)[key], rest, next);
  if (Array.isArray(container)) {
    const copy = [...(container as unknown[])];
    copy[key as number] = child;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** The list with element `from` moved to `to` (both in range), or removed when `to` is null. */
export function moved<T>(list: readonly T[], from: number, to: number | null): T[] {
  const copy = [...list];
  const [element] = copy.splice(from, 1);
  if (to !== null && element !== undefined) copy.splice(to, 0, element);
  return copy;
}

/** An id not yet used in the list ("item-3"), for a new section or item. */
export function freeId(prefix: string, taken: Iterable<unknown>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export const pathKey = (path: Path) => path.join('.');

const MARK = '\u0000here\u0000';

/**
 * Where the value at `path` starts in the template's JSON as the JSON view
 * formats it (2-space indent): the text before a value does not depend on
 * the value, so a marker put there is found at that same offset.
 */
export function jsonOffsetOf(template: Json, path: Path): number {
  const marked = JSON.stringify(setIn(template, path, MARK), null, 2);
  return Math.max(0, marked.indexOf(JSON.stringify(MARK)));
}
