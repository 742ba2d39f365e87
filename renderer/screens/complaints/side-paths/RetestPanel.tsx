import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retest, TestReportRecords } from '../../../../shared/api/test-reports';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useCitation } from '../../../components/SourceCitation';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatMoment } from '../../../lib/locale-format';
import { RetestForm } from './RetestForm';
import { WithdrawForm } from './WithdrawForm';
import './side-paths.css';

function RetestItem({ retest, onWithdraw }: { retest: Retest; onWithdraw: (() => void) | null }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const timeZone = useTimeZone();
  const moment = (iso: string) => formatMoment(iso, lang, timeZone);
  const w = retest.withdrawal;
  const basis = t(`sidePaths.retest.bases.${retest.sampleBasis}`);
  return (
    <li data-testid="retest">
      <div>
        {t('sidePaths.retest.line', { report: retest.reportNumber, sample: retest.sampleCode, basis, testers: retest.testerNames.join('、'), at: moment(retest.testedAt) })} · {cite(retest.source)}
      </div>
      {retest.resampleReason && <div>{t('sidePaths.retest.resampled', { reason: retest.resampleReason })}</div>}
      <div>{t('sidePaths.retest.result', { result: retest.result })}</div>
      <div data-testid="retest-verdict">{t(retest.originalCorrect ? 'sidePaths.retest.stands' : 'sidePaths.retest.wrong')}</div>
      {!retest.originalCorrect && (
        <div data-testid="retest-withdrawal" className={w ? undefined : 'side-path-due'}>
          {w
            ? `${t('sidePaths.retest.withdrawn', { reason: w.reason, by: w.approvedByName, at: moment(w.withdrawnAt), corrected: w.correctedReportNumber })} · ${cite(w.source)}`
            : t('sidePaths.retest.notWithdrawn')}
        </div>
      )}
      {onWithdraw && !retest.originalCorrect && !w && (
        <button type="button" className="button small" data-testid="retest-withdraw" onClick={onWithdraw}>
          {t('sidePaths.retest.withdraw')}
        </button>
      )}
    </li>
  );
}

/**
 * 复检与报告收回作废 on a data appeal where the pack offers it (seed002 客户管理制度6 2.2.2–2.2.5): each re-test with
 * its sample, two testers and verdict; a wrong original's withdrawal and voiding with the signatory's approval.
 */
export function RetestPanel({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const [records, setRecords] = useState<TestReportRecords | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form, setForm] = useState<{ kind: 'retest' } | { kind: 'withdraw'; retestId: string } | null>(null);
  const load = useCallback(() => {
    api.call('testReports.get', { complaintId }).then(setRecords, setError);
  }, [complaintId]);
  useEffect(load, [load]);
  const saved = (next: TestReportRecords) => {
    setRecords(next);
    setForm(null);
  };
  if (!records) return error ? <ErrorBanner messages={[errorText(error, t)]} /> : null;
  if (!records.offered) return null;
  return (
    <section className="panel" data-testid="retest-panel" aria-label={t('sidePaths.retest.title')}>
      <h3>{t('sidePaths.retest.title')}</h3>
      {records.retests.length === 0 && <p className="muted">{t('sidePaths.retest.none')}</p>}
      <ul>
        {records.retests.map((r) => (
          <RetestItem key={r.id} retest={r} onWithdraw={form ? null : () => setForm({ kind: 'withdraw', retestId: r.id })} />
        ))}
      </ul>
      {form?.kind === 'withdraw' && <WithdrawForm retestId={form.retestId} onSaved={saved} onCancel={() => setForm(null)} />}
      {form?.kind === 'retest' && <RetestForm complaintId={complaintId} onSaved={saved} onCancel={() => setForm(null)} />}
      {!form && (
        <button type="button" className="button" data-testid="retest-new" onClick={() => setForm({ kind: 'retest' })}>
          {t('sidePaths.retest.newRetest')}
        </button>
      )}
    </section>
  );
}
