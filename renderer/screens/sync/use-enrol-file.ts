import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { readBase64 } from '../../lib/image-file';
import { useSyncStore } from '../../stores/sync-store';

/** The core's names: the file's bytes (dataBase64) and the code that opens it. */
const FIELDS = ['dataBase64', 'code'] as const;
type Field = (typeof FIELDS)[number];

/** 用注册文件注册's file and code, checked here (a file, a code of six or more), then sent; the core's issues land under their field. */
export function useEnrolFile() {
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

  return { setFile, code, setCode, errors, other, busy, done, onSubmit };
}
