import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '../../../../shared/credit/credit-grading';
import { CREDIT_CRITERIA } from '../../../../shared/credit/credit-pack';
import { noteText } from '../../../../shared/sources/choice-note';
import { useCitation } from '../../../components/SourceCitation';

interface CreditCriteriaTableProps {
  grade: 'A' | 'C';
  results: readonly CriterionResult[];
  /** In the form: ticks a judgement criterion. Absent: read only. */
  onToggle?: (id: string, holds: boolean) => void;
  /** Who ticked each judgement that holds, for a stored grading. */
  judgedBy?: Readonly<Record<string, string>>;
}

/**
 * The A criteria (第十五条) or the C triggers (第十六条), each with its result:
 * computed ones with what they were computed from, judgements as a tick; every
 * row with its citation and, where the app chose a reading, the note.
 */
export function CreditCriteriaTable({ grade, results, onToggle, judgedBy }: CreditCriteriaTableProps) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const criteria = CREDIT_CRITERIA.filter((c) => c.grade === grade);
  const yes = grade === 'A' ? t('credit.form.holds') : t('credit.form.present');
  const no = grade === 'A' ? t('credit.form.notHolds') : t('credit.form.absent');
  return (
    <table className="credit-criteria" data-testid={`credit-criteria-${grade}`}>
      <caption>{grade === 'A' ? t('credit.form.aCriteria') : t('credit.form.cCriteria')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('credit.sheet.criterion')}</th>
          <th scope="col">{t('credit.sheet.result')}</th>
          <th scope="col">{t('credit.sheet.basis')}</th>
          <th scope="col">{t('credit.sheet.source')}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((criterion) => {
          const result = results.find((r) => r.id === criterion.id);
          const holds = result?.holds ?? false;
          const checkboxId = `credit-tick-${criterion.id}`;
          return (
            <tr key={criterion.id} data-testid={`credit-criterion-${criterion.id}`} data-holds={String(holds)}>
              <th scope="row">
                {criterion.id}. {criterion.label[lang]}
                <small className="credit-kind">{criterion.computed ? t('credit.form.computed') : t('credit.form.judged')}</small>
              </th>
              <td className={holds ? 'credit-holds' : 'credit-not-holds'}>
                {!criterion.computed && onToggle ? (
                  <label htmlFor={checkboxId} className="credit-tick">
                    <input id={checkboxId} type="checkbox" data-testid={checkboxId} checked={holds} onChange={(e) => onToggle(criterion.id, e.target.checked)} />
                    {holds ? yes : no}
                  </label>
                ) : (
                  <strong>{holds ? yes : no}</strong>
                )}
              </td>
              <td>
                {result?.basis ? result.basis[lang] : judgedBy?.[criterion.id] ?? ''}
                {criterion.choice && <small className="credit-choice">{noteText(criterion.choice, i18n.language)}</small>}
              </td>
              <td className="credit-source">{cite(criterion.source)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
