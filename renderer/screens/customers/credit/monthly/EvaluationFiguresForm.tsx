import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditEvaluation } from '../../../../../shared/api/credit-monthly';
import { isOverLimit, lastDayOf, overdueDays } from '../../../../../shared/credit/credit-monthly';
import { api } from '../../../../api/client';
import { isApiCallError } from '../../../../api/api-call-error';
import { DateField } from '../../../../components/DateField';
import { ErrorBanner } from '../../../../components/ErrorBanner';
import { FormField } from '../../../../components/FormField';
import { errorText } from '../../../../lib/error-text';
import { issuesByField } from '../../../../lib/field-errors';
import { yuan } from '../credit-form-model';
import { figuresFormOf, readFiguresForm, type FiguresField, type FiguresFormState } from './evaluation-form-model';

const FIELDS: readonly { field: FiguresField; type: 'date' | 'number'; hint?: 'asOfHint' | 'earliestDueOnHint' }[] = [
  { field: 'asOf', type: 'date', hint: 'asOfHint' },
  { field: 'balance', type: 'number' },
  { field: 'shipments', type: 'number' },
  { field: 'payments', type: 'number' },
  { field: 'overdueAmount', type: 'number' },
  { field: 'earliestDueOn', type: 'date', hint: 'earliestDueOnHint' },
];

/**
 * Finance's figures of one customer for one month (《客户授信额度执行评价表》,
 * seed002 客户管理制度3 第四十条), with the over-limit flag and overdue days
 * computed as they are typed (the core computes them again on saving, by the
 * same functions). A held evaluation opens with its figures, to be corrected.
 */
export function EvaluationFiguresForm(props: { customerId: string; customerName: string; month: string; today: string; held: CreditEvaluation | null; onDone: (saved: CreditEvaluation | null) => void }) {
  const { customerId, customerName, month, today, held, onDone } = props;
  const { t } = useTranslation();
  const monthEnd = lastDayOf(month);
  const [state, setState] = useState<FiguresFormState>(() => figuresFormOf(held, monthEnd < today ? monthEnd : today));
  const [shown, setShown] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const read = useMemo(() => readFiguresForm(state, customerId, month), [state, customerId, month]);
  const set = (field: FiguresField, value: string) => setState((s) => ({ ...s, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShown(Object.fromEntries(Object.entries(read.errors).map(([field, key]) => [field, t(`creditMonthly.figures.${key}`)])));
    if (!read.input) return;
    setBusy(true);
    try {
      onDone(await api.call('credit.enterFigures', read.input));
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS.map((f) => f.field)) : { fields: {}, other: [] };
      setShown(split.fields);
      setOther(Object.keys(split.fields).length > 0 ? split.other : [errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form credit-form" onSubmit={(e) => void submit(e)} noValidate data-testid="evaluation-form">
      <h4>{t('creditMonthly.figures.title', { customer: customerName })}</h4>
      <ErrorBanner messages={other} />
      <FiguresFields state={state} shown={shown} today={today} onChange={set} />
      <FiguresPreview input={read.input} limit={held?.creditLimit ?? null} />
      <p className="field-hint">{t('creditMonthly.figures.truth')}</p>
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="evaluation-save" disabled={busy}>
          {t('creditMonthly.figures.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('creditMonthly.figures.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Finance's six figures, each with the error shown under it. */
function FiguresFields(props: { state: FiguresFormState; shown: Record<string, string | undefined>; today: string; onChange: (field: FiguresField, value: string) => void }) {
  const { state, shown, today, onChange } = props;
  const { t } = useTranslation();
  return (
    <div className="credit-fields">
      {FIELDS.map(({ field, type, hint }) => (
        <FormField key={field} id={`evaluation-${field}`} label={t(`creditMonthly.figures.${field}`)} hint={hint ? t(`creditMonthly.figures.${hint}`) : undefined} error={shown[field]}>
          {(control) =>
            type === 'date' ? (
              <DateField {...control} data-testid={`evaluation-${field}`} max={today} value={state[field]} onChange={(value) => onChange(field, value)} />
            ) : (
              <input {...control} type="number" min={0} step="any" data-testid={`evaluation-${field}`} value={state[field]} onChange={(e) => onChange(field, e.target.value)} />
            )
          }
        </FormField>
      ))}
    </div>
  );
}

/** Over-limit and overdue days as typed, by the functions the core saves with (nothing until the figures read). */
function FiguresPreview({ input, limit }: { input: ReturnType<typeof readFiguresForm>['input']; limit: number | null }) {
  const { t } = useTranslation();
  return (
    <p className="field-hint" data-testid="evaluation-preview">
      {input && limit !== null
        ? t('creditMonthly.figures.preview', {
            limit: yuan(limit),
            over: isOverLimit(input.balance, limit) ? t('creditMonthly.overLimitYes') : t('creditMonthly.overLimitNo'),
            days: overdueDays(input.earliestDueOn, input.asOf),
          })
        : t('creditMonthly.figures.previewNoLimit')}
    </p>
  );
}
