import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_EXTENSION } from '../../../shared/sync/transfer-file';
import { isApiCallError } from '../../api/api-call-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { readBase64 } from '../../lib/image-file';
import { useSyncStore } from '../../stores/sync-store';

/** The core's names: the file's bytes (dataBase64) and the code that opens it. */
const FIELDS = ['dataBase64', 'code'] as const;
type Field = (typeof FIELDS)[number];

/**
 * 用注册文件注册: a site with no network enrols from the file head office
 * made (brought on a USB stick) and the one-time code head office reads over
 * the telephone. The core opens and checks the file; a wrong or expired code
 * is said at the code, a damaged, altered or wrong file at the file.
 */
export function EnrolFileForm() {
  const { t } = useTranslation();
  const enrolByFile = useSyncStore((s) => s.enrolByFile);
  const [file, setFile] = useState<File | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setOther([]);
    const found: FieldErrors<Field> = {
      ...(file ? {} : { dataBase64: t('sync.enrolFile.fileRequired') }),
      ...(code.trim().length >= 6 ? {} : { code: t('sync.enrol.codeRequired') }),
    };
    setErrors(found);
    if (hasErrors(found) || !file) return;
    setBusy(true);
    try {
      const result = await enrolByFile({ fileName: file.name, dataBase64: await readBase64(file), code: code.trim() });
      setDone(t(result.alreadyEnrolled ? 'sync.enrolFile.already' : 'sync.enrolFile.done', { site: result.siteCode }));
      setCode('');
    } catch (error) {
      if (isApiCallError(error) && error.issues.length > 0) {
        const split = issuesByField(error.issues, FIELDS);
        setErrors(split.fields);
        setOther(split.other);
      } else {
        setOther([errorText(error, t)]);
      }
    } finally {
      setBusy(false);
    }
  };

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
