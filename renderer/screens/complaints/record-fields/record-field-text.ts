import type { RecordFieldValue } from '../../../../shared/api/complaints';
import type { RecordField } from '../../../../shared/rules/record-fields-schema';
import type { Language } from '../../../../shared/api/envelope';
import { formatCalendarDate, formatMoment } from '../../../lib/locale-format';

/**
 * A stored value as a person reads it: an option by its label, a number with its unit, a day or a moment in
 * the reader's language and the site's zone, a personal value as the core masked it; '' when not recorded.
 */
export function recordFieldText(field: RecordField, held: RecordFieldValue | undefined, lang: Language, timeZone: string): string {
  const value = held?.value ?? held?.address ?? '';
  if (!value) return '';
  const en = lang === 'en';
  const { kind } = field;
  switch (kind.type) {
    case 'choice': {
      const option = kind.options.find((o) => o.code === value);
      return option ? (en ? option.label.en : option.label.zh) : value;
    }
    case 'number':
      return `${value} ${en ? kind.unit.en : kind.unit.zh}`;
    case 'date':
      return formatCalendarDate(value, lang);
    case 'datetime':
      return formatMoment(value, lang, timeZone);
    default:
      return value;
  }
}
