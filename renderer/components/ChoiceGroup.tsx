import { FieldNotes, fieldNoteIds } from './FieldNotes';

export interface Choice<V extends string> {
  value: V;
  label: string;
  testId?: string;
  /** Shown but not choosable, with why in `note` (beside the label). */
  disabled?: boolean;
  note?: string;
}

interface ChoiceGroupProps<V extends string> {
  /** Used for the input `name` and the ids of the error and its inputs. */
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  choices: readonly Choice<V>[];
  selected: readonly V[];
  onToggle: (value: V, checked: boolean) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/** Radio buttons or checkboxes as large tiles in a fieldset: big touch targets, arrow keys work. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { name, legend, type, choices, selected, onToggle, error, hint, required, autoFocus } = props;
  const { describedBy } = fieldNoteIds(name, error, hint);
  // Focus goes to the checked tile if there is one, else the first (as the browser's own radio tabbing does).
  const focusIndex = Math.max(0, choices.findIndex((c) => selected.includes(c.value)));
  return (
    <fieldset className={error ? 'field choice-group has-error' : 'field choice-group'} aria-describedby={describedBy}>
      <legend className="field-label">
        {legend}
        {required && <span className="required-mark" aria-hidden="true"> *</span>}
      </legend>
      <div className="choices">
        {choices.map((choice, index) => {
          const id = `${name}-${choice.value}`;
          return (
            <label key={choice.value} htmlFor={id} className={choice.disabled ? 'choice disabled' : 'choice'}>
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(e) => onToggle(choice.value, e.target.checked)}
                disabled={choice.disabled}
                aria-describedby={choice.note ? `${id}-note` : undefined}
                aria-invalid={error ? true : undefined}
                autoFocus={autoFocus && index === focusIndex}
                data-testid={choice.testId}
              />
              <span>{choice.label}</span>
              {choice.note && (
                <span id={`${id}-note`} className="choice-note">
                  {choice.note}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <FieldNotes base={name} error={error} hint={hint} />
    </fieldset>
  );
}
