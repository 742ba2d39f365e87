import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, complaintDetailSchema, type ComplaintDetail } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatInstant } from '../../lib/zoned-time';
import { consoleCall } from '../api/console-client';
import { classLabel } from '../class-labels';
import { useConsoleNav } from '../stores/console-nav-store';
import { ComplaintCaseReportLink } from './ComplaintCaseReportLink';
import { ComplaintStatusTag } from './ComplaintStatusTag';
import { ComplaintTimeline } from './ComplaintTimeline';
import { PayloadFields } from './PayloadFields';
import { RemarkForm } from './RemarkForm';
import { RemarkList } from './RemarkList';
import { RevealPersonalButton } from './RevealPersonalButton';

/** One complaint as its site last sent it, with the handling records sent for it, and head office's remarks on it. */
export function ComplaintDetailScreen({ siteId, id }: { siteId: string; id: string }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const [detail, setDetail] = useState<ComplaintDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    consoleCall('GET', CONSOLE_PATHS.complaint(siteId, id), complaintDetailSchema).then(
      (loaded) => {
        setDetail(loaded);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [siteId, id]);
  useEffect(load, [load]);

  return (
    <section className="page" data-testid="complaint-detail">
      <button type="button" className="link-button" onClick={() => go({ page: 'complaints' })}>
        ← {t('console.complaints.back')}
      </button>
      <ErrorBanner messages={error ? [error] : []} />
      {detail && (
        <>
          <header className="page-header">
            <h2 className="page-title">
              {t('console.complaints.detailTitle', { serial: detail.row.serial ?? detail.row.id })} <ComplaintStatusTag status={detail.row.status} />
            </h2>
          </header>
          <dl className="details">
            <Item label={t('console.complaints.site')} value={`${detail.row.siteCode} ${detail.siteName}`} />
            <Item label={t('console.complaints.received')} value={formatInstant(detail.row.receivedAt)} />
            <Item label={t('console.complaints.due')} value={`${formatInstant(detail.row.dueAt)}${detail.row.overdue ? ` (${t('console.complaints.overdue')})` : ''}`} />
            <Item label={t('console.complaints.version')} value={String(detail.version)} />
          </dl>
          <h3>{t('console.complaints.payload')}</h3>
          <PayloadFields payload={detail.payload} classLabel={(code) => classLabel(detail.rulePackId, code)} rulePackId={detail.rulePackId} />
          <RevealPersonalButton siteId={detail.row.siteId} entity="complaint" id={detail.row.id} />
          <ComplaintCaseReportLink siteId={detail.row.siteId} complaintId={detail.row.id} />
          <h3>{t('console.complaints.history')}</h3>
          <ComplaintTimeline detail={detail} />
          <h3>{t('console.remarks.title')}</h3>
          <RemarkList remarks={detail.remarks} rulePackId={detail.rulePackId} />
          <RemarkForm detail={detail} onWritten={load} />
        </>
      )}
    </section>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
