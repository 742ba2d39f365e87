import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { localiseCoreMessage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { useSyncStore } from '../../stores/sync-store';
import { EnrolFileForm } from './EnrolFileForm';

const FIELDS = ['serverUrl', 'code', 'deviceName'] as const;
type Field = (typeof FIELDS)[number];

/**
 * 登记本机: over the network (the head-office address and the one-time code),
 * or, for a site with no network at all, from head office's enrolment file
 * and the code told by telephone (EnrolFileForm).
 */
export function EnrolForm({ again, defaultDeviceName }: { again: boolean; defaultDeviceName: string }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'network' | 'file'>('network');
  return (
    <div className="panel" data-testid="enrol-form">
      <h3>{again ? t('sync.enrol.reenrolTitle') : t('sync.enrol.title')}</h3>
      <fieldset className="enrol-mode">
        <legend className="visually-hidden">{t('sync.enrol.mode')}</legend>
        {(['network', 'file'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="enrol-mode" checked={mode === choice} onChange={() => setMode(choice)} data-testid={`enrol-mode-${choice}`} /> {t(`sync.enrol.modes.${choice}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'network' ? <NetworkEnrolForm defaultDeviceName={defaultDeviceName} /> : <EnrolFileForm />}
    </div>
  );
}

/**
 * The head-office address and the one-time code. A wrong code is said at the
 * code, an address that reaches no head-office server at the address (the
 * core points at the field); the core re-validates everything.
 */
function NetworkEnrolForm({ defaultDeviceName }: { defaultDeviceName: string }) {
  const { t } = useTranslation();
  const enrol = useSyncStore((s) => s.enrol);
  const [values, setValues] = useState<Record<Field, string>>({ serverUrl: '', code: '', deviceName: defaultDeviceName });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const check = (): FieldErrors<Field> => ({
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
        const split = issuesByField(error.issues, FIELDS);
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

  const input = (field: Field, extra: { type?: string; autoComplete?: string } = {}) => (
    <FormField id={`enrol-${field}`} label={t(`sync.enrol.${field}`)} hint={field === 'serverUrl' ? t('sync.enrol.serverUrlHint') : field === 'deviceName' ? t('sync.enrol.deviceNameHint') : undefined} error={errors[field]} required>
      {(control) => (
        <input
          {...control}
          type={extra.type ?? 'text'}
          autoComplete={extra.autoComplete ?? 'off'}
          data-testid={`enrol-${field}`}
          value={values[field]}
          onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        />
      )}
    </FormField>
  );

  return (
    <>
      <p className="field-hint">{t('sync.enrol.hint')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        {done && (
          <p className="banner banner-success" role="status" data-testid="enrol-done">
            {done}
          </p>
        )}
        {input('serverUrl', { type: 'url' })}
        {input('code')}
        {input('deviceName')}
        <button type="submit" className="button" data-testid="enrol-submit" disabled={busy}>
          {busy ? t('sync.enrol.submitting') : t('sync.enrol.submit')}
        </button>
      </form>
    </>
  );
}
