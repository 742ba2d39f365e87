import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { localiseCoreMessage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { useSyncStore } from '../../stores/sync-store';

export const ENROL_FIELDS = ['serverUrl', 'code', 'deviceName'] as const;
export type EnrolField = (typeof ENROL_FIELDS)[number];

/**
 * 登记本机 over the network: the address, the one-time code and the device's name, checked here
 * (an http(s) address, a code of six or more, a name), then sent; the core's issues land under their field.
 */
export function useNetworkEnrol(defaultDeviceName: string) {
  const { t } = useTranslation();
  const enrol = useSyncStore((s) => s.enrol);
  const [values, setValues] = useState<Record<EnrolField, string>>({ serverUrl: '', code: '', deviceName: defaultDeviceName });
  const [errors, setErrors] = useState<FieldErrors<EnrolField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const check = (): FieldErrors<EnrolField> => ({
    ...(/^https?:\/\/[^\s/]+/i.test(values.serverUrl.trim()) ? {} : { serverUrl: t('sync.enrol.serverUrlRequired') }),
    ...(values.code.trim().length >= 6 ? {} : { code: t('sync.enrol.codeRequired') }),
    ...(values.deviceName.trim() ? {} : { deviceName: t('sync.enrol.deviceNameRequired') }),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found = check();
    setErrors(found);
    setOther([]);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const result = await enrol({ serverUrl: values.serverUrl.trim(), code: values.code.trim(), deviceName: values.deviceName.trim() });
      setDone(t('sync.enrol.done', { site: result.siteCode }));
      setValues((v) => ({ ...v, code: '' }));
    } catch (error) {
      if (isApiCallError(error) && error.issues.length > 0) {
        const split = issuesByField(error.issues, ENROL_FIELDS);
        setErrors(split.fields);
        setOther(split.other);
      } else if (isApiCallError(error) && (error.code === 'CONFLICT' || error.code === 'FORBIDDEN')) {
        setOther([localiseCoreMessage(error.message)]);
      } else {
        setOther([errorText(error, t)]);
      }
    } finally {
      setBusy(false);
    }
  };

  return { values, setValues, errors, other, busy, done, onSubmit };
}
