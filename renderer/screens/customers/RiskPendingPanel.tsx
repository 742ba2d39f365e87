import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskClassProposal } from '../../../shared/api/risk-classes';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { useSessionStore } from '../../stores/session-store';
import { criterionLabel, riskClassLabel } from './risk-class-text';

/**
 * The reclassification awaiting a step (二(二) review, 二(三) decision). The buttons follow the reader's
 * rights; the core still checks them and, refusing, names who may.
 */
export function RiskPendingPanel({ proposal }: { proposal: RiskClassProposal }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const [failure, setFailure] = useState<unknown>(null);
  const step = proposal.status === 'proposed' ? 'review' : 'decide';
  // 二(二): the review is another's opinion on the proposal, so its proposer is not offered it (the core refuses it too).
  const ownProposal = user?.id === proposal.proposed.byId;
  const mayAct = !!user && hasPermission(user.roles, step === 'review' ? 'riskClass.review' : 'riskClass.decide') && !(step === 'review' && ownProposal);
  return (
    <div className="risk-pending" data-testid="risk-pending">
      <ProposalFacts proposal={proposal} />
      {mayAct && <StepButtons proposal={proposal} step={step} onFailure={setFailure} />}
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
    </div>
  );
}

/** The change proposed, by whom and why, the criteria met and the review so far. */
function ProposalFacts({ proposal }: { proposal: RiskClassProposal }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const lang = i18n.language;
  return (
    <>
      <h4>
        {t('riskClasses.pending.title')}: {t('riskClasses.pending.change', { from: riskClassLabel(proposal.fromClass, lang), to: riskClassLabel(proposal.toClass, lang) })}{' '}
        <span className="status-tag">{t(`riskClasses.status.${proposal.status}`)}</span>
      </h4>
      <p>{t('riskClasses.pending.proposedBy', { name: proposal.proposed.byName, at: formatInstant(proposal.proposed.at, timeZone) })}: {proposal.proposed.note}</p>
      <p className="field-hint">{t('riskClasses.propose.indicated', { cls: riskClassLabel(proposal.indicatedClass, lang) })}</p>
      <ul className="risk-met">
        {proposal.met.map((id) => (
          <li key={id}>{criterionLabel(id, lang)}</li>
        ))}
      </ul>
      {proposal.reviewed && <p>{t('riskClasses.pending.reviewedBy', { name: proposal.reviewed.byName, at: formatInstant(proposal.reviewed.at, timeZone) })}: {proposal.reviewed.note}</p>}
    </>
  );
}

/** The note and the step's buttons: 审核 for a proposal, 批准 / 驳回 for a reviewed one. */
function StepButtons({ proposal, step, onFailure }: { proposal: RiskClassProposal; step: 'review' | 'decide'; onFailure: (error: unknown) => void }) {
  const { t } = useTranslation();
  const { review, decide } = useRiskClassesStore();
  const [note, setNote] = useState('');
  const act = async (work: () => Promise<void>) => {
    onFailure(null);
    try {
      await work();
      setNote('');
    } catch (error) {
      onFailure(error);
    }
  };
  const decideWith = (approve: boolean) => () => void act(() => decide(proposal.customerId, { proposalId: proposal.id, approve, note }));
  return (
    <div className="toolbar">
      <label>
        {t('riskClasses.pending.note')} <input data-testid="risk-step-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {step === 'review' ? (
        <button type="button" className="button primary" data-testid="risk-review" onClick={() => void act(() => review(proposal.customerId, { proposalId: proposal.id, note }))}>
          {t('riskClasses.pending.review')}
        </button>
      ) : (
        <>
          <button type="button" className="button primary" data-testid="risk-approve" onClick={decideWith(true)}>
            {t('riskClasses.pending.approve')}
          </button>
          <button type="button" className="button" data-testid="risk-reject" onClick={decideWith(false)}>
            {t('riskClasses.pending.reject')}
          </button>
        </>
      )}
    </div>
  );
}
