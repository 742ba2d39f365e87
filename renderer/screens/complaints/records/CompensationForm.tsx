import { useTranslation } from 'react-i18next';
import type { CaseRecords } from '../../../../shared/api/case-records';
import { COMPENSATION_TYPE_INFO, COMPENSATION_TYPES, GIFT_RATIOS, giftQuantity, HARM_LABELS, HARM_LEVELS } from '../../../../shared/domain/case-records';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FormField } from '../../../components/FormField';
import { pick } from '../../settings/rule-pack-text';
import { DateTimeField, RadioField, SelectField, TextAreaField } from '../workflow/fields';
import { RecordForm } from './RecordForm';
import { useCompensationForm, type CompensationFormState, type Standard } from './use-compensation-form';
import { useCitation } from '../../../components/SourceCitation';

/**
 * 登记补偿: the kind from the sources' list; under the food maker's rules the
 * standard for the complaint's class (篇1 9.2) gives the gift ratio and says
 * whether the company must agree first; the gift quantity is computed.
 */
export function CompensationForm({ complaintId, records, onDone, onCancel }: { complaintId: string; records: CaseRecords; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const state = useCompensationForm(complaintId, records, onDone);
  const { form, standard, info, byHarm } = state;
  const { values, set, errors } = form;

  return (
    <RecordForm name="compensation" title={t('caseRecords.compensation.add')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.compensation.add')} onSubmit={state.send} onCancel={onCancel}>
      {standard && <StandardBanner standard={standard} />}
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
      {info?.quantities && <QuantityFields state={state} />}
      {info && info.amount !== 'none' && (
        <FormField id="act-amount" label={t('caseRecords.compensation.amount')} required={info.amount === 'required'} error={errors.amount}>
          {(control) => <input {...control} type="text" inputMode="decimal" data-testid="act-amount" value={values.amount} onChange={(e) => set('amount', e.target.value)} />}
        </FormField>
      )}
      <TextAreaField name="description" label={t('caseRecords.compensation.description')} rows={2} maxLength={1000} value={values.description} onChange={(v) => set('description', v)} error={errors.description} />
      <DateTimeField name="deliverBy" label={t('caseRecords.compensation.deliverBy')} value={values.deliverBy} onChange={(v) => set('deliverBy', v)} error={errors.deliverBy} />
      <ApprovalChoice state={state} />
    </RecordForm>
  );
}

/** The standard for the complaint's class (篇1 9.2), row by row. */
function StandardBanner({ standard }: { standard: NonNullable<Standard> }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  return (
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
  );
}

/** A replacement in goods: the defective quantity, the ratio, the computed gift quantity and a special-case note. */
function QuantityFields({ state }: { state: CompensationFormState }) {
  const { t } = useTranslation();
  const { form, row, ratio, defective } = state;
  const { values, set, errors } = form;
  return (
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
  );
}

/** The company's approval: required by the standard's row, or asked for by choice. */
function ApprovalChoice({ state }: { state: CompensationFormState }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const { row, form } = state;
  if (row?.approvalRequired) {
    return (
      <p className="banner banner-hint" data-testid="approval-by-rule">
        {t('caseRecords.compensation.approvalRequiredByRule', { source: cite(row.source) })}
      </p>
    );
  }
  return (
    <ChoiceGroup
      name="act-requestApproval"
      legend={t('caseRecords.compensation.status')}
      type="checkbox"
      hint={t('caseRecords.compensation.requestApprovalHint')}
      choices={[{ value: 'yes', label: t('caseRecords.compensation.requestApproval'), testId: 'act-requestApproval' }]}
      selected={form.values.requestApproval ? ['yes'] : []}
      onToggle={(_v, checked) => form.set('requestApproval', checked ? 'yes' : '')}
    />
  );
}
