import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CreditGrading } from '../../../../shared/api/credit';
import { CREDIT_PACK } from '../../../../shared/credit/credit-pack';
import { hasPermission } from '../../../../shared/domain/roles';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useLoaded } from '../../../hooks/use-loaded';
import { useCitation } from '../../../components/SourceCitation';
import { errorText } from '../../../lib/error-text';
import { useSessionStore } from '../../../stores/session-store';
import { CreditGradingHistory } from './CreditGradingEntry';
import { CreditGradingForm } from './CreditGradingForm';
import { CreditCurrentLine, CreditLimitInForce } from './CreditLimitInForce';
import { CreditGradingPrint } from './print/CreditGradingPrint';
import './credit.css';

/**
 * 信用等级 on a customer's file (seed002 客户管理制度3): the grade in force and
 * the limit in force with its adjustments (第四十一条), a
 * new grading for those who propose, every grading with its steps for those who
 * review and approve, and the forms to print.
 */
export function CreditSection({ customerId, onRecorded }: { customerId: string; /** After a grading or a step is stored. */ onRecorded?: () => void }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const user = useSessionStore((s) => s.user);
  const mayPropose = !!user && hasPermission(user.roles, 'credit.propose');
  const { value: file, failure, load } = useLoaded(useCallback(() => api.call('credit.file', { customerId }), [customerId]));
  const [grading, setGrading] = useState(false);
  const [printed, setPrinted] = useState<CreditGrading | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  const section = useRef<HTMLElement>(null);
  // Print once the sheet has rendered.
  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);


  return (
    <section className="customer-file-section credit-section" data-testid="credit-section" ref={section}>
      <h3>{t('credit.title')}</h3>
      <p className="field-hint">{t('credit.hint', { source: cite(CREDIT_PACK.source) })}</p>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <CreditCurrentLine current={file?.current ?? null} />
      {file && <CreditLimitInForce file={file} />}
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
            if (made) {
              void load();
              onRecorded?.();
            }
          }}
        />
      )}
      <CreditGradingHistory
        gradings={file?.gradings ?? null}
        onChanged={() => {
          void load();
          onRecorded?.();
        }}
        onPrint={(g) => {
          setPrinted(g);
          setPrintRequest((n) => n + 1);
        }}
      />
      {/* The sheet sits directly in the page, where the print style sheet (renderer/styles/paper.css) shows it alone. */}
      {printed && createPortal(<CreditGradingPrint grading={printed} />, section.current?.closest('.page') ?? document.body)}
    </section>
  );
}
