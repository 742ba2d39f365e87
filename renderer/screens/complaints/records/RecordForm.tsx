import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../components/ErrorBanner';

interface RecordFormProps {
  /** Test id `record-form-<name>`. */
  name: string;
  title: string;
  busy: boolean;
  other: readonly string[];
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Buttons before 取消 besides the main one (e.g. 保存草稿 beside 提交). */
  extraButtons?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every case-record form, as the workflow's action forms: title,
 * problems that belong to no field, the buttons. Focus starts in the first
 * field; Escape cancels, Ctrl+Enter submits.
 */
export function RecordForm({ name, title, busy, other, submitLabel, onSubmit, onCancel, extraButtons, children }: RecordFormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const titleId = `record-form-${name}-title`;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <form
      ref={ref}
      className="action-form record-form"
      data-testid={`record-form-${name}`}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h4 id={titleId}>{title}</h4>
      <ErrorBanner messages={other} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="record-submit" disabled={busy}>
          {busy ? t('caseRecords.submitting') : submitLabel}
        </button>
        {extraButtons}
        <button type="button" className="button" data-testid="record-cancel" onClick={onCancel} disabled={busy}>
          {t('caseRecords.cancel')}
        </button>
      </div>
    </form>
  );
}
