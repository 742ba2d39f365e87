import { useTranslation } from 'react-i18next';
import type { ComplaintDetail, ComplaintRemark } from '../../../shared/api/complaints';
import { hasPermission } from '../../../shared/domain/roles';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { classLabel } from '../settings/rule-pack-text';
import { useComplaintRemarks } from './use-complaint-remarks';
import './head-office-remarks.css';

type Decision = ComplaintRemark['decisions'][number];

/**
 * 总部批注 on the complaint itself, above its facts: head office's words, who
 * wrote them and when they came, and each decision (a class change …) with
 * what the merge did. A decision that met a site change waits as a conflict,
 * resolved on the sync page; once resolved it says how and by whom.
 * Nothing is shown for a complaint head office has not remarked on.
 */
export function HeadOfficeRemarks({ complaint, pack }: { complaint: ComplaintDetail; pack: RulePack | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { items, error } = useComplaintRemarks(complaint.id, complaint.version);
  if (error) return <ErrorBanner messages={[errorText(error, t)]} />;
  if (items.length === 0) return null;
  return (
    <section className="panel head-office-remarks" data-testid="complaint-remarks" aria-labelledby="complaint-remarks-title">
      <h3 id="complaint-remarks-title">{t('complaintRemarks.title')}</h3>
      <ol className="head-office-remark-list">
        {items.map((r) => (
          <li key={`${r.remarkId}:${r.version}`} data-testid="complaint-remark">
            {r.remark && (
              <p className="head-office-remark-text" data-testid="complaint-remark-text">
                {r.remark}
              </p>
            )}
            <p className="muted" data-testid="complaint-remark-meta">
              {t('complaintRemarks.meta', { author: r.author ?? t('complaintRemarks.headOffice'), at: formatInstant(r.mergedAt, timeZone) })}
            </p>
            {r.note && <p data-testid="complaint-remark-note">{t('complaintRemarks.note', { note: r.note })}</p>}
            {r.decisions.map((d) => (
              <DecisionLine key={d.field} decision={d} pack={pack} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

function DecisionLine({ decision, pack }: { decision: Decision; pack: RulePack | null }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  const go = useNavigationStore((s) => s.go);
  const { field, value, outcome, conflict } = decision;
  const shown = value === null || value === '' ? t('sync.conflicts.empty') : field === 'classCode' && typeof value === 'string' && pack ? classLabel(pack, value, i18n.language) : typeof value === 'string' ? value : JSON.stringify(value);
  const what = t('complaintRemarks.decision', { field: t(`sync.conflicts.fields.${field}`, { defaultValue: field }), value: shown });
  let result: string;
  if (conflict?.resolution) {
    result = t(`complaintRemarks.resolved.${conflict.resolution}`, { by: conflict.resolvedByName ?? '', at: conflict.resolvedAt ? formatInstant(conflict.resolvedAt, timeZone) : '' });
  } else if (conflict) {
    result = t('complaintRemarks.waiting');
  } else {
    result = t(`syncRemarks.outcomes.${outcome}`);
  }
  return (
    <p className={conflict && !conflict.resolution ? 'head-office-decision waiting' : 'head-office-decision'} data-testid="complaint-remark-decision">
      <span>{what}</span>
      <span className="muted"> — {result}</span>
      {conflict && !conflict.resolution && hasPermission(roles, 'sync.read') && (
        <>
          {' '}
          <button type="button" className="link-button" data-testid="complaint-remark-resolve" onClick={() => go({ page: 'sync' })}>
            {t('complaintRemarks.resolveOnSyncPage')}
          </button>
        </>
      )}
    </p>
  );
}
