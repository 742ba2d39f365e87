/**
 * The error and hint under a form control, with the ids that tie them to it
 * (`aria-describedby`), shared by FormField and ChoiceGroup.
 */
export function fieldNoteIds(base: string, error?: string, hint?: string) {
  const errorId = error ? `${base}-error` : undefined;
  const hintId = hint ? `${base}-hint` : undefined;
  return { errorId, hintId, describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined };
}

export function FieldNotes({ base, error, hint }: { base: string; error?: string | undefined; hint?: string | undefined }) {
  const { errorId, hintId } = fieldNoteIds(base, error, hint);
  return (
    <>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </>
  );
}
