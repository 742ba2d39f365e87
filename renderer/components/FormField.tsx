import type { ReactNode } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

/** What a control needs so its label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** Label above, control, then hint and error below, tied to the control by id. */
export function FormField({ id, label, hint, error, required, children }: FormFieldProps) {
  const { describedBy } = fieldNoteIds(id, error, hint);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="required-mark" aria-hidden="true"> *</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}
      <FieldNotes base={id} error={error} hint={hint} />
    </div>
  );
}
