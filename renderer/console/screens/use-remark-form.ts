import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REMARK_MAX_CHARS, writeRemarkRequestSchema, writeRemarkResponseSchema, CONSOLE_PATHS, type ComplaintDetail } from '../../../shared/sync/console-api';
import { consoleCall } from '../api/console-client';

export type RemarkField = 'remark' | 'classCode' | 'note';

/**
 * The state of `RemarkForm`: the remark, the class decided and the note, checked with the schema the server
 * parses with, sent to the complaint's site based on the version shown; cleared once sent.
 */
export function useRemarkForm(detail: ComplaintDetail, onWritten: () => void) {
  const { t } = useTranslation();
  const [remark, setRemark] = useState('');
  const [classCode, setClassCode] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<RemarkField, string>>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (data: unknown) => {
    setBusy(true);
    try {
      await consoleCall('POST', CONSOLE_PATHS.complaintRemarks(detail.row.siteId, detail.row.id), writeRemarkResponseSchema, data);
      setOutcome({ ok: true, text: t('console.remarks.sent', { site: detail.row.siteCode }) });
      setRemark('');
      setClassCode('');
      setNote('');
      onWritten();
    } catch (error) {
      setOutcome({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { basedOnVersion: detail.version, remark: remark.trim() || undefined, classCode: classCode || undefined, note: note.trim() || undefined };
    const parsed = writeRemarkRequestSchema.safeParse(input);
    const found: Partial<Record<RemarkField, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as RemarkField;
        found[field] ??= issue.code === 'too_big' ? t('console.remarks.tooLong', { n: REMARK_MAX_CHARS }) : t('console.remarks.nothing');
      }
    }
    setErrors(found);
    setOutcome(null);
    if (!parsed.success) return;
    await send(parsed.data);
  };

  return { remark, setRemark, classCode, setClassCode, note, setNote, errors, outcome, busy, submit };
}
