import { useTranslation } from 'react-i18next';
import type { Capa } from '../../../../shared/api/case-records';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { DateTimeField, RadioField, TextAreaField } from '../workflow/fields';
import { PersonSelect } from '../workflow/PersonSelect';
import { instantOf, timeProblem } from './record-values';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';

interface FormProps {
  complaintId: string;
  onDone: () => void;
  onCancel: () => void;
}

type AddValues = { problem: string; action: string; ownerId: string; dueAt: string };

/** 制定纠正预防措施: problem and root cause, the action, its owner (never the person complained about) and due time. */
export function AddCapaForm({ complaintId, subjectUserId, onDone, onCancel }: FormProps & { subjectUserId: string | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const form = useRecordForm<AddValues>(complaintId, { problem: '', action: '', ownerId: '', dueAt: '' }, onDone);
  const { values, set, errors } = form;
  const problems = (): RecordProblems<AddValues> => {
    const found: RecordProblems<AddValues> = {};
    if (!values.problem.trim()) found.problem = 'problemRequired';
    if (!values.action.trim()) found.action = 'actionRequired';
    if (!values.ownerId) found.ownerId = 'ownerRequired';
    const due = timeProblem(values.dueAt, timeZone, 'future', new Date());
    if (due) found.dueAt = due;
    return found;
  };
  const send = () =>
    void form.submit(problems(), 'caseRecords.addCapa', () => ({
      complaintId,
      problem: values.problem.trim(),
      action: values.action.trim(),
      ownerId: values.ownerId,
      dueAt: instantOf(values.dueAt, timeZone),
    }));
  return (
    <RecordForm name="capa" title={t('caseRecords.capa.add')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.capa.add')} onSubmit={send} onCancel={onCancel}>
      <TextAreaField name="problem" label={t('caseRecords.capa.problem')} required value={values.problem} onChange={(v) => set('problem', v)} error={errors.problem} />
      <TextAreaField name="action" label={t('caseRecords.capa.action')} required value={values.action} onChange={(v) => set('action', v)} error={errors.action} />
      <PersonSelect name="ownerId" label={t('caseRecords.capa.owner')} value={values.ownerId} onChange={(v) => set('ownerId', v)} error={errors.ownerId} excludeId={subjectUserId} />
      <DateTimeField name="dueAt" label={t('caseRecords.capa.dueAt')} required value={values.dueAt} onChange={(v) => set('dueAt', v)} error={errors.dueAt} />
    </RecordForm>
  );
}

type CompleteValues = { note: string };

/** The owner reports the action carried out. */
export function CompleteCapaForm({ complaintId, capa, onDone, onCancel }: FormProps & { capa: Capa }) {
  const { t } = useTranslation();
  const form = useRecordForm<CompleteValues>(complaintId, { note: '' }, onDone);
  const send = () =>
    void form.submit(form.values.note.trim() ? {} : { note: 'noteRequired' }, 'caseRecords.completeCapa', () => ({ capaId: capa.id, version: capa.version, note: form.values.note.trim() }));
  return (
    <RecordForm name="complete-capa" title={t('caseRecords.capa.completeTitle')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.capa.complete')} onSubmit={send} onCancel={onCancel}>
      <TextAreaField name="note" label={t('caseRecords.capa.implementationNote')} required maxLength={1000} value={form.values.note} onChange={(v) => form.set('note', v)} error={form.errors.note} />
    </RecordForm>
  );
}

type VerifyValues = { effective: string; note: string; newDueAt: string };

/** Someone other than the owner verifies the effect; not effective reopens it with a new due time. */
export function VerifyCapaForm({ complaintId, capa, onDone, onCancel }: FormProps & { capa: Capa }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const form = useRecordForm<VerifyValues>(complaintId, { effective: '', note: '', newDueAt: '' }, onDone);
  const { values, set, errors } = form;
  const problems = (): RecordProblems<VerifyValues> => {
    const found: RecordProblems<VerifyValues> = {};
    if (!values.effective) found.effective = 'resultRequired';
    if (!values.note.trim()) found.note = 'noteRequired';
    if (values.effective === 'no') {
      const due = timeProblem(values.newDueAt, timeZone, 'future', new Date());
      if (due) found.newDueAt = due;
    }
    return found;
  };
  const send = () =>
    void form.submit(problems(), 'caseRecords.verifyCapa', () => ({
      capaId: capa.id,
      version: capa.version,
      effective: values.effective === 'yes',
      note: values.note.trim(),
      ...(values.effective === 'no' ? { newDueAt: instantOf(values.newDueAt, timeZone) } : {}),
    }));
  return (
    <RecordForm name="verify-capa" title={t('caseRecords.capa.verifyTitle')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.capa.verify')} onSubmit={send} onCancel={onCancel}>
      <RadioField
        name="effective"
        label={t('caseRecords.capa.result')}
        required
        value={values.effective}
        onChange={(v) => set('effective', v)}
        error={errors.effective}
        options={[
          { value: 'yes', label: t('caseRecords.capa.effective') },
          { value: 'no', label: t('caseRecords.capa.notEffective') },
        ]}
      />
      <TextAreaField name="note" label={t('caseRecords.capa.verificationNote')} required maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
      {values.effective === 'no' && <DateTimeField name="newDueAt" label={t('caseRecords.capa.newDueAt')} required value={values.newDueAt} onChange={(v) => set('newDueAt', v)} error={errors.newDueAt} />}
    </RecordForm>
  );
}
