import type { RecordField, RecordFieldKind, RecordFieldStep } from './record-fields-schema';

/** Why a typed value is not one of its field's kind (each has its sentence in the renderer's texts). */
export type RecordFieldProblem = 'tooLong' | 'notNumber' | 'belowMin' | 'aboveMax' | 'notDate' | 'notDatetime' | 'notOption' | 'notPlate';

export type RecordFieldReading = { ok: true; value: string } | { ok: false; problem: RecordFieldProblem };

/**
 * A mainland plate (GA 36): the province's character, the issuing office's letter (no I or O), then five
 * characters, or six for a new-energy plate; a trailer, learner, police, Hong Kong or Macau plate ends in its
 * character. Typed with spaces, a dot or lower case, it is stored as printed: 川A12345.
 */
const PLATE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function readNumber(kind: Extract<RecordFieldKind, { type: 'number' }>, text: string): RecordFieldReading {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, problem: 'notNumber' };
  const value = Number(text);
  if (kind.min !== undefined && value < kind.min) return { ok: false, problem: 'belowMin' };
  if (kind.max !== undefined && value > kind.max) return { ok: false, problem: 'aboveMax' };
  return { ok: true, value: String(value) };
}

/** The value as stored for a typed text (trimmed; a plate as printed, a moment in UTC), or why it is not one. */
export function readRecordFieldValue(kind: RecordFieldKind, typed: string): RecordFieldReading {
  const text = typed.trim();
  switch (kind.type) {
    case 'text':
      return text.length > kind.maxLength ? { ok: false, problem: 'tooLong' } : { ok: true, value: text };
    case 'number':
      return readNumber(kind, text);
    case 'date':
      return isCalendarDay(text) ? { ok: true, value: text } : { ok: false, problem: 'notDate' };
    case 'datetime':
      return MOMENT.test(text) && !Number.isNaN(Date.parse(text)) ? { ok: true, value: new Date(text).toISOString() } : { ok: false, problem: 'notDatetime' };
    case 'choice':
      return kind.options.some((option) => option.code === text) ? { ok: true, value: text } : { ok: false, problem: 'notOption' };
    case 'plate': {
      const plate = text.replace(/[\s·.\-]/g, '').toUpperCase();
      return PLATE.test(plate) ? { ok: true, value: plate } : { ok: false, problem: 'notPlate' };
    }
  }
}

/** The pack's fields asked on the form of `step` (the intake form, or one workflow action's). */
export function recordFieldsAt(fields: readonly RecordField[] | undefined, step: RecordFieldStep): RecordField[] {
  return (fields ?? []).filter((field) => field.at === step);
}
