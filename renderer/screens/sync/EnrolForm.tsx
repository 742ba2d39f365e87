import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { EnrolFileForm } from './EnrolFileForm';
import { useNetworkEnrol, type EnrolField as Field } from './use-network-enrol';

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
  const { values, setValues, errors, other, busy, done, onSubmit } = useNetworkEnrol(defaultDeviceName);

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
