import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/api/grading';
import { useCitation } from '../../../components/SourceCitation';
import { pick } from '../../settings/rule-pack-text';

/** What the grade calls for beyond its deadlines: escalations, invalid reasons met and who must be notified, each with its source. */
export function GradeAlerts({ grade }: { grade: Grade }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  return (
    <>
      <AlertList className="grade-alert" testId="grade-escalations" title={t('grading.escalations')}>
        {grade.escalations.map((e) => (
          <li key={e.code}>
            {pick(e.label, lang)}
            <small className="grade-source">{cite(e.source)}</small>
          </li>
        ))}
      </AlertList>
      <AlertList className="grade-alert" testId="grade-invalid-reasons" title={t('grading.invalidReasonsMet')}>
        {grade.invalidReasons.map((r) => (
          <li key={r.code}>
            {pick(r.label, lang)}
            <small className="grade-source">{r.source}</small>
          </li>
        ))}
      </AlertList>
      <AlertList className="grade-notify" testId="grade-notifications" title={t('grading.notifications')}>
        {grade.notifications.map((n, i) => (
          <li key={i}>
            {n.notify.map((who) => pick(who, lang)).join(t('common.listSeparator'))}
            {n.confirmByPhone && <span className="grade-tag">{t('rulePack.confirmByPhone')}</span>}
            <small className="grade-source">{cite(n.source)}</small>
          </li>
        ))}
      </AlertList>
    </>
  );
}

/** A titled list, left out when it has no entries. */
function AlertList({ className, testId, title, children }: { className: string; testId: string; title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <div className={className} data-testid={testId}>
      <h4>{title}</h4>
      <ul>{children}</ul>
    </div>
  );
}
