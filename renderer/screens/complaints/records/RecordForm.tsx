import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineForm } from '../../../components/InlineForm';

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

/** The frame of every case-record form, the same as the workflow's action forms. */
export function RecordForm({ name, title, busy, other, submitLabel, onSubmit, onCancel, extraButtons, children }: RecordFormProps) {
  const { t } = useTranslation();
  return (
    <InlineForm
      prefix="record"
      name={name}
      title={title}
      submitLabel={submitLabel}
      busyLabel={t('caseRecords.submitting')}
      cancelLabel={t('caseRecords.cancel')}
      className="record-form"
      busy={busy}
      other={other}
      onSubmit={onSubmit}
      onCancel={onCancel}
      extraButtons={extraButtons}
    >
      {children}
    </InlineForm>
  );
}
