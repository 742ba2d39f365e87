import type { z } from 'zod';
import type { columnSchema, itemSchema } from '../template-schema';

/**
 * Short builders for the shipped templates: most of their items are the same
 * shapes (a required check that can raise an action, a free-text field …),
 * and writing every one out in full would bury the source's wording.
 */

export type ItemInput = z.input<typeof itemSchema>;
export type ColumnInput = z.input<typeof columnSchema>;
type Extra = Partial<ItemInput>;

const label = (zh: string, en: string) => ({ zh, en });

/** A check answered 合格 / 不合格 / 不适用; a failed one offers a corrective action. */
export function check(id: string, zh: string, en: string, source: string, extra: Extra = {}): ItemInput {
  return { id, kind: 'passFail', label: label(zh, en), source, required: true, correctiveAction: true, ...extra };
}

/** A 是 / 否 question; `failsOn` says which answer means a problem was found (no default: see template-schema.ts). */
export function yesNo(id: string, zh: string, en: string, source: string, extra: Extra & Required<Pick<ItemInput, 'failsOn'>>): ItemInput {
  return { id, kind: 'yesNo', label: label(zh, en), source, required: true, ...extra };
}

export function text(id: string, zh: string, en: string, source: string, extra: Extra = {}): ItemInput {
  return { id, kind: 'text', label: label(zh, en), source, ...extra };
}

export function date(id: string, zh: string, en: string, source: string, extra: Extra = {}): ItemInput {
  return { id, kind: 'date', label: label(zh, en), source, required: true, ...extra };
}

export function dateTime(id: string, zh: string, en: string, source: string, extra: Extra = {}): ItemInput {
  return { id, kind: 'dateTime', label: label(zh, en), source, required: true, ...extra };
}

export function signature(id: string, zh: string, en: string, source: string, extra: Extra = {}): ItemInput {
  return { id, kind: 'signature', label: label(zh, en), source, required: true, ...extra };
}

/** A column of a register (`table` item). */
export function column(id: string, kind: ColumnInput['kind'], zh: string, en: string, source: string, extra: Partial<ColumnInput> = {}): ColumnInput {
  return { id, kind, label: label(zh, en), source, ...extra };
}

export function option(value: string, zh: string, en: string) {
  return { value, label: label(zh, en) };
}

export const signer = label;
