import { useTranslation } from 'react-i18next';
import type { CaseRecords } from '../../../../shared/api/case-records';
import { COMPENSATION_TYPE_INFO, COMPENSATION_TYPES, GIFT_RATIOS, giftQuantity, HARM_LABELS, HARM_LEVELS, type GiftRatio } from '../../../../shared/domain/case-records';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormField } from '../../../components/FormField';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { pick } from '../../settings/rule-pack-text';
import { DateTimeField, RadioField, SelectField, TextAreaField } from '../workflow/fields';
import { instantOf, timeProblem, wholeOf, yuanOf } from './record-values';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';
import { useCitation } from '../../../components/SourceCitation';

type Values = {
  type: string;
  harm: string;
  giftRatio: string;
  defectiveQty: string;
  amount: string;
  description: string;
  specialCaseNote: string;
  requestApproval: string;
  deliverBy: string;
};

type Standard = CaseRecords['compensationStandard'];

/** The standard row that applies (篇1 9.2): by harm for class A, the only row otherwise. */
function standardRowOf(standard: Standard, harm: string) {
  if (!standard) return undefined;
  const byHarm = standard.rows.some((r) => r.harm !== 'notStated');
  return byHarm ? standard.rows.find((r) => r.harm === harm) : standard.rows[0];
}

function problems(v: Values, standard: Standard, timeZone: string, now: Date): RecordProblems<Values> {
  const found: RecordProblems<Values> = {};
  if (!v.type) {
    found.type = 'typeRequired';
    return found;
  }
  const info = COMPENSATION_TYPE_INFO[v.type as keyof typeof COMPENSATION_TYPE_INFO];
  const byHarm = standard?.rows.some((r) => r.harm !== 'notStated');
  if (byHarm && !v.harm) found.harm = 'harmRequired';
  if (info.quantities) {
    if (wholeOf(v.defectiveQty, 1, 1_000_000) === null) found.defectiveQty = 'defectiveQtyInvalid';
    const standardRatio = standardRowOf(standard, v.harm)?.ratio ?? null;
    const ratio = v.giftRatio ? Number(v.giftRatio) : standardRatio;
    if (!ratio) found.giftRatio = 'ratioRequired';
    else if (standardRatio !== null && ratio !== standardRatio && !v.specialCaseNote.trim()) found.specialCaseNote = 'specialCaseRequired';
  }
  if (info.amount === 'required' && !v.amount.trim()) found.amount = 'amountRequired';
  else if (info.amount !== 'none' && v.amount.trim() && yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  if (v.deliverBy) {
    const due = timeProblem(v.deliverBy, timeZone, 'any', now);
    if (due) found.deliverBy = due;
  }
  return found;
}

/**
 * 登记补偿: the kind from the sources' list; under the food maker's rules the
 * standard for the complaint's class (篇1 9.2) gives the gift ratio and says
 * whether the company must agree first; the gift quantity is computed.
 */
export function CompensationForm({ complaintId, records, onDone, onCancel }: { complaintId: string; records: CaseRecords; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const timeZone = useTimeZone();
  const standard = records.compensationStandard;
  const form = useRecordForm<Values>(
    complaintId,
    { type: '', harm: '', giftRatio: '', defectiveQty: '', amount: '', description: '', specialCaseNote: '', requestApproval: '', deliverBy: '' },
    onDone,
  );
  const { values, set, errors } = form;
  const info = values.type ? COMPENSATION_TYPE_INFO[values.type as keyof typeof COMPENSATION_TYPE_INFO] : null;
  const byHarm = !!standard?.rows.some((r) => r.harm !== 'notStated');
  const row = standardRowOf(standard, values.harm);
  const ratio = (values.giftRatio ? Number(values.giftRatio) : (row?.ratio ?? null)) as GiftRatio | null;
  const defective = wholeOf(values.defectiveQty, 1, 1_000_000);

  const send = () =>
    void form.submit(problems(values, standard, timeZone, new Date()), 'caseRecords.addCompensation', () => ({
      complaintId,
      type: values.type as (typeof COMPENSATION_TYPES)[number],
      ...(byHarm && values.harm ? { harm: values.harm as (typeof HARM_LEVELS)[number] } : {}),
      ...(info?.quantities ? { defectiveQty: defective!, ...(ratio ? { giftRatio: ratio } : {}) } : {}),
      ...(info && info.amount !== 'none' && values.amount.trim() ? { amount: yuanOf(values.amount)! } : {}),
      description: values.description.trim(),
      specialCaseNote: values.specialCaseNote.trim(),
      ...(row?.approvalRequired ? {} : { requestApproval: values.requestApproval === 'yes' }),
      ...(values.deliverBy ? { deliverBy: instantOf(values.deliverBy, timeZone) } : {}),
    }));

  return (
    <RecordForm name="compensation" title={t('caseRecords.compensation.add')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.compensation.add')} onSubmit={send} onCancel={onCancel}>
      {standard && (
        <div className="banner banner-info record-standard" data-testid="compensation-standard">
          <p>
            <strong>{t('caseRecords.compensation.standard', { classCode: standard.classCode, source: standard.rows.map((r) => cite(r.source)).join('、') })}</strong>
          </p>
          <ul>
            {standard.rows.map((r) => (
              <li key={r.source}>
                {t('caseRecords.compensation.standardRow', { harm: pick(HARM_LABELS[r.harm], lang), remedy: pick(r.remedy, lang) })}
                {r.approvalRequired && <span className="tag tag-approval">{t('caseRecords.compensation.approvalNeeded')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SelectField
        name="type"
        label={t('caseRecords.compensation.type')}
        required
        value={values.type}
        onChange={(v) => set('type', v)}
        error={errors.type}
        placeholder={t('caseRecords.choose')}
        options={COMPENSATION_TYPES.map((type) => ({ value: type, label: `${pick(COMPENSATION_TYPE_INFO[type].label, lang)}（${cite(COMPENSATION_TYPE_INFO[type].source)}）` }))}
      />
      {byHarm && (
        <RadioField
          name="harm"
          label={t('caseRecords.compensation.harm')}
          required
          value={values.harm}
          onChange={(v) => set('harm', v)}
          error={errors.harm}
          options={HARM_LEVELS.map((h) => ({ value: h, label: pick(HARM_LABELS[h], lang) }))}
        />
      )}
      {info?.quantities && (
        <>
          <FormField id="act-defectiveQty" label={t('caseRecords.compensation.defectiveQty')} required error={errors.defectiveQty}>
            {(control) => <input {...control} type="text" inputMode="numeric" data-testid="act-defectiveQty" value={values.defectiveQty} onChange={(e) => set('defectiveQty', e.target.value)} />}
          </FormField>
          <RadioField
            name="giftRatio"
            label={t('caseRecords.compensation.ratio')}
            required
            hint={row?.ratio ? t('caseRecords.compensation.ratioStandard', { ratio: row.ratio }) : undefined}
            value={values.giftRatio || (row?.ratio ? String(row.ratio) : '')}
            onChange={(v) => set('giftRatio', v)}
            error={errors.giftRatio}
            options={GIFT_RATIOS.map((r) => ({ value: String(r), label: t('caseRecords.compensation.ratioOption', { ratio: r }) }))}
          />
          {ratio && defective !== null && (
            <p className="record-computed" data-testid="gift-qty" aria-live="polite">
              {t('caseRecords.compensation.giftQtyComputed', { qty: giftQuantity(defective, ratio), ratio })}
            </p>
          )}
          <TextAreaField name="specialCaseNote" label={t('caseRecords.compensation.specialCaseNote')} rows={2} maxLength={1000} value={values.specialCaseNote} onChange={(v) => set('specialCaseNote', v)} error={errors.specialCaseNote} />
        </>
      )}
      {info && info.amount !== 'none' && (
        <FormField id="act-amount" label={t('caseRecords.compensation.amount')} required={info.amount === 'required'} error={errors.amount}>
          {(control) => <input {...control} type="text" inputMode="decimal" data-testid="act-amount" value={values.amount} onChange={(e) => set('amount', e.target.value)} />}
        </FormField>
      )}
      <TextAreaField name="description" label={t('caseRecords.compensation.description')} rows={2} maxLength={1000} value={values.description} onChange={(v) => set('description', v)} error={errors.description} />
      <DateTimeField name="deliverBy" label={t('caseRecords.compensation.deliverBy')} value={values.deliverBy} onChange={(v) => set('deliverBy', v)} error={errors.deliverBy} />
      {row?.approvalRequired ? (
        <p className="banner banner-hint" data-testid="approval-by-rule">
          {t('caseRecords.compensation.approvalRequiredByRule', { source: cite(row.source) })}
        </p>
      ) : (
        <ChoiceGroup
          name="act-requestApproval"
          legend={t('caseRecords.compensation.status')}
          type="checkbox"
          hint={t('caseRecords.compensation.requestApprovalHint')}
          choices={[{ value: 'yes', label: t('caseRecords.compensation.requestApproval'), testId: 'act-requestApproval' }]}
          selected={values.requestApproval ? ['yes'] : []}
          onToggle={(_v, checked) => set('requestApproval', checked ? 'yes' : '')}
        />
      )}
    </RecordForm>
  );
}
