import { useTranslation } from 'react-i18next';
import type { RemarkRow } from '../../../shared/sync/console-api';
import { formatInstant } from '../../lib/zoned-time';
import { classLabel } from '../class-labels';

/** Head office's remarks on this complaint, newest first: who, when, what, and the version it was based on. */
export function RemarkList({ remarks, rulePackId }: { remarks: readonly RemarkRow[]; rulePackId: string | null }) {
  const { t } = useTranslation();
  if (remarks.length === 0) return <p className="muted">{t('console.remarks.none')}</p>;
  return (
    <ol className="console-history console-remarks" data-testid="remark-list">
      {remarks.map((r) => (
        <li key={r.id} data-testid="remark-item">
          <p>
            <span className="nowrap">{formatInstant(r.at)}</span> <strong>{r.author}</strong> <span className="muted">{t('console.remarks.basedOn', { version: r.basedOnVersion })}</span>
          </p>
          {r.remark && <p className="content-text">{r.remark}</p>}
          {r.classCode && <p>{t('console.remarks.decided', { label: classLabel(rulePackId, r.classCode) })}</p>}
          {r.note && <p className="muted">{t('console.remarks.noteShown', { note: r.note })}</p>}
        </li>
      ))}
    </ol>
  );
}
