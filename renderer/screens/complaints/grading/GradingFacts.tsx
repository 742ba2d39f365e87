import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { FormField } from '../../../components/FormField';
import { pick } from '../../settings/rule-pack-text';
import './grading-inputs.css';
import type { ComplaintFieldErrors, ComplaintFormValues } from '../complaint-form-model';

type FactKey = 'directLoss' | 'groupSize' | 'affectedShare' | 'mediaInvolved' | 'regulatorInvolved' | 'tickedCriteria';

interface GradingFactsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  pack: RulePack | null | undefined;
  set: <K extends FactKey>(key: K, value: ComplaintFormValues[K]) => void;
}

const NUMBER_FIELDS = [
  { key: 'directLoss', min: 0, step: 'any' },
  { key: 'groupSize', min: 1, step: 1 },
  { key: 'affectedShare', min: 0, max: 100, step: 'any' },
] as const;

/** 严重程度判定: the facts the rule pack grades on, and the criteria a person ticks, grouped by class. */
export function GradingFacts({ values, errors, pack, set }: GradingFactsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tick = (id: string, checked: boolean) =>
    set('tickedCriteria', checked ? [...values.tickedCriteria.filter((c) => c !== id), id] : values.tickedCriteria.filter((c) => c !== id));

  return (
    <section className="grading-facts" aria-labelledby="grading-facts-title">
      <h3 id="grading-facts-title">{t('grading.section')}</h3>
      <p className="field-hint">{t('grading.sectionHint')}</p>
      <div className="field-row grading-numbers">
        {NUMBER_FIELDS.map((f) => (
          <FormField key={f.key} id={`complaint-${f.key}`} label={t(`grading.${f.key}`)} error={errors[f.key]}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="decimal"
                data-testid={`field-${f.key}`}
                min={f.min}
                max={'max' in f ? f.max : undefined}
                step={f.step}
                value={values[f.key]}
                onChange={(e) => set(f.key, e.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
      <div className="choices grading-flags">
        {(['mediaInvolved', 'regulatorInvolved'] as const).map((key) => (
          <label key={key} className="choice" htmlFor={`complaint-${key}`}>
            <input id={`complaint-${key}`} type="checkbox" data-testid={`field-${key}`} checked={values[key]} onChange={(e) => set(key, e.target.checked)} />
            {t(`grading.${key}`)}
          </label>
        ))}
      </div>
      {pack && (
        <fieldset className="field grading-criteria">
          <legend className="field-label">{t('grading.tickable')}</legend>
          {pack.classes.map((c) => {
            const tickable = pack.criteria.filter((criterion) => criterion.classCode === c.code && !criterion.predicate);
            if (tickable.length === 0) return null;
            return (
              <div key={c.code} className="grading-class-group">
                <h4>{pick(c.label, lang)}</h4>
                {tickable.map((criterion) => (
                  <label key={criterion.id} className="grading-criterion" htmlFor={`criterion-${criterion.id}`}>
                    <input
                      id={`criterion-${criterion.id}`}
                      type="checkbox"
                      data-testid={`criterion-${criterion.id}`}
                      checked={values.tickedCriteria.includes(criterion.id)}
                      onChange={(e) => tick(criterion.id, e.target.checked)}
                    />
                    <span>
                      {pick(criterion.label, lang)}
                      <small className="grade-source">{criterion.source}</small>
                    </span>
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
