import { useTranslation } from 'react-i18next';
import { SANCTION_ARTICLES, SANCTION_MEASURE_LABELS, sanctionArticle, type SanctionMeasure } from '../../../../shared/domain/sanction-articles';
import { FormField } from '../../../components/FormField';
import { useSessionStore } from '../../../stores/session-store';
import { pick } from '../../settings/rule-pack-text';
import { SelectField, TextAreaField } from '../workflow/fields';
import { PersonSelect } from '../workflow/PersonSelect';
import { wholeOf, yuanOf } from './record-values';
import { RecordForm } from './RecordForm';
import { useRecordForm, type RecordProblems } from './use-record-form';
import { useCitation } from '../../../components/SourceCitation';
import { PersonHistoryNote } from './PersonHistoryNote';
import { useColleagues } from '../../../hooks/use-colleagues';

type Values = { personId: string; articleCode: string; measure: string; amount: string; points: string; deductionRole: string; note: string; chargeUnit: string };

function problems(v: Values): RecordProblems<Values> {
  const found: RecordProblems<Values> = {};
  if (!v.personId) found.personId = 'personRequired';
  const article = sanctionArticle(v.articleCode);
  if (!article) {
    found.articleCode = 'articleRequired';
    return found;
  }
  if (!v.measure) found.measure = 'measureRequired';
  if (v.measure === 'fine') {
    if (!v.amount.trim()) found.amount = 'amountRequired';
    else if (yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  }
  if (v.measure === 'reward' && v.amount.trim() && yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  if (v.measure === 'points') {
    if (article.deduction && v.deductionRole === '') found.deductionRole = 'deductionRoleRequired';
    if (!article.deduction && wholeOf(v.points, 1, 100) === null) found.points = 'pointsInvalid';
  }
  if (v.measure === 'internal' && !v.note.trim()) found.note = 'noteRequired';
  return found;
}

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
  const form = useRecordForm<Values>(complaintId, { personId: '', articleCode: '', measure: '', amount: '', points: '', deductionRole: '', note: '', chargeUnit: '' }, onDone);
  const { values, set, errors } = form;
  const article = sanctionArticle(values.articleCode);
  // 篇6 第四十条: the person's department is fined too; offered only where the article says so.
  const personUnit = useColleagues().find((c) => c.id === values.personId)?.unit ?? null;
  const unitOffered = !!article?.unitToo && values.measure === 'fine' && personUnit !== null;
  const chooseArticle = (code: string) => {
    set('articleCode', code);
    const next = sanctionArticle(code);
    // An article with a single measure chooses it; otherwise the person chooses among the article's own.
    set('measure', next && next.measures.length === 1 ? next.measures[0]! : '');
    set('deductionRole', '');
    if (next?.fine && next.fine.min === next.fine.max) set('amount', String(next.fine.min));
  };
  const range = article?.fine ? (article.fine.min === article.fine.max ? `${article.fine.min} 元` : `${article.fine.min}–${article.fine.max} 元`) : null;

  const send = () =>
    void form.submit(problems(values), 'caseRecords.addSanction', () => ({
      complaintId,
      personId: values.personId,
      articleCode: values.articleCode,
      measure: values.measure as SanctionMeasure,
      ...((values.measure === 'fine' || values.measure === 'reward') && values.amount.trim() ? { amount: yuanOf(values.amount)! } : {}),
      ...(values.measure === 'points' && article?.deduction ? { deductionRole: Number(values.deductionRole) } : {}),
      ...(values.measure === 'points' && !article?.deduction ? { points: wholeOf(values.points, 1, 100)! } : {}),
      note: values.note.trim(),
      ...(unitOffered && values.chargeUnit === 'yes' ? { chargeUnit: personUnit } : {}),
    }));

  return (
    <RecordForm name="sanction" title={t('caseRecords.sanction.add')} busy={form.busy} other={form.other} submitLabel={t('caseRecords.sanction.add')} onSubmit={send} onCancel={onCancel}>
      <PersonSelect name="personId" label={t('caseRecords.sanction.person')} value={values.personId} onChange={(v) => set('personId', v)} error={errors.personId} excludeId={me} />
      <SelectField
        name="articleCode"
        label={t('caseRecords.sanction.article')}
        required
        value={values.articleCode}
        onChange={chooseArticle}
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
      {(values.measure === 'fine' || values.measure === 'reward') && (
        <FormField id="act-amount" label={t('caseRecords.sanction.amount')} required={values.measure === 'fine'} hint={range ? t('caseRecords.sanction.fineRange', { range }) : undefined} error={errors.amount}>
          {(control) => <input {...control} type="text" inputMode="decimal" data-testid="act-amount" value={values.amount} onChange={(e) => set('amount', e.target.value)} />}
        </FormField>
      )}
      {unitOffered && (
        <label className="checkbox">
          <input type="checkbox" checked={values.chargeUnit === 'yes'} onChange={(e) => set('chargeUnit', e.target.checked ? 'yes' : '')} data-testid="act-chargeUnit" />
          {t('sanctions.chargeUnit', { unit: personUnit, source: cite(article.source) })}
        </label>
      )}
      {values.measure === 'points' && article?.deduction && (
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
      {values.measure === 'points' && article && !article.deduction && (
        <FormField id="act-points" label={t('caseRecords.sanction.points')} required error={errors.points}>
          {(control) => <input {...control} type="text" inputMode="numeric" data-testid="act-points" value={values.points} onChange={(e) => set('points', e.target.value)} />}
        </FormField>
      )}
      <TextAreaField name="note" label={t('caseRecords.sanction.note')} required={values.measure === 'internal'} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
    </RecordForm>
  );
}
