import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolmentFileRequestSchema, type EnrolmentFileResponse } from '../../../shared/sync/enrolment-file';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useSitesStore } from '../stores/sites-store';

type Field = 'deviceName' | 'serverUrl';

/**
 * For a site with no network at all: the code on screen is spent on an
 * enrolment file instead (shared/sync/enrolment-file.ts). The device is made
 * now and listed at once; the file goes on a USB stick, the code by
 * telephone, and the site opens one with the other.
 */
export function EnrolFileMaker({ siteName }: { siteName: string }) {
  const { t } = useTranslation();
  const makeEnrolFile = useSitesStore((s) => s.makeEnrolFile);
  const [values, setValues] = useState<Record<Field, string>>({ deviceName: `${siteName}电脑`, serverUrl: window.location.origin });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<EnrolmentFileResponse | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server parses with (the code is the store's, so it is left out here).
    const parsed = enrolmentFileRequestSchema.omit({ enrolCode: true }).safeParse(values);
    setErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.path[0] === 'serverUrl' ? t('console.sites.serverUrlFormat') : t('console.sites.deviceNameRequired')])));
    if (!parsed.success) return;
    setBusy(true);
    setFailure(null);
    try {
      setMade(await makeEnrolFile(parsed.data.deviceName, parsed.data.serverUrl));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (made) {
    return (
      <div className="banner banner-success" role="status" data-testid="enrol-file-made">
        <p>
          <a className="button primary" href={`data:application/octet-stream;base64,${made.dataBase64}`} download={made.fileName} data-testid="enrol-file-save">
            {t('console.sites.saveEnrolFile', { name: made.fileName })}
          </a>
        </p>
        <p>{t('console.sites.enrolFileMade')}</p>
      </div>
    );
  }
  return (
    <form className="form console-enrol-file" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t('console.sites.enrolFileTitle')}</h4>
      <p className="muted">{t('console.sites.enrolFileHint')}</p>
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="field-row">
        <FormField id="enrol-file-device" label={t('console.sites.deviceName')} error={errors.deviceName} required>
          {(control) => <input {...control} type="text" value={values.deviceName} onChange={(e) => setValues((v) => ({ ...v, deviceName: e.target.value }))} />}
        </FormField>
        <FormField id="enrol-file-server" label={t('console.sites.serverUrl')} hint={t('console.sites.serverUrlHint')} error={errors.serverUrl} required>
          {(control) => <input {...control} type="url" value={values.serverUrl} onChange={(e) => setValues((v) => ({ ...v, serverUrl: e.target.value }))} />}
        </FormField>
      </div>
      <button type="submit" className="button" data-testid="make-enrol-file" disabled={busy}>
        {busy ? t('console.sites.makingEnrolFile') : t('console.sites.makeEnrolFile')}
      </button>
    </form>
  );
}
