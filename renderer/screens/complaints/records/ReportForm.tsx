import { useTranslation } from 'react-i18next';
import type { CaseRecords } from '../../../../shared/api/case-records';
import { REPORT_SECTION_LABELS, REPORT_SECTIONS, type ReportSection } from '../../../../shared/domain/case-records';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { pick } from '../../settings/rule-pack-text';
import { TextAreaField } from '../workflow/fields';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';

type Values = Record<ReportSection, string> & { originalAttached: string };

const REQUIRED: Record<ReportSection, 'causeRequired' | 'courseRequired' | 'responsiblePersonRequired' | 'conclusionRequired' | 'countermeasuresRequired'> = {
  cause: 'causeRequired',
  course: 'courseRequired',
  responsiblePerson: 'responsiblePersonRequired',
  conclusion: 'conclusionRequired',
  countermeasures: 'countermeasuresRequired',
};

/** Submitting needs all five sections of 篇4 第十七条; a draft may be saved incomplete. */
function problems(v: Values, submit: boolean): RecordProblems<Values> {
  const found: RecordProblems<Values> = {};
  if (submit) for (const section of REPORT_SECTIONS) if (!v[section].trim()) found[section] = REQUIRED[section];
  return found;
}

/** The form as the report stands (empty when none is written yet). */
function initialValues(report: CaseRecords['report']): Values {
  return {
    cause: report?.cause ?? '',
    course: report?.course ?? '',
    responsiblePerson: report?.responsiblePerson ?? '',
    conclusion: report?.conclusion ?? '',
    countermeasures: report?.countermeasures ?? '',
    originalAttached: report?.originalAttached ? 'yes' : '',
  };
}

/** What `caseRecords.saveReport` is sent: the sections trimmed, at the version the form was opened on. */
function reportInput(complaintId: string, version: number, values: Values, submit: boolean) {
  return {
    complaintId,
    version,
    cause: values.cause.trim(),
    course: values.course.trim(),
    responsiblePerson: values.responsiblePerson.trim(),
    conclusion: values.conclusion.trim(),
    countermeasures: values.countermeasures.trim(),
    originalAttached: values.originalAttached === 'yes',
    submit,
  };
}

/** 投诉调查报告: the five sections and whether the original complaint goes with it; 保存草稿 or 提交主管审核. */
export function ReportForm({ complaintId, records, onDone, onCancel }: { complaintId: string; records: CaseRecords; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const report = records.report;
  const form = useRecordForm<Values>(complaintId, initialValues(report), onDone);
  const { values, set, errors } = form;
  const send = (submit: boolean) => void form.submit(problems(values, submit), 'caseRecords.saveReport', () => reportInput(complaintId, report?.version ?? 0, values, submit));
  return (
    <RecordForm
      name="report"
      title={report ? t('caseRecords.report.edit') : t('caseRecords.report.write')}
      busy={form.busy}
      other={form.other}
      submitLabel={t('caseRecords.report.submit')}
      onSubmit={() => send(true)}
      onCancel={onCancel}
      extraButtons={
        <button type="button" className="button" data-testid="record-save-draft" disabled={form.busy} onClick={() => send(false)}>
          {t('caseRecords.report.saveDraft')}
        </button>
      }
    >
      {REPORT_SECTIONS.map((section) => (
        <TextAreaField
          key={section}
          name={section}
          label={pick(REPORT_SECTION_LABELS[section], i18n.language)}
          required
          rows={section === 'responsiblePerson' ? 1 : 3}
          maxLength={section === 'responsiblePerson' ? 200 : 2000}
          value={values[section]}
          onChange={(v) => set(section, v)}
          error={errors[section]}
        />
      ))}
      <ChoiceGroup
        name="act-originalAttached"
        legend={t('caseRecords.report.originalAttachedLabel')}
        type="checkbox"
        choices={[{ value: 'yes', label: t('caseRecords.report.originalAttached'), testId: 'act-originalAttached' }]}
        selected={values.originalAttached ? ['yes'] : []}
        onToggle={(_value, checked) => set('originalAttached', checked ? 'yes' : '')}
      />
    </RecordForm>
  );
}
