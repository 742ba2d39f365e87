import { useEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { boundsProblem, formatDateValue, parseDateText, type DateTextProblem } from '../lib/date-text';

interface DateTextOptions {
  value: string;
  onChange: (value: string) => void;
  withTime: boolean;
  min?: string | undefined;
  max?: string | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
}

/** The text of a DateField, what is wrong with it, and its handlers (typing, leaving, the form's submit). */
export function useDateText({ value, onChange, withTime, min, max, onBlur }: DateTextOptions) {
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

  useRefuseUnreadable(input, () => read(text), setProblem);
  return { text, problem, input, change, blur };
}

/**
 * The form around the field is not sent while its text is not a date: the value it holds then is '' (as a
 * native date input's), and an optional date would otherwise be saved empty, losing what was typed.
 */
function useRefuseUnreadable(
  input: RefObject<HTMLInputElement | null>,
  read: () => { problem: DateTextProblem | null },
  setProblem: (problem: DateTextProblem | null) => void,
) {
  const readLatest = useRef(read);
  readLatest.current = read;
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
  }, [input, setProblem]);
}
