import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/domain/roles';
import { assessRiskClass, reclassificationDue } from '../../../shared/risk-classes/assess';
import { RISK_CLASS_MEASURES, RISK_CLASS_PACK_SOURCE, type Judgement } from '../../../shared/risk-classes/pack';
import { noteText } from '../../../shared/sources/choice-note';
import { useCitation } from '../../components/SourceCitation';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { useSessionStore } from '../../stores/session-store';
import { RiskCadencePanel } from './RiskCadencePanel';
import { RiskScreeningPanel } from './RiskScreeningPanel';
import { RiskClassHistory } from './RiskClassHistory';
import { RiskPendingPanel } from './RiskPendingPanel';
import { RiskProposeForm } from './RiskProposeForm';
import { RiskPrintButtons } from './risk-print/RiskPrintButtons';
import { riskClassLabel } from './risk-class-text';

/**
 * 风险分类 on the customer file (seed000 第二篇 授信客户风险防控和化解管理办法): the class with its
 * management measures (三、), the reclassification awaiting a step, the proposal form and the history.
 */
export function RiskClassSection({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const risk = useRiskClassesStore((s) => s.byCustomer[customerId]);
  const error = useRiskClassesStore((s) => s.error);
  const fetchOne = useRiskClassesStore((s) => s.fetchOne);
  const user = useSessionStore((s) => s.user);
  const mayPropose = !!user && hasPermission(user.roles, 'riskClass.propose');
  const [proposing, setProposing] = useState(false);
  const section = useRef<HTMLElement>(null);
  const lang = i18n.language;

  useEffect(() => {
    void fetchOne(customerId);
  }, [fetchOne, customerId]);

  if (!risk) return <ErrorBanner messages={error ? [errorText(error, t)] : []} />;
  const last = risk.history[0];
  const lastAssessment = last ? assessRiskClass(last.facts, last.judgements.map((j) => j.judgement as Judgement)) : null;
  return (
    <section className="customer-file-section" data-testid="risk-class" ref={section}>
      <h3>{t('riskClasses.title')}</h3>
      <p className="field-hint">{t('riskClasses.hint', { source: cite(RISK_CLASS_PACK_SOURCE) })}</p>
      <p data-testid="risk-current">
        {t('riskClasses.current')}: <strong>{risk.history.length === 0 ? t('riskClasses.neverClassed') : riskClassLabel(risk.current, lang)}</strong>
        {risk.since && <span className="customer-meta"> {t('riskClasses.since', { at: formatInstant(risk.since, timeZone) })}</span>}
      </p>
      {RISK_CLASS_MEASURES[risk.current].length > 0 && (
        <>
          <h4>{t('riskClasses.measures')}</h4>
          <ul className="risk-measures" data-testid="risk-measures">
            {RISK_CLASS_MEASURES[risk.current].map((measure) => (
              <li key={measure.text.zh}>
                {noteText(measure.text, lang)} <small className="customer-meta">（{cite(measure.source)}）</small>
              </li>
            ))}
          </ul>
        </>
      )}
      <RiskCadencePanel customerId={customerId} riskClass={risk.current} cadence={risk.cadence} />
      <RiskScreeningPanel customerId={customerId} risk={risk} />
      {!risk.creditIncreaseAllowed && <p className="field-hint">{t('riskClasses.creditIncreaseBarred')}</p>}
      {lastAssessment && reclassificationDue(risk.current, lastAssessment) && <p className="field-hint">{t('riskClasses.propose.due', { cls: riskClassLabel(lastAssessment.indicated, lang) })}</p>}
      {risk.pending && <RiskPendingPanel proposal={risk.pending} />}
      {!risk.pending && mayPropose && !proposing && (
        <button type="button" className="button" data-testid="risk-propose" onClick={() => setProposing(true)}>
          {t('riskClasses.propose.open')}
        </button>
      )}
      {proposing && <RiskProposeForm customerId={customerId} current={risk.current} lastFacts={last?.facts ?? null} onDone={() => setProposing(false)} />}
      <RiskPrintButtons customerId={customerId} risk={risk} anchor={() => section.current?.closest('.page') ?? null} />
      <RiskClassHistory history={risk.history} />
      {risk.rejected.length > 0 && <p className="customer-meta">{t('riskClasses.history.rejected', { n: risk.rejected.length })}</p>}
    </section>
  );
}
