import type { z } from 'zod';
import { cleanJsonCheck, cleanTextCheck, notFutureDayCheck, notFutureInstantCheck, saneDayCheck, saneInstantCheck } from '../../shared/api/common';

/** A place in an input schema where raw input enters: a string, a date, or a JSON value taken as it is. */
export interface InputLeaf {
  path: string;
  kind: 'text' | 'instant' | 'day' | 'json';
  /** A date reporting a past fact: refused in the future too. */
  past?: boolean;
  /** What is missing: the contract's clean-text check, its date range check, or the deep check of a JSON value. */
  problems: string[];
}

interface Def {
  type: string;
  checks?: unknown[];
  format?: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch', 'success']);
const OPAQUE = new Set(['unknown', 'any', 'custom', 'transform']);
/** Types that take no text: numbers, booleans, enums, literals (fixed by the contract itself). */
const CLOSED = new Set(['number', 'boolean', 'enum', 'literal', 'null', 'undefined', 'never', 'bigint', 'nan', 'void', 'date']);

/**
 * Every leaf of an input schema that raw input reaches (a pipe's input side
 * only: what follows sees the value already checked), with what it lacks of
 * the contract's building blocks (shared/api/common.ts).
 */
export function inputLeaves(schema: z.ZodType, path = '', seen = new Set<z.ZodType>()): InputLeaf[] {
  if (seen.has(schema)) return [];
  const def = defOf(schema);
  const checks = def.checks ?? [];
  if (checks.includes(cleanJsonCheck)) return [{ path, kind: 'json', problems: [] }];
  const walk = (child: z.ZodType | null | undefined, at: string) => (child ? inputLeaves(child, at, new Set([...seen, schema])) : []);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  switch (true) {
    case def.type === 'string':
      return [stringLeaf(def, path)];
    case WRAPPERS.has(def.type):
      return walk(def.innerType, path);
    case def.type === 'pipe':
      return walk(def.in, path);
    case def.type === 'object':
      return [...Object.entries(def.shape ?? {}).flatMap(([key, child]) => walk(child, join(key))), ...walk(def.catchall, join('*'))];
    case def.type === 'union':
      return (def.options ?? []).flatMap((option, i) => walk(option, `${path}|${i}`));
    case def.type === 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case def.type === 'array':
      return walk(def.element, join('[]'));
    case def.type === 'tuple':
      return [...(def.items ?? []).flatMap((item, i) => walk(item, join(String(i)))), ...walk(def.rest, join('[]'))];
    case def.type === 'record':
      return [...walk(def.keyType, join('<key>')), ...walk(def.valueType, join('<value>'))];
    case def.type === 'lazy':
      return walk(def.getter?.(), path);
    case OPAQUE.has(def.type):
      return [{ path, kind: 'json', problems: ['a JSON value without cleanJsonCheck around it'] }];
    case CLOSED.has(def.type):
      return [];
    default:
      return [{ path, kind: 'json', problems: [`zod type ${def.type} not known to the walker`] }];
  }
}

function stringLeaf(def: Def, path: string): InputLeaf {
  const checks = def.checks ?? [];
  const problems = checks.includes(cleanTextCheck) ? [] : ['no cleanTextCheck'];
  if (def.format === 'datetime') {
    if (!checks.includes(saneInstantCheck)) problems.push('no saneInstantCheck');
    return { path, kind: 'instant', past: checks.includes(notFutureInstantCheck), problems };
  }
  if (def.format === 'date') {
    if (!checks.includes(saneDayCheck)) problems.push('no saneDayCheck');
    return { path, kind: 'day', past: checks.includes(notFutureDayCheck), problems };
  }
  return { path, kind: 'text', problems };
}
