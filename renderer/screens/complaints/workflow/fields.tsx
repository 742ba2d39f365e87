import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormField } from '../../../components/FormField';
import { DateField } from '../../../components/DateField';

interface FieldProps {
  /** The action's field name; the control's id and test id are `act-<name>`. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** A free-text field of an action (measures, result, reasons, notes). */
export function TextAreaField({ name, label, value, onChange, error, hint, required, rows = 3, maxLength = 2000 }: FieldProps & { rows?: number; maxLength?: number }) {
  return (
    <FormField id={`act-${name}`} label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...control} data-testid={`act-${name}`} rows={rows} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/** A date and time in the site's zone (datetime-local text; the form converts it when it sends). */
export function DateTimeField({ name, label, value, onChange, error, hint, required }: FieldProps) {
  return (
    <FormField id={`act-${name}`} label={label} hint={hint} error={error} required={required}>
      {(control) => <DateField {...control} withTime data-testid={`act-${name}`} value={value} onChange={(v) => onChange(v)} />}
    </FormField>
  );
}

/** A closed list (entry type, reply method, step). `placeholder` is the empty first option. */
export function SelectField({ name, label, value, onChange, error, hint, required, options, placeholder }: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FormField id={`act-${name}`} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} data-testid={`act-${name}`} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A few choices as radio tiles (yes/no, satisfaction, method); test ids `act-<name>-<value>`. */
export function RadioField({ name, label, value, onChange, error, hint, required, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  return (
    <ChoiceGroup
      name={`act-${name}`}
      legend={label}
      type="radio"
      required={required}
      choices={options.map((o) => ({ ...o, testId: `act-${name}-${o.value}` }))}
      selected={value ? [value] : []}
      onToggle={(chosen) => onChange(chosen)}
      error={error}
      hint={hint}
    />
  );
}
