import type { TFunction } from 'i18next';
import type { AnswerField } from '../../../../shared/checklists/answer-values';
import { formatInstant } from '../../../lib/zoned-time';

/** An answer as printed text ('' when unanswered: the box is left to fill by hand). Photos print as images, not text. */
export function printedValue(field: AnswerField, value: unknown, t: TFunction, timeZone: string, label: (b: { zh: string; en: string }) => string): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.kind) {
    case 'passFail':
      return t(`checklists.passFail.${String(value) as 'pass' | 'fail' | 'na'}`);
    case 'yesNo':
      return value === true ? t('checklists.yesNo.yes') : t('checklists.yesNo.no');
    case 'number':
      return `${String(value)}${field.unit ? ` ${field.unit}` : ''}`;
    case 'dateTime':
      return formatInstant(String(value), timeZone);
    case 'choice': {
      const option = field.options?.find((o) => o.value === value);
      return option ? label(option.label) : String(value);
    }
    case 'photo':
    case 'table':
      return '';
    default:
      return String(value);
  }
}

/** What a blank form shows in the answer box: the choices to tick, the unit to write beside. */
export function blankValue(field: AnswerField, t: TFunction, label: (b: { zh: string; en: string }) => string): string {
  switch (field.kind) {
    case 'passFail':
      return `□${t('checklists.passFail.pass')} □${t('checklists.passFail.fail')} □${t('checklists.passFail.na')}`;
    case 'yesNo':
      return `□${t('checklists.yesNo.yes')} □${t('checklists.yesNo.no')}`;
    case 'choice':
      return (field.options ?? []).map((o) => `□${label(o.label)}`).join(' ');
    case 'photo':
      return (field.evidence ?? []).map((e) => `□${label(e)}`).join(' ');
    default:
      return '';
  }
}

/** The footer's text as a CSS string literal (quotes and backslashes escaped, no line breaks). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}
