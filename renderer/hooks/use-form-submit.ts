import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../api/api-call-error';
import { errorText } from '../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../lib/field-errors';

/**
 * A form's submit cycle: the form's own checks first (errors under the fields,
 * nothing sent), then the core's answer, whose field issues go under the
 * fields they name and the rest above the form.
 */
export function useFormSubmit<F extends string>(fields: readonly F[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (localErrors: FieldErrors<F>, send: () => Promise<void>): Promise<boolean> => {
    if (hasErrors(localErrors)) {
      setErrors(localErrors);
      setOther([]);
      return false;
    }
    setBusy(true);
    try {
      await send();
      setErrors({});
      setOther([]);
      return true;
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, fields) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errors, other, busy, submit };
}
