import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { RevealPersonal } from '../../components/RevealPersonal';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { CustomerSignBadge } from '../customers/CustomerSignBadge';
import { DetailItem as Item } from './DetailItem';
import { RecordFieldItems } from './record-fields/RecordFieldItems';

type Props = { complaint: ComplaintDetail };

/** What was registered, where the case stands and who has it: the record's own fields. */
export function ComplaintFacts({ complaint }: Props) {
  return (
    <dl className="details">
      <FactsIdentity complaint={complaint} />
      <FactsCustomer complaint={complaint} />
      <RecordFieldItems complaint={complaint} />
      <FactsHandling complaint={complaint} />
      <FactsRepeats complaint={complaint} />
    </dl>
  );
}

/** The translator, the site's time zone, navigation and the muted "none" every part shows. */
function useFactsKit() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const none = <span className="muted">{t('complaintDetail.none')}</span>;
  return { t, timeZone, go, none };
}

/** Serial, status, kind and channel (with the opinion-book entry it came from). */
function FactsIdentity({ complaint }: Props) {
  const { t, go } = useFactsKit();
  return (
    <>
      <Item label={t('complaints.serial')}>
        <strong className="serial" data-testid="detail-serial">
          {complaint.serial}
        </strong>
      </Item>
      <Item label={t('complaintDetail.status')} testId="detail-status">
        <span className={`status-tag status-${complaint.status}`}>{t(`complaintStatuses.${complaint.status}`)}</span>
      </Item>
      <Item label={t('complaintForm.kind')}>{t(`kinds.${complaint.kind}`)}</Item>
      <Item label={t('complaintForm.channel')} testId="detail-channel">
        {t(`channels.${complaint.channel}`)}
        {complaint.fromOpinionEntry && (
          <>
            {' · '}
            <button type="button" className="link-button" data-testid="opinion-entry-link" onClick={() => go({ page: 'opinion-book' })}>
              {t('complaintDetail.fromOpinionEntry', { no: complaint.fromOpinionEntry.entryNo, date: complaint.fromOpinionEntry.entryDate })}
            </button>
          </>
        )}
      </Item>
    </>
  );
}

/** Who complained, what about, and the goods concerned. */
function FactsCustomer({ complaint }: Props) {
  const { t, go, none } = useFactsKit();
  return (
    <>
      <Item label={t('complaintForm.customerName')} testId="detail-customer">
        {/* The name as said at intake; the file (and its 投诉苗头 flag) as it is now. */}
        {complaint.customerId ? (
          <button type="button" className="link-button" data-testid="customer-link" onClick={() => go({ page: 'customer-detail', id: complaint.customerId! })}>
            {complaint.customerName}
          </button>
        ) : (
          complaint.customerName
        )}{' '}
        <CustomerSignBadge sign={complaint.customer?.sign} withReason />
      </Item>
      <Item label={t('complaintForm.customerPhone')}>{complaint.customerPhone ? <RevealPersonal kind="complaint" id={complaint.id} value={complaint.customerPhone} /> : none}</Item>
      <Item label={t('complaintForm.content')} wide>
        <p className="content-text">{complaint.content}</p>
      </Item>
      {complaint.product && <Item label={t('customerIntake.product')}>{complaint.product}</Item>}
      {complaint.batchNo && <Item label={t('customerIntake.batchNo')}>{complaint.batchNo}</Item>}
      {complaint.quantity !== null && (
        <Item label={t('customerIntake.quantity')}>
          {complaint.quantity}
          {complaint.quantityUnit ?? ''}
        </Item>
      )}
    </>
  );
}

/** Remedy, receipt, who holds the case and by when. */
function FactsHandling({ complaint }: Props) {
  const { t, timeZone, none } = useFactsKit();
  return (
    <>
      <Item label={t('complaintForm.remedy')}>{complaint.remedy ? t(`remedies.${complaint.remedy}`) : none}</Item>
      <Item label={t('complaints.firstReceiver')}>{complaint.firstReceiverName}</Item>
      <Item label={t('complaintForm.receivedAt')}>{formatInstant(complaint.receivedAt, timeZone)}</Item>
      <Item label={t('complaintDetail.enteredAt')}>{formatInstant(complaint.enteredAt, timeZone)}</Item>
      <Item label={t('complaintDetail.updatedAt')}>{formatInstant(complaint.updatedAt, timeZone)}</Item>
      <Item label={t('complaintDetail.subjectUser')} testId="detail-subject">
        {complaint.subjectUserName ?? none}
      </Item>
      <Item label={t('complaintDetail.assignee')} testId="detail-assignee">
        {complaint.assigneeName ?? none}
      </Item>
      <Item label={t('complaintDetail.unit')}>{complaint.unit ?? none}</Item>
      <Item label={t('complaintDetail.dueAt')}>{complaint.dueAt ? formatInstant(complaint.dueAt, timeZone) : none}</Item>
      <Item label={t('complaintDetail.escalationCount')} testId="detail-escalations">
        {complaint.escalationCount}
      </Item>
    </>
  );
}

/** The case it repeats, how often it was repeated, and the restatement and proposed solution. */
function FactsRepeats({ complaint }: Props) {
  const { t, go } = useFactsKit();
  const { repeatOf } = complaint;
  return (
    <>
      {repeatOf && (
        <Item label={t('complaintDetail.repeatOf')}>
          {/* The original opens in place; its own page links back through its events. */}
          <button type="button" className="link-button serial" data-testid="repeat-of-link" onClick={() => go({ page: 'complaint-detail', id: repeatOf.id })}>
            {repeatOf.serial}
          </button>
        </Item>
      )}
      {complaint.repeatCount > 0 && <Item label={t('complaintDetail.repeatCount')}>{t('complaintDetail.times', { n: complaint.repeatCount })}</Item>}
      {complaint.restatement && (
        <Item label={t('complaintDetail.restatement')} wide testId="detail-restatement">
          <p className="content-text">{complaint.restatement}</p>
        </Item>
      )}
      {complaint.proposedSolution && (
        <Item label={t('complaintDetail.proposedSolution')} wide>
          <p className="content-text">{complaint.proposedSolution}</p>
        </Item>
      )}
    </>
  );
}
