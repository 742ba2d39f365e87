import { useTranslation } from 'react-i18next';
import type { AnswerField } from '../../../shared/checklists/answer-values';
import { useTimeZone } from '../../hooks/use-time-zone';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { useChecklistText } from './checklist-text';
import { DateField } from '../../components/DateField';

interface AnswerInputProps {
  field: AnswerField;
  /** Unique in the page: input ids and radio names. */
  name: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Leaving a field sends its answer at once. */
  onBlur: () => void;
  disabled: boolean;
  failed: boolean;
  labelledBy: string;
  autoFocus?: boolean;
}

/**
 * One answer, by the item's kind: tiles for pass/fail and yes/no (arrow keys
 * move, large touch targets), the native inputs otherwise. Blank clears.
 * Photos are not answered here (see PhotoField).
 */
export function AnswerInput({ field, name, value, onChange, onBlur, disabled, failed, labelledBy, autoFocus }: AnswerInputProps) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  const common = { id: name, disabled, onBlur, autoFocus, 'aria-labelledby': labelledBy, 'aria-invalid': failed ? true : undefined, 'data-testid': `answer-${name}` } as const;
  const text = (v: string) => onChange(v === '' ? null : v);

  switch (field.kind) {
    case 'passFail':
    case 'yesNo':
      return <AnswerTiles field={field} name={name} value={value} onChange={onChange} onBlur={onBlur} disabled={disabled} failed={failed} labelledBy={labelledBy} autoFocus={autoFocus === true} />;
    case 'number':
      return (
        <span className="answer-number">
          <input
            {...common}
            type="number"
            step="any"
            inputMode="decimal"
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          />
          {field.unit && <span className="unit">{field.unit}</span>}
        </span>
      );
    case 'date':
      return <DateField {...common} value={typeof value === 'string' ? value : ''} onChange={(v) => text(v)} />;
    case 'dateTime':
      return (
        <DateField
          {...common}
          withTime
          value={typeof value === 'string' ? toDateTimeLocal(new Date(value), timeZone) : ''}
          onChange={(v) => onChange(v === '' ? null : fromDateTimeLocal(v, timeZone))}
        />
      );
    case 'choice':
      return (
        <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => text(e.target.value)}>
          <option value="">{t('checklists.choose')}</option>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {label(o.label)}
            </option>
          ))}
        </select>
      );
    case 'text':
      return <textarea {...common} rows={2} value={typeof value === 'string' ? value : ''} onChange={(e) => text(e.target.value)} />;
    case 'signature':
      return <input {...common} type="text" autoComplete="name" value={typeof value === 'string' ? value : ''} onChange={(e) => text(e.target.value)} />;
    default:
      return null;
  }
}

/** Pass/fail (with n/a) or yes/no as radio tiles: arrow keys move, large touch targets. */
function AnswerTiles({ field, name, value, onChange, onBlur, disabled, failed, labelledBy, autoFocus }: AnswerInputProps) {
  const { t } = useTranslation();
  const choices: [string, unknown][] =
    field.kind === 'passFail'
      ? [
          [t('checklists.passFail.pass'), 'pass'],
          [t('checklists.passFail.fail'), 'fail'],
          [t('checklists.passFail.na'), 'na'],
        ]
      : [
          [t('checklists.yesNo.yes'), true],
          [t('checklists.yesNo.no'), false],
        ];
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className={failed ? 'answer-tiles failed' : 'answer-tiles'} data-testid={`answer-${name}`}>
      {choices.map(([text, v], i) => (
        <label key={String(v)} className="answer-tile">
          <input
            type="radio"
            name={name}
            checked={value === v}
            disabled={disabled}
            autoFocus={autoFocus && i === 0}
            onChange={() => onChange(v)}
            onBlur={onBlur}
            data-testid={`answer-${name}-${String(v)}`}
          />
          {text}
        </label>
      ))}
    </div>
  );
}
