import { useTranslation } from 'react-i18next';
import type { RecordField } from '../../../../shared/rules/record-fields-schema';
import { DateField } from '../../../components/DateField';
import { FormField, type ControlProps } from '../../../components/FormField';
import type { RecordFieldTexts } from './record-fields-model';

interface RecordFieldInputsProps {
  fields: readonly RecordField[];
  values: RecordFieldTexts;
  /** Messages by field id, shown under each field. */
  errors: Readonly<Record<string, string | undefined>>;
  onChange: (id: string, value: string) => void;
  /** Keeps ids unique when two forms show fields on one page. */
  idPrefix: string;
}

function Control({ field, control, value, onChange }: { field: RecordField; control: ControlProps; value: string; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const testId = `record-field-${field.id}`;
  const { kind } = field;
  switch (kind.type) {
    case 'date':
    case 'datetime':
      return <DateField {...control} withTime={kind.type === 'datetime'} data-testid={testId} value={value} onChange={onChange} />;
    case 'choice':
      return (
        <select {...control} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('recordFields.choose')}</option>
          {kind.options.map((option) => (
            <option key={option.code} value={option.code}>
              {en ? option.label.en : option.label.zh}
            </option>
          ))}
        </select>
      );
    case 'number':
      return (
        <span className="input-with-unit">
          <input {...control} inputMode="decimal" data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} />
          <span className="unit">{en ? kind.unit.en : kind.unit.zh}</span>
        </span>
      );
    case 'plate':
      return <input {...control} data-testid={testId} maxLength={12} autoCapitalize="characters" placeholder={t('recordFields.platePlaceholder')} value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'text':
      return kind.maxLength > 200 ? (
        <textarea {...control} data-testid={testId} rows={3} maxLength={kind.maxLength} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...control} data-testid={testId} maxLength={kind.maxLength} value={value} onChange={(e) => onChange(e.target.value)} />
      );
  }
}

/**
 * The fields the site's pack asks on this form (the car dealer's plate at intake, its two judgements when the
 * case is assigned), each labelled as the source names it, errors under the field; plain keyboard controls.
 */
export function RecordFieldInputs({ fields, values, errors, onChange, idPrefix }: RecordFieldInputsProps) {
  const { t, i18n } = useTranslation();
  if (fields.length === 0) return null;
  const en = i18n.language.startsWith('en');
  return (
    <fieldset className="record-fields" data-testid={`${idPrefix}-record-fields`}>
      <legend>{t('recordFields.title')}</legend>
      {fields.map((field) => (
        <FormField key={field.id} id={`${idPrefix}-record-${field.id}`} label={en ? field.label.en : field.label.zh} error={errors[field.id]} required={field.required}>
          {(control) => <Control field={field} control={control} value={values[field.id] ?? ''} onChange={(value) => onChange(field.id, value)} />}
        </FormField>
      ))}
    </fieldset>
  );
}
