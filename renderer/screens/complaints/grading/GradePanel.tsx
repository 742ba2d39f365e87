import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/api/grading';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { classLabel, milestoneText, pick } from '../../settings/rule-pack-text';
import { ClockStartLine } from './ClockStartLine';
import { deadlineDuration, detailText, isHighestClass, remainingText } from './grade-text';
import './grading.css';
import './grading-inputs.css';
import { useCitation } from '../../../components/SourceCitation';

/** The clock the remaining times count against; moves on every half minute. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

interface GradePanelProps {
  grade: Grade | null;
  /** The pack version the grade names (for wording: durations, class names). */
  pack: RulePack | null | undefined;
  /** A newer grading is on its way (the form's live preview). */
  pending?: boolean;
  /** Suggestions and inquiries have no complaint class, only their time limits (seed004 §D). */
  kind?: ComplaintKind;
}

/** The class, why (each criterion, fired or not, with its source) and the deadlines that follow from it. */
export function GradePanel({ grade, pack, pending, kind = 'complaint' }: GradePanelProps) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const timeZone = useTimeZone();
  const now = useNow();

  return (
    <aside className="grade-panel" data-testid="grade-panel" aria-live="polite" aria-busy={pending ? 'true' : 'false'}>
      <div className="grade-panel-head">
        <h3>{t('grading.panel')}</h3>
        {pending && <span className="muted grade-pending">{t('grading.computing')}</span>}
      </div>
      {!grade ? (
        <p className="muted">{pending ? t('grading.computing') : t('grading.noPack')}</p>
      ) : (
        <>
          {kind === 'complaint' ? (
            <div className="grade-class-line">
              <span className="muted">{t('grading.class')}</span>
              <span className={isHighestClass(grade, pack) ? 'grade-badge high' : 'grade-badge'} data-testid="grade-class">
                {pick(grade.classLabel, lang)}
              </span>
            </div>
          ) : (
            <p className="muted" data-testid="grade-unclassed">
              {t('grading.unclassed', { kind: t(`kinds.${kind}`) })}
            </p>
          )}
          <p className="muted grade-pack" data-testid="grade-pack">
            {t('grading.packUsed', { pack: pack && pack.id === grade.packId ? pick(pack.name, lang) : grade.packId, version: grade.packVersion })}
          </p>
          {grade.override && (
            <div className="grade-override" data-testid="grade-override">
              <p>
                {t('grading.overridden', {
                  name: grade.override.byName,
                  label: pick(grade.classLabel, lang),
                  computed: pack ? classLabel(pack, grade.computedClass, lang) : grade.computedClass,
                })}
              </p>
              <p className="muted">{t('grading.overrideReasonShown', { reason: grade.override.reason })}</p>
            </div>
          )}

          <h4>{t('grading.deadlines')}</h4>
          {grade.deadlines.length === 0 && <p className="muted">{t('grading.noDeadlines')}</p>}
          <table className="grade-deadlines">
            <tbody>
              {grade.deadlines.map((d, i) => (
                <tr key={`${d.step}-${i}`} data-testid={`deadline-${d.step}`} className={d.overdue ? 'overdue' : d.done ? 'done' : undefined}>
                  <th scope="row">
                    {milestoneText(d.milestone, t)}
                    {d.label && <span className="grade-step">{pick(d.label, lang)}</span>}
                    <small className="grade-source">{deadlineDuration(pack, grade.classCode, d, t)}</small>
                    <ClockStartLine deadline={d} timeZone={timeZone} />
                  </th>
                  <td>
                    {d.due ? <span className="nowrap">{formatInstant(d.due, timeZone)}</span> : <span className="muted">{t('grading.notStarted')}</span>}
                    {d.provisional && <span className="grade-tag">{t('grading.provisional')}</span>}
                    {d.agreed && <span className="grade-tag">{t('grading.agreed')}</span>}
                    {d.pausedMinutes > 0 && <span className="grade-tag">{t('grading.paused', { minutes: d.pausedMinutes })}</span>}
                  </td>
                  <td className="grade-remaining">
                    {d.done ? t('grading.done') : d.due ? remainingText(d.due, now, t) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          {grade.escalations.length > 0 && (
            <div className="grade-alert" data-testid="grade-escalations">
              <h4>{t('grading.escalations')}</h4>
              <ul>
                {grade.escalations.map((e) => (
                  <li key={e.code}>
                    {pick(e.label, lang)}
                    <small className="grade-source">{cite(e.source)}</small>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {grade.invalidReasons.length > 0 && (
            <div className="grade-alert" data-testid="grade-invalid-reasons">
              <h4>{t('grading.invalidReasonsMet')}</h4>
              <ul>
                {grade.invalidReasons.map((r) => (
                  <li key={r.code}>
                    {pick(r.label, lang)}
                    <small className="grade-source">{r.source}</small>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {grade.notifications.length > 0 && (
            <div className="grade-notify" data-testid="grade-notifications">
              <h4>{t('grading.notifications')}</h4>
              <ul>
                {grade.notifications.map((n, i) => (
                  <li key={i}>
                    {n.notify.map((who) => pick(who, lang)).join(t('common.listSeparator'))}
                    {n.confirmByPhone && <span className="grade-tag">{t('rulePack.confirmByPhone')}</span>}
                    <small className="grade-source">{cite(n.source)}</small>
                  </li>
                ))}
              </ul>
            </div>
          )}

          <h4>{t('grading.criteria')}</h4>
          {/* What fired comes first; a long pick-list (seed004 §I) folds the rest away. */}
          <CriterionList criteria={grade.criteria.filter((c) => c.fired)} pack={pack} />
          {grade.criteria.some((c) => !c.fired) && (
            <details className="grade-not-fired" open={grade.criteria.length <= 12}>
              <summary>{t('grading.notFiredCount', { n: grade.criteria.filter((c) => !c.fired).length })}</summary>
              <CriterionList criteria={grade.criteria.filter((c) => !c.fired)} pack={pack} />
            </details>
          )}
        </>
      )}
    </aside>
  );
}

function CriterionList({ criteria, pack }: { criteria: Grade['criteria']; pack: RulePack | null | undefined }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  if (criteria.length === 0) return null;
  return (
    <ul className="grade-criteria">
      {criteria.map((c) => (
        <li key={c.id} className={c.fired ? 'fired' : undefined} data-testid={`grade-criterion-${c.id}`} data-fired={c.fired ? 'true' : 'false'}>
          <span className="grade-mark" aria-label={t(c.fired ? 'grading.fired' : 'grading.notFired')}>
            {c.fired ? '✓' : '—'}
          </span>
          <span className="grade-criterion-text">
            <span>{pick(c.label, i18n.language)}</span>
            {c.how === 'computed' && c.detail && <span className="grade-detail">{detailText(c.detail, t, timeZone, pack, i18n.language)}</span>}
            <small className="grade-source">{cite(c.source)}</small>
          </span>
        </li>
      ))}
    </ul>
  );
}
