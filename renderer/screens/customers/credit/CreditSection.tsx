import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CreditFile, CreditGrading } from '../../../../shared/api/credit';
import { CREDIT_PACK } from '../../../../shared/credit/credit-pack';
import { hasPermission } from '../../../../shared/domain/roles';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatCalendarDate } from '../../../lib/locale-format';
import { useSessionStore } from '../../../stores/session-store';
import { CreditGradingEntry } from './CreditGradingEntry';
import { CreditGradingForm } from './CreditGradingForm';
import { CreditGradingPrint } from './print/CreditGradingPrint';
import { yuan } from './credit-form-model';
import './credit.css';

/**
 * 信用等级 on a customer's file (seed002 客户管理制度3): the grade in force, a
 * new grading for those who propose, every grading with its steps for those who
 * review and approve, and the forms to print.
 */
export function CreditSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const user = useSessionStore((s) => s.user);
  const mayPropose = !!user && hasPermission(user.roles, 'credit.propose');
  const [file, setFile] = useState<CreditFile | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [grading, setGrading] = useState(false);
  const [printed, setPrinted] = useState<CreditGrading | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  const section = useRef<HTMLElement>(null);
  // Print once the sheet has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);

  const load = useCallback(async () => {
    try {
      setFile(await api.call('credit.file', { customerId }));
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, [customerId]);
  useEffect(() => void load(), [load]);

  const current = file?.current ?? null;
  return (
    <section className="customer-file-section credit-section" data-testid="credit-section" ref={section}>
      <h3>{t('credit.title')}</h3>
      <p className="field-hint">{t('credit.hint', { source: cite(CREDIT_PACK.source) })}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <p data-testid="credit-current">
        {t('credit.current')}
        {t('credit.colon')}
        {current ? (
          <>
            <strong className={`credit-grade credit-grade-${current.grade}`}>{t(`credit.grades.${current.grade}`)}</strong> · {t('credit.limit')}{' '}
            {current.creditLimit > 0 ? t('credit.limitValue', { amount: yuan(current.creditLimit), kind: t(`credit.creditKinds.${current.creditKind}`), days: current.termDays }) : t('credit.noCredit')}
            {current.reviewDueOn && <> · {t('credit.reviewDue')}
                {t('credit.colon')}
                {formatCalendarDate(current.reviewDueOn, currentLanguage())}</>}
          </>
        ) : (
          <span className="muted">{t('credit.none')}</span>
        )}
      </p>
      {mayPropose && !grading && (
        <button type="button" className="button" data-testid="credit-new" onClick={() => setGrading(true)}>
          {t('credit.newGrading')}
        </button>
      )}
      {grading && (
        <CreditGradingForm
          customerId={customerId}
          onDone={(made) => {
            setGrading(false);
            if (made) void load();
          }}
        />
      )}
      <h4>{t('credit.history', { n: file?.gradings.length ?? 0 })}</h4>
      {file && file.gradings.length === 0 && <p className="muted">{t('credit.historyEmpty')}</p>}
      <ul className="credit-history" data-testid="credit-history">
        {file?.gradings.map((g) => (
          <CreditGradingEntry
            key={`${g.id}-${g.steps.length}`}
            grading={g}
            onChanged={() => void load()}
            onPrint={() => {
              setPrinted(g);
              setPrintRequest((n) => n + 1);
            }}
          />
        ))}
      </ul>
      {/* The sheet sits directly in the page, where the print style sheet (renderer/styles/paper.css) shows it alone. */}
      {printed && createPortal(<CreditGradingPrint grading={printed} />, section.current?.closest('.page') ?? document.body)}
    </section>
  );
}
