import { useTranslation } from 'react-i18next';
import { TRANSFER_EXTENSION } from '../../../shared/sync/transfer-file';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useEnrolFile } from './use-enrol-file';

/**
 * 用注册文件注册: a site with no network enrols from the file head office
 * made (brought on a USB stick) and the one-time code head office reads over
 * the telephone. The core opens and checks the file; a wrong or expired code
 * is said at the code, a damaged, altered or wrong file at the file.
 */
export function EnrolFileForm() {
  const { t } = useTranslation();
  const { setFile, code, setCode, errors, other, busy, done, onSubmit } = useEnrolFile();

  return (
    <>
      <p className="field-hint enrol-file-hint">{t('sync.enrolFile.hint')}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        {done && (
          <p className="banner banner-success" role="status" data-testid="enrol-file-done">
            {done}
          </p>
        )}
        <FormField id="enrol-file" label={t('sync.enrolFile.file')} hint={t('sync.enrolFile.fileHint')} error={errors.dataBase64} required>
          {(control) => <input {...control} type="file" accept={`${TRANSFER_EXTENSION},application/octet-stream`} data-testid="enrol-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </FormField>
        <FormField id="enrol-file-code" label={t('sync.enrol.code')} hint={t('sync.enrolFile.codeHint')} error={errors.code} required>
          {(control) => <input {...control} type="text" autoComplete="off" data-testid="enrol-file-code" value={code} onChange={(e) => setCode(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" data-testid="enrol-file-submit" disabled={busy}>
          {busy ? t('sync.enrol.submitting') : t('sync.enrolFile.submit')}
        </button>
      </form>
    </>
  );
}
