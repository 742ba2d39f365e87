import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { packClasses } from '../class-labels';
import { useRemarkForm } from './use-remark-form';

/**
 * 总部批注 and/or a decision on the complaint's class (the site's rule pack's
 * classes by name), with an optional note; sent to the complaint's site as a
 * remark based on the version shown. Checked with the schema the server
 * parses with; the server also checks the class and the version.
 */
export function RemarkForm({ detail, onWritten }: { detail: ComplaintDetail; onWritten(): void }) {
  const { t } = useTranslation();
  const classes = packClasses(detail.rulePackId);
  const current = typeof (detail.payload as { classCode?: unknown } | null)?.classCode === 'string' ? (detail.payload as { classCode: string }).classCode : null;
  const { remark, setRemark, classCode, setClassCode, note, setNote, errors, outcome, busy, submit } = useRemarkForm(detail, onWritten);

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate data-testid="remark-form">
      {outcome?.ok && (
        <p className="banner banner-success" role="status" data-testid="remark-sent">
          {outcome.text}
        </p>
      )}
      <ErrorBanner messages={outcome && !outcome.ok ? [outcome.text] : []} />
      <FormField id="remark-text" label={t('console.remarks.remark')} hint={t('console.remarks.remarkHint')} error={errors.remark}>
        {(control) => <textarea {...control} rows={3} value={remark} onChange={(e) => setRemark(e.target.value)} />}
      </FormField>
      <FormField id="remark-class" label={t('console.remarks.classCode')} hint={classes.length === 0 ? t('console.remarks.packUnknown') : t('console.remarks.classHint')} error={errors.classCode}>
        {(control) => (
          <select {...control} value={classCode} disabled={classes.length === 0} onChange={(e) => setClassCode(e.target.value)}>
            <option value="">{t('console.remarks.keepClass')}</option>
            {classes.map((c) => (
              <option key={c.code} value={c.code} disabled={c.code === current}>
                {c.code === current ? t('console.remarks.currentClass', { label: c.label }) : c.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="remark-note" label={t('console.remarks.note')} hint={t('console.remarks.noteHint')} error={errors.note}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="send-remark" disabled={busy}>
          {busy ? t('console.remarks.sending') : t('console.remarks.send')}
        </button>
      </div>
    </form>
  );
}
