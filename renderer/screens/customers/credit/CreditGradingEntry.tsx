import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { CREDIT_CHAIN } from '../../../../shared/credit/credit-approval';
import { CREDIT_PACK } from '../../../../shared/credit/credit-pack';
import { hasPermission } from '../../../../shared/domain/roles';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { CreditCriteriaTable } from './CreditCriteriaTable';
import { CreditDecision } from './CreditDecision';
import { CreditOutcomeLine } from './CreditOutcomeLine';

/** 评定记录: every grading of the customer, newest first, each with its steps (null while the file loads). */
export function CreditGradingHistory({ gradings, onChanged, onPrint }: { gradings: CreditGrading[] | null; onChanged: () => void; onPrint: (grading: CreditGrading) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('credit.history', { n: gradings?.length ?? 0 })}</h4>
      {gradings && gradings.length === 0 && <p className="muted">{t('credit.historyEmpty')}</p>}
      <ul className="credit-history" data-testid="credit-history">
        {gradings?.map((g) => <CreditGradingEntry key={`${g.id}-${g.steps.length}`} grading={g} onChanged={onChanged} onPrint={() => onPrint(g)} />)}
      </ul>
    </>
  );
}

const NEXT_STEP: Partial<Record<CreditGrading['status'], 'review' | 'approve'>> = { proposed: 'review', reviewed: 'approve' };

/** One grading of the history: grade and status, who proposed, each step taken, the step awaited (with its form for the role that takes it), the criteria, print. */
export function CreditGradingEntry({ grading, onChanged, onPrint }: { grading: CreditGrading; onChanged: () => void; onPrint: () => void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const next = NEXT_STEP[grading.status];
  const nextRule = next ? CREDIT_CHAIN.find((r) => r.step === next)! : null;
  const mayTakeNext = !!user && !!nextRule && hasPermission(user.roles, nextRule.permission);
  const judgedBy = Object.fromEntries(grading.judgements.map((j) => [j.id, `${j.byName} ${formatInstant(j.at, timeZone)}`]));
  return (
    <li className="credit-entry" data-testid={`credit-grading-${grading.id}`} data-status={grading.status}>
      <details open={grading.status !== 'approved' && grading.status !== 'rejected'}>
        <summary>
          <strong className={`credit-grade credit-grade-${grading.grade}`}>{t(`credit.grades.${grading.grade}`)}</strong> · <span className="status-tag">{t(`credit.statuses.${grading.status}`)}</span> ·{' '}
          {t('credit.proposedBy', { name: grading.proposedByName, time: formatInstant(grading.proposedAt, timeZone) })}
        </summary>
        <p className="muted">{t('credit.packVersion', { pack: CREDIT_PACK.name[lang], version: grading.packVersion })}</p>
        <p className="content-text">{grading.reason}</p>
        <ol className="credit-steps" data-testid="credit-steps">
          {grading.steps.map((s) => (
            <li key={s.step}>
              {t('credit.stepDone', { step: t(`credit.steps.${s.step}`), name: s.decidedByName, decision: t(`credit.decisions.${s.decision}`), time: formatInstant(s.decidedAt, timeZone) })}
              {s.reason && `：${s.reason}`}
            </li>
          ))}
          {nextRule && <li className="muted">{t('credit.stepWaiting', { step: t(`credit.steps.${nextRule.step}`), who: nextRule.sourcePost[lang] })}</li>}
        </ol>
        {next && mayTakeNext && <CreditDecision grading={grading} step={next} onDecided={onChanged} />}
        <CreditCriteriaTable grade="A" results={grading.criteria} judgedBy={judgedBy} />
        <CreditCriteriaTable grade="C" results={grading.criteria} judgedBy={judgedBy} />
        <CreditOutcomeLine outcome={grading} />
        <button type="button" className="button no-print" data-testid="credit-print" onClick={onPrint}>
          {t('credit.print')}
        </button>
      </details>
    </li>
  );
}
