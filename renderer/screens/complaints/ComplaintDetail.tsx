import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { GradePanel } from './grading/GradePanel';
import { OverrideClass } from './grading/OverrideClass';
import { useSitePack } from './grading/use-site-pack';

/** One record, every field; always re-read from the core so it shows what was stored. */
export function ComplaintDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const complaint = useComplaintsStore((s) => s.byId[id]);
  const error = useComplaintsStore((s) => s.error);
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const go = useNavigationStore((s) => s.go);
  const user = useSessionStore((s) => s.user);
  const pack = useSitePack();
  const mayGrade = !!user && hasPermission(user.roles, 'complaint.grade');

  useEffect(() => {
    void fetchOne(id);
  }, [fetchOne, id]);

  const none = <span className="muted">{t('complaintDetail.none')}</span>;

  return (
    <section className="page" data-testid="complaint-detail">
      <div className="page-header">
        <h2 className="page-title">{t('complaintDetail.title')}</h2>
        <button type="button" className="button" autoFocus onClick={() => go({ page: 'complaints' })}>
          {t('complaintDetail.back')}
        </button>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {!complaint ? (
        <p className="muted">{t('complaintDetail.loading')}</p>
      ) : (
        <div className="complaint-detail-layout">
          <dl className="details">
            <Item label={t('complaints.serial')}>
              <strong className="serial" data-testid="detail-serial">
                {complaint.serial}
              </strong>
            </Item>
            <Item label={t('complaintDetail.status')}>{t(`complaintStatuses.${complaint.status}`)}</Item>
            <Item label={t('complaintForm.kind')}>{t(`kinds.${complaint.kind}`)}</Item>
            <Item label={t('complaintForm.channel')}>{t(`channels.${complaint.channel}`)}</Item>
            <Item label={t('complaintForm.customerName')}>{complaint.customerName}</Item>
            <Item label={t('complaintForm.customerPhone')}>{complaint.customerPhone ?? none}</Item>
            <Item label={t('complaintForm.content')} wide>
              <p className="content-text">{complaint.content}</p>
            </Item>
            <Item label={t('complaintForm.remedy')}>{complaint.remedy ? t(`remedies.${complaint.remedy}`) : none}</Item>
            <Item label={t('complaints.firstReceiver')}>{complaint.firstReceiverName}</Item>
            <Item label={t('complaintForm.receivedAt')}>{formatInstant(complaint.receivedAt, timeZone)}</Item>
            <Item label={t('complaintDetail.enteredAt')}>{formatInstant(complaint.enteredAt, timeZone)}</Item>
            <Item label={t('complaintDetail.updatedAt')}>{formatInstant(complaint.updatedAt, timeZone)}</Item>
          </dl>
          <div className="complaint-detail-grading">
            <GradePanel grade={complaint.grade} pack={pack} />
            {mayGrade && pack && complaint.grade && <OverrideClass key={complaint.version} complaint={complaint} pack={pack} />}
          </div>
        </div>
      )}
    </section>
  );
}

function Item({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'detail-item wide' : 'detail-item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
