import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/api/grading';
import type { WorkflowDetail } from '../../../../shared/api/workflow';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { milestoneText, pick } from '../../settings/rule-pack-text';
import { ClockStartLine } from './ClockStartLine';
import { deadlineDuration, remainingText } from './grade-text';
import { SidePathLine } from './SidePathLine';

/** The clock the remaining times count against; moves on every half minute. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

interface DeadlineTableProps {
  grade: Grade;
  pack: RulePack | null | undefined;
  sidePaths: Pick<WorkflowDetail, 'onTheSpot' | 'agreedReply'> | undefined;
}

/** Each step's deadline: the rule and when its clock started, when it falls due (and why it moved), and the time left. */
export function DeadlineTable({ grade, pack, sidePaths }: DeadlineTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const timeZone = useTimeZone();
  const now = useNow();
  return (
    <table className="grade-deadlines">
      <tbody>
        {grade.deadlines.map((d, i) => (
          <tr key={`${d.step}-${i}`} data-testid={`deadline-${d.step}`} className={d.overdue ? 'overdue' : d.done ? 'done' : undefined}>
            <th scope="row">
              {milestoneText(d.milestone, t)}
              {d.label && <span className="grade-step">{pick(d.label, lang)}</span>}
              <small className="grade-source">{deadlineDuration(pack, grade.classCode, d, t)}</small>
              <ClockStartLine deadline={d} timeZone={timeZone} />
              <SidePathLine step={d.step} sidePaths={sidePaths} />
            </th>
            <td>
              {d.due ? <span className="nowrap">{formatInstant(d.due, timeZone)}</span> : <span className="muted">{t('grading.notStarted')}</span>}
              {d.provisional && <span className="grade-tag">{t('grading.provisional')}</span>}
              {d.agreed && <span className="grade-tag">{t('grading.agreed')}</span>}
              {d.pausedMinutes > 0 && <span className="grade-tag">{t('grading.paused', { minutes: d.pausedMinutes })}</span>}
            </td>
            <td className="grade-remaining">{d.done ? t('grading.done') : d.due ? remainingText(d.due, now, t) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
