import { useTranslation } from 'react-i18next';
import type { RiskClassChange } from '../../../shared/api/risk-classes';
import { useCitation } from '../../components/SourceCitation';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { RISK_CLASS_PACK_SOURCE } from '../../../shared/risk-classes/pack';
import { criterionLabel, judgementLabel, riskClassLabel } from './risk-class-text';

/** Every class change of the customer, newest first, with its reason, inputs, people and the rules' version. */
export function RiskClassHistory({ history }: { history: RiskClassChange[] }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const cite = useCitation();
  const lang = i18n.language;
  return (
    <div data-testid="risk-history">
      <h4>{t('riskClasses.history.title', { n: history.length })}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('riskClasses.history.empty')}</p>
      ) : (
        <ol className="risk-history">
          {history.map((change) => (
            <li key={change.id} data-testid="risk-history-entry">
              <strong>{t('riskClasses.history.decided', { at: formatInstant(change.decidedAt, timeZone), from: riskClassLabel(change.fromClass, lang), to: riskClassLabel(change.toClass, lang) })}</strong>
              <div>{t('riskClasses.history.people', { proposer: change.proposedByName, reviewer: change.reviewedByName, decider: change.decidedByName })}</div>
              <div>
                {t('riskClasses.history.reason')}: {change.reason}
              </div>
              <div>
                {t('riskClasses.history.decisionNote')}: {change.decisionNote}
              </div>
              <div className="customer-meta">
                {t('riskClasses.history.facts', {
                  fiveLevel: t(`riskClasses.propose.fiveLevels.${change.facts.fiveLevel ?? 'none'}`),
                  warning: t(`riskClasses.propose.warnings.${change.facts.warning}`),
                  overdueDays: change.facts.overdueDays,
                  interestArrears: change.facts.interestArrears,
                  advances: change.facts.advances,
                })}
              </div>
              {change.met.length > 0 && (
                <div className="customer-meta">
                  {t('riskClasses.history.met')}: {change.met.map((id) => criterionLabel(id, lang)).join('；')}
                </div>
              )}
              {change.judgements.map((j) => (
                <div key={j.judgement} className="customer-meta">
                  {judgementLabel(j.judgement, lang)}: {j.reason}
                </div>
              ))}
              <small className="customer-meta">{t('riskClasses.pack', { source: cite(RISK_CLASS_PACK_SOURCE), version: change.packVersion })}</small>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
