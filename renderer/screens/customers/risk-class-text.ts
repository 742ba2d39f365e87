import { noteText } from '../../../shared/sources/choice-note';
import { RISK_CLASS_LABELS, RISK_CRITERIA, type Judgement, type RiskClass } from '../../../shared/risk-classes/pack';

/** A class as the reader's language names it (第二类（预警管理） / Class 2 (early-warning management)). */
export function riskClassLabel(cls: RiskClass, lang: string): string {
  return noteText(RISK_CLASS_LABELS[cls], lang);
}

/** A criterion met, by its id, in the reader's language. */
export function criterionLabel(id: string, lang: string): string {
  const criterion = RISK_CRITERIA.find((c) => c.id === id);
  return criterion ? noteText(criterion.label, lang) : id;
}

/** A judgement the proposer ticks, named by the criterion it belongs to. */
export function judgementLabel(judgement: Judgement, lang: string): string {
  const criterion = RISK_CRITERIA.find((c) => c.judgement === judgement);
  return criterion ? noteText(criterion.label, lang) : judgement;
}
