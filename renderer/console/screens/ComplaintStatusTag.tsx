import { useTranslation } from 'react-i18next';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../shared/domain/workflow';

/** The app's status tag; a status this console does not know is shown as sent. */
export function ComplaintStatusTag({ status }: { status: string | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  if (!COMPLAINT_STATUSES.includes(status as ComplaintStatus)) return <span className="status-tag">{status}</span>;
  return <span className={`status-tag status-${status}`}>{t(`complaintStatuses.${status as ComplaintStatus}`)}</span>;
}
