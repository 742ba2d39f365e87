import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { factUnit, pick, predicateText } from '../../settings/rule-pack-text';
import { DATE_INPUT_OF, NUMERIC_PACK_FACTS, PACK_DATE_FACTS, type PackFact } from '../../../../shared/api/grading';
import { factsReadBy } from '../../../../shared/rules/facts-read';
import { isShareFact, type RulePack } from '../../../../shared/rules/pack-schema';
import './grading-inputs.css';
import type { ComplaintFieldErrors, ComplaintFormValues } from '../complaint-form-model';
import { useCitation } from '../../../components/SourceCitation';
import { DateField } from '../../../components/DateField';

type FactKey = 'directLoss' | 'groupSize' | 'affectedShare' | 'mediaInvolved' | 'regulatorInvolved' | 'tickedCriteria' | 'packFacts' | 'problemCode';

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
  const { t } = useTranslation();
  return (
    <section className="grading-facts" aria-labelledby="grading-facts-title">
      <h3 id="grading-facts-title">{t('grading.section')}</h3>
      <p className="field-hint">{t('grading.sectionHint')}</p>
      <GradingNumbers values={values} errors={errors} set={set} />
      {pack && <PackFactFields pack={pack} values={values} errors={errors} set={set} />}
      <div className="choices grading-flags">
        {(['mediaInvolved', 'regulatorInvolved'] as const).map((key) => (
          <label key={key} className="choice" htmlFor={`complaint-${key}`}>
            <input id={`complaint-${key}`} type="checkbox" data-testid={`field-${key}`} checked={values[key]} onChange={(e) => set(key, e.target.checked)} />
            {t(`grading.${key}`)}
          </label>
        ))}
      </div>
      {pack && <TickableCriteria pack={pack} values={values} set={set} />}
    </section>
  );
}

/** 直接经济损失, 涉及人数, 影响比例: the numbers every pack may read. */
function GradingNumbers({ values, errors, set }: Omit<GradingFactsProps, 'pack'>) {
  const { t } = useTranslation();
  return (
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
  );
}

type TickProps = { pack: RulePack; values: ComplaintFormValues; tick: (id: string, checked: boolean) => void };

/** The criteria a person judges, grouped by class, then the pack's flags. */
function TickableCriteria({ pack, values, set }: Pick<GradingFactsProps, 'values' | 'set'> & { pack: RulePack }) {
  const { t } = useTranslation();
  const tick = (id: string, checked: boolean) =>
    set('tickedCriteria', checked ? [...values.tickedCriteria.filter((c) => c !== id), id] : values.tickedCriteria.filter((c) => c !== id));
  return (
    <fieldset className="field grading-criteria">
      <legend className="field-label">{t('grading.tickable')}</legend>
      {pack.classes.map((c) => (
        <ClassCriteria key={c.code} cls={c} pack={pack} values={values} tick={tick} />
      ))}
      {pack.flags.length > 0 && <PackFlagTicks pack={pack} values={values} tick={tick} />}
    </fieldset>
  );
}

/** One class's tickable criteria (none shown when it has none). */
function ClassCriteria({ cls: c, pack, values, tick }: TickProps & { cls: RulePack['classes'][number] }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  // A computed criterion with a judgement beside its number is ticked for the judgement only.
  const tickable = pack.criteria.filter((criterion) => criterion.classCode === c.code && (!criterion.predicate || criterion.judgement));
  if (tickable.length === 0) return null;
  return (
    <div className="grading-class-group">
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
            {pick(criterion.judgement ?? criterion.label, lang)}
            {criterion.judgement && criterion.predicate && (
              <small className="grade-source">{t('thresholds.judgementWith', { rule: predicateText(criterion.predicate, pack, t, lang) })}</small>
            )}
            <small className="grade-source">{cite(criterion.source)}</small>
          </span>
        </label>
      ))}
    </div>
  );
}

/** The pack's flags, ticked like the criteria. */
function PackFlagTicks({ pack, values, tick }: TickProps) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  return (
    <div className="grading-class-group" data-testid="pack-flags">
      <h4>{t('packFlags.title')}</h4>
      {pack.flags.map((flag) => (
        <label key={flag.id} className="grading-criterion" htmlFor={`criterion-${flag.id}`}>
          <input
            id={`criterion-${flag.id}`}
            type="checkbox"
            data-testid={`criterion-${flag.id}`}
            checked={values.tickedCriteria.includes(flag.id)}
            onChange={(e) => tick(flag.id, e.target.checked)}
          />
          <span>
            {pick(flag.label, i18n.language)}
            <small className="grade-source">{cite(flag.source)}</small>
          </span>
        </label>
      ))}
    </div>
  );
}

/**
 * The facts only this site's pack reads (批次不良比例, 受伤人数…). The problem category, which also counts
 * repeats of the same problem, is asked beside the customer's earlier complaints (SimilarComplaints).
 */
function PackFactFields({ pack, values, errors, set }: Omit<GradingFactsProps, 'pack'> & { pack: RulePack }) {
  const { t } = useTranslation();
  const read = factsReadBy(pack);
  const facts = NUMERIC_PACK_FACTS.filter((fact) => (read as readonly string[]).includes(fact));
  const dates = PACK_DATE_FACTS.filter((date) => read.some((fact) => DATE_INPUT_OF[fact] === date));
  if (facts.length === 0 && dates.length === 0) return null;
  const setFact = (fact: PackFact, value: string) => set('packFacts', { ...values.packFacts, [fact]: value });
  return (
    <div className="field-row grading-numbers" data-testid="pack-facts">
      {facts.map((fact) => {
        const unit = isShareFact(fact) ? '%' : factUnit(fact, t).trim();
        return (
          <FormField key={fact} id={`complaint-${fact}`} label={unit ? `${t(`rulePack.facts.${fact}`)}（${unit}）` : t(`rulePack.facts.${fact}`)} error={errors[`packFacts.${fact}`]}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="decimal"
                data-testid={`field-${fact}`}
                min={fact === 'satisfaction' ? 1 : 0}
                max={isShareFact(fact) ? 100 : fact === 'satisfaction' ? 5 : undefined}
                step={fact === 'leaveMonths' || isShareFact(fact) ? 'any' : 1}
                value={values.packFacts[fact] ?? ''}
                onChange={(e) => setFact(fact, e.target.value)}
              />
            )}
          </FormField>
        );
      })}
      {dates.map((fact) => (
        <FormField key={fact} id={`complaint-${fact}`} label={t(`grading.${fact}`)} error={errors[`packFacts.${fact}`]}>
          {(control) => <DateField {...control} data-testid={`field-${fact}`} value={values.packFacts[fact] ?? ''} onChange={(v) => setFact(fact, v)} />}
        </FormField>
      ))}
    </div>
  );
}
