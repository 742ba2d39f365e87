import { useId, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateValue } from '../lib/date-text';
import { useDateText } from './use-date-text';

export interface DateFieldProps {
  /** `yyyy-MM-dd`, or `yyyy-MM-ddTHH:mm` with `withTime`; '' when empty. */
  value: string;
  /** Gets the value in the same form, or '' while the text is empty or not a valid date (as a native date input does). */
  onChange: (value: string) => void;
  withTime?: boolean;
  /** Bounds in the value's form; a typed date outside them is refused with the bound in words. */
  min?: string | undefined;
  max?: string | undefined;
  id?: string | undefined;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: true | undefined;
  'aria-label'?: string | undefined;
  'aria-labelledby'?: string | undefined;
  autoFocus?: boolean | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  className?: string | undefined;
  'data-testid'?: string | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
}

/**
 * A date (or date and time) typed as year/month/day whatever the operating
 * system's locale (issue 20 item 8): the native `<input type="date">` follows
 * the OS, so a Chinese screen on an English system showed mm/dd/yyyy. The
 * format stays visible under the field, and a text that is not a date says
 * why, tied to the field for screen readers. Keyboard: it is a text field.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, withTime = false, min, max, id, className, onBlur, ...rest } = props;
  const { t } = useTranslation();
  const ownId = useId();
  const fieldId = id ?? `date-${ownId}`;
  const noteId = `${fieldId}-format`;
  const { text, problem, input, change, blur } = useDateText({ value, onChange, withTime, min, max, onBlur });

  const kind = withTime ? 'dateTime' : 'date';
  const limit = formatDateValue((problem === 'beforeMin' ? min : max) ?? '');
  // When the form already shows its own error under the field, that error speaks alone; the placeholder still shows the format.
  const showNote = problem !== null || !rest['aria-invalid'];
  const describedBy = [rest['aria-describedby'], showNote ? noteId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <span className={className ? `date-field ${className}` : 'date-field'}>
      <input
        {...rest}
        ref={input}
        id={fieldId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t(`dateField.placeholder.${kind}`)}
        value={text}
        aria-describedby={describedBy}
        aria-invalid={problem !== null || rest['aria-invalid'] ? true : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={blur}
      />
      {showNote && (
        <span id={noteId} className={problem ? 'date-field-note field-error' : 'date-field-note field-hint'} data-testid={rest['data-testid'] ? `${rest['data-testid']}-format` : undefined}>
          {problem ? t(`dateField.problems.${problem}`, { limit }) : t(`dateField.format.${kind}`)}
        </span>
      )}
    </span>
  );
}
