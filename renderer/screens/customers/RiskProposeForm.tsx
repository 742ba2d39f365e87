import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assessRiskClass } from '../../../shared/risk-classes/assess';
import { FIVE_LEVELS, JUDGEMENTS, RISK_CLASS_CHOICES, RISK_CLASSES, WARNING_STATES, type FiveLevel, type Judgement, type RiskClass, type RiskFacts } from '../../../shared/risk-classes/pack';
import { noteLang, noteText } from '../../../shared/sources/choice-note';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { criterionLabel, judgementLabel, riskClassLabel } from './risk-class-text';

const CLEAN: RiskFacts = { fiveLevel: null, warning: 'none', overdueDays: 0, interestArrears: 0, advances: 0 };

function FactsFields({ facts, onChange }: { facts: RiskFacts; onChange: (facts: RiskFacts) => void }) {
  const { t } = useTranslation();
  const number = (key: 'overdueDays' | 'interestArrears' | 'advances', step: string) => (
    <label className="field">
      <span className="field-label">{t(`riskClasses.propose.${key}`)}</span>
      <input type="number" min="0" step={step} data-testid={`risk-${key}`} value={facts[key]} onChange={(e) => onChange({ ...facts, [key]: Math.max(0, Number(e.target.value) || 0) })} />
    </label>
  );
  return (
    <fieldset className="risk-facts">
      <legend>{t('riskClasses.propose.facts')}</legend>
      <label className="field">
        <span className="field-label">{t('riskClasses.propose.fiveLevel')}</span>
        <select data-testid="risk-five-level" value={facts.fiveLevel ?? 'none'} onChange={(e) => onChange({ ...facts, fiveLevel: e.target.value === 'none' ? null : (e.target.value as FiveLevel) })}>
          {['none', ...FIVE_LEVELS].map((level) => (
            <option key={level} value={level}>
              {t(`riskClasses.propose.fiveLevels.${level as FiveLevel | 'none'}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('riskClasses.propose.warning')}</span>
        <select data-testid="risk-warning" value={facts.warning} onChange={(e) => onChange({ ...facts, warning: e.target.value as RiskFacts['warning'] })}>
          {WARNING_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`riskClasses.propose.warnings.${state}`)}
            </option>
          ))}
        </select>
      </label>
      {number('overdueDays', '1')}
      {number('interestArrears', '0.01')}
      {number('advances', '0.01')}
    </fieldset>
  );
}

function JudgementFields({ reasons, onChange }: { reasons: Partial<Record<Judgement, string>>; onChange: (reasons: Partial<Record<Judgement, string>>) => void }) {
  const { t, i18n } = useTranslation();
  const toggle = (judgement: Judgement, on: boolean) => {
    const next = { ...reasons };
    if (on) next[judgement] = '';
    else delete next[judgement];
    onChange(next);
  };
  return (
    <fieldset className="risk-judgements">
      <legend>{t('riskClasses.propose.judgements')}</legend>
      {JUDGEMENTS.map((judgement) => (
        <div key={judgement} className="risk-judgement">
          <label>
            <input type="checkbox" data-testid={`risk-judgement-${judgement}`} checked={judgement in reasons} onChange={(e) => toggle(judgement, e.target.checked)} /> {judgementLabel(judgement, i18n.language)}
          </label>
          {judgement in reasons && (
            <input
              aria-label={`${t('riskClasses.propose.judgementReason')}: ${judgementLabel(judgement, i18n.language)}`}
              data-testid={`risk-judgement-reason-${judgement}`}
              value={reasons[judgement]}
              onChange={(e) => onChange({ ...reasons, [judgement]: e.target.value })}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** 二(一): the proposal with its facts, judgements and reason; the class the listed cases give is shown as they are filled. */
export function RiskProposeForm({ customerId, current, lastFacts, onDone }: { customerId: string; current: RiskClass; lastFacts: RiskFacts | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const propose = useRiskClassesStore((s) => s.propose);
  const [facts, setFacts] = useState<RiskFacts>(lastFacts ?? CLEAN);
  const [reasons, setReasons] = useState<Partial<Record<Judgement, string>>>({});
  const [toClass, setToClass] = useState<RiskClass>(current === 'normal' ? 'class3' : 'normal');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const assessment = assessRiskClass(facts, Object.keys(reasons) as Judgement[]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const judgements = Object.entries(reasons).map(([judgement, why]) => ({ judgement: judgement as Judgement, reason: why ?? '' }));
      await propose({ customerId, toClass, facts, judgements, reason });
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form className="risk-propose" data-testid="risk-propose-form" onSubmit={(e) => void submit(e)}>
      <RiskChoiceNotes />
      <FactsFields facts={facts} onChange={setFacts} />
      <JudgementFields reasons={reasons} onChange={setReasons} />
      <IndicatedClass assessment={assessment} />
      <label className="field">
        <span className="field-label">{t('riskClasses.propose.toClass')}</span>
        <select data-testid="risk-to-class" value={toClass} onChange={(e) => setToClass(e.target.value as RiskClass)}>
          {RISK_CLASSES.filter((cls) => cls !== current).map((cls) => (
            <option key={cls} value={cls}>
              {riskClassLabel(cls, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('riskClasses.propose.reason')}</span>
        <textarea data-testid="risk-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="risk-propose-submit">
          {t('riskClasses.propose.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('riskClasses.propose.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Where the source is silent, what the app decided (the pack's choice notes). */
function RiskChoiceNotes() {
  const { i18n } = useTranslation();
  return (
    <ul className="field-hint" data-testid="risk-choices" lang={noteLang(i18n.language)}>
      {Object.values(RISK_CLASS_CHOICES).map((note) => (
        <li key={note.en}>{noteText(note, i18n.language)}</li>
      ))}
    </ul>
  );
}

/** The class the listed cases give, and which of them are met, as the facts and judgements are filled. */
function IndicatedClass({ assessment }: { assessment: ReturnType<typeof assessRiskClass> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p data-testid="risk-indicated">
        <strong>{t('riskClasses.propose.indicated', { cls: riskClassLabel(assessment.indicated, i18n.language) })}</strong>
      </p>
      {assessment.met.length === 0 ? (
        <p className="field-hint">{t('riskClasses.propose.noneMet')}</p>
      ) : (
        <ul className="risk-met" aria-label={t('riskClasses.propose.met')}>
          {assessment.met.map((criterion) => (
            <li key={criterion.id}>{criterionLabel(criterion.id, i18n.language)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
