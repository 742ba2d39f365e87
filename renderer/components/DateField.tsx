import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boundsProblem, formatDateValue, parseDateText, type DateTextProblem } from '../lib/date-text';

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
  const [text, setText] = useState(() => formatDateValue(value));
  const [problem, setProblem] = useState<DateTextProblem | null>(null);
  const emitted = useRef(value);
  const input = useRef<HTMLInputElement>(null);

  // A value set from outside (a draft restored, a form reset) replaces what is shown; the field's own echo does not.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(formatDateValue(value));
    setProblem(null);
  }, [value]);

  /** The value the text stands for ('' when empty or not a date) and what is wrong with it, if anything. */
  const read = (typed: string): { value: string; problem: DateTextProblem | null } => {
    if (typed.trim() === '') return { value: '', problem: null };
    const parsed = parseDateText(typed, withTime);
    if (parsed.problem !== undefined) return { value: '', problem: parsed.problem };
    return { value: parsed.value, problem: boundsProblem(parsed.value, { min, max }) };
  };
  const emit = (next: string) => {
    if (next === emitted.current) return;
    emitted.current = next;
    onChange(next);
  };

  const change = (typed: string) => {
    setText(typed);
    const result = read(typed);
    emit(result.value);
    // An error shows once the text is left, not at every keystroke; a correction clears it at once.
    if (result.problem === null) setProblem(null);
  };

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    const result = read(text);
    setProblem(result.problem);
    if (result.value) setText(formatDateValue(result.value));
    onBlur?.(event);
  };

  // The form around the field is not sent while its text is not a date: the value it holds then is '' (as a
  // native date input's), and an optional date would otherwise be saved empty, losing what was typed.
  const readLatest = useRef(() => read(text));
  readLatest.current = () => read(text);
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const refuseUnreadable = (event: Event) => {
      const result = readLatest.current();
      if (result.problem === null) return;
      // Stopped at the form, before React's handler at the root sees it.
      event.preventDefault();
      event.stopPropagation();
      setProblem(result.problem);
      input.current?.focus();
    };
    form.addEventListener('submit', refuseUnreadable);
    return () => form.removeEventListener('submit', refuseUnreadable);
  }, []);

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
