import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month typed as yyyy-mm, shown once it reads as one; `prefix` names its field and test ids (`${prefix}-input`, `${prefix}-show`). */
export function MonthPicker({ prefix, initial, onShow }: { prefix: string; initial: string; onShow: (month: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(initial);
  return (
    <form
      className="toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        if (MONTH.test(typed.trim())) onShow(typed.trim());
      }}
    >
      <FormField id={`${prefix}-field`} label={t('creditMonthly.month')} hint={t('creditMonthly.monthHint')} error={MONTH.test(typed.trim()) ? undefined : t('creditMonthly.monthInvalid')}>
        {(control) => <input {...control} data-testid={`${prefix}-input`} value={typed} onChange={(e) => setTyped(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" data-testid={`${prefix}-show`}>
        {t('creditMonthly.show')}
      </button>
    </form>
  );
}
