import { useTranslation } from 'react-i18next';
import { SANCTION_ARTICLES, SANCTION_MEASURE_LABELS } from '../../../../shared/domain/sanction-articles';
import { FormField } from '../../../components/FormField';
import { useSessionStore } from '../../../stores/session-store';
import { pick } from '../../settings/rule-pack-text';
import { SelectField, TextAreaField } from '../workflow/fields';
import { PersonSelect } from '../workflow/PersonSelect';
import { RecordForm } from './RecordForm';
import { useSanctionForm, type SanctionFormState } from './use-sanction-form';
import { useCitation } from '../../../components/SourceCitation';
import { PersonHistoryNote } from './PersonHistoryNote';

/**
 * 登记奖惩: the article is chosen from the cited list (never typed), the measure
 * from what that article allows; a fine shows the article's range, seed004 §M
 * points follow from the role chosen.
 */
export function SanctionForm({ complaintId, onDone, onCancel }: { complaintId: string; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const me = useSessionStore((s) => s.user?.id ?? null);
  const state = useSanctionForm(complaintId, onDone);
  const { form, article } = state;
  const { values, set, errors } = form;

  return (
    <RecordForm name="sanction" title={t('caseRecords.sanction.add')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.sanction.add')} onSubmit={state.send} onCancel={onCancel}>
      <PersonSelect name="personId" label={t('caseRecords.sanction.person')} value={values.personId} onChange={(v) => set('personId', v)} error={errors.personId} excludeId={me} />
      <SelectField
        name="articleCode"
        label={t('caseRecords.sanction.article')}
        required
        value={values.articleCode}
        onChange={state.chooseArticle}
        error={errors.articleCode}
        placeholder={t('caseRecords.sanction.articlePlaceholder')}
        options={SANCTION_ARTICLES.map((a) => ({ value: a.code, label: `${cite(a.source)}｜${t(`caseRecords.sanction.kinds.${a.kind}`)}｜${pick(a.label, lang)}` }))}
      />
      <PersonHistoryNote complaintId={complaintId} personId={values.personId} articleCode={values.articleCode} />
      {article && (
        <SelectField
          name="measure"
          label={t('caseRecords.sanction.measure')}
          required
          value={values.measure}
          onChange={(v) => set('measure', v)}
          error={errors.measure}
          placeholder={t('caseRecords.choose')}
          options={article.measures.map((m) => ({ value: m, label: pick(SANCTION_MEASURE_LABELS[m], lang) }))}
        />
      )}
      {article && <MeasureFields state={state} />}
      <TextAreaField name="note" label={t('caseRecords.sanction.note')} required={values.measure === 'internal'} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </RecordForm>
  );
}

/** What the chosen measure asks for: an amount (with the article's range), the department, a role's points or a number of points. */
function MeasureFields({ state }: { state: SanctionFormState }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const { form } = state;
  const { values, set, errors } = form;
  const article = state.article!;
  return (
    <>
    {(values.measure === 'fine' || values.measure === 'reward') && (
      <FormField id="act-amount" label={t('caseRecords.sanction.amount')} required={values.measure === 'fine'} hint={state.range ? t('caseRecords.sanction.fineRange', { range: state.range }) : undefined} error={errors.amount}>
        {(control) => <input {...control} type="text" inputMode="decimal" data-testid="act-amount" value={values.amount} onChange={(e) => set('amount', e.target.value)} />}
      </FormField>
    )}
    {state.unitOffered && (
      <label className="checkbox">
        <input type="checkbox" checked={values.chargeUnit === 'yes'} onChange={(e) => set('chargeUnit', e.target.checked ? 'yes' : '')} data-testid="act-chargeUnit" />
        {t('sanctions.chargeUnit', { unit: state.personUnit, source: cite(article.source) })}
      </label>
    )}
    {values.measure === 'points' && article.deduction && (
      <SelectField
        name="deductionRole"
        label={t('caseRecords.sanction.deductionRole')}
        required
        value={values.deductionRole}
        onChange={(v) => set('deductionRole', v)}
        error={errors.deductionRole}
        placeholder={t('caseRecords.choose')}
        options={article.deduction.map((row, index) => ({
          value: String(index),
          label: row.points > 0 ? t('caseRecords.sanction.deductionPoints', { role: pick(row.role, lang), points: row.points }) : t('caseRecords.sanction.notJoint', { role: pick(row.role, lang) }),
        }))}
      />
    )}
    {values.measure === 'points' && !article.deduction && (
      <FormField id="act-points" label={t('caseRecords.sanction.points')} required error={errors.points}>
        {(control) => <input {...control} type="text" inputMode="numeric" data-testid="act-points" value={values.points} onChange={(e) => set('points', e.target.value)} />}
      </FormField>
    )}
    </>
  );
}
