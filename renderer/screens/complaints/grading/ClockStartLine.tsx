import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/api/grading';
import { ROLES } from '../../../../shared/domain/roles';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';

type GradeDeadline = Grade['deadlines'][number];

/**
 * When a step's clock started and why (issue 23 item 2): 「自 3月5日 14:30 接报（通知 王站长，电话）起算」,
 * 「自 … 刘强（直属上级）审批起算」, 「自 … 升级到下一级别后重新起算」, or what it still waits for. A step counted from the record's own moments,
 * as before, says only when.
 */
export function ClockStartLine({ deadline, timeZone }: { deadline: GradeDeadline; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { clockBasis: basis, clockStartedAt } = deadline;
  const at = formatInstant(clockStartedAt, timeZone);
  let text: string | null = null;
  if (basis.kind === 'approval') {
    const step = t(`clocks.approvals.${basis.step}`);
    const roles = basis.roles.map((r) => pick(r, i18n.language)).join(t('procedure.or'));
    text = clockStartedAt ? t('clocks.startedApproval', { at, byName: basis.byName ?? '', roles, step }) : t('clocks.waitsApproval', { roles, step });
  } else if (basis.kind === 'notified') {
    const party = (ROLES as readonly string[]).includes(basis.party) ? t(`roles.${basis.party}` as 'roles.receiver') : basis.party;
    text = clockStartedAt
      ? t('clocks.startedNotified', { at, whom: basis.whom ?? party, way: basis.way ? t(`clocks.ways.${basis.way}`) : '' })
      : t('clocks.waitsNotified', { party });
  } else if (basis.kind === 'document') {
    const fact = t(`clocks.documents.${basis.fact}`);
    text = basis.date ? t('clocks.startedDocument', { date: basis.date, fact }) : t('clocks.waitsDocument', { fact });
  } else if (basis.kind === 'restarted') {
    text = t('clocks.startedRestarted', { at });
  } else if (clockStartedAt) {
    text = basis.kind === 'received' ? t('clocks.startedReceived', { at }) : t('clocks.startedFrom', { at });
  }
  if (!text) return null;
  return (
    <small className="grade-clock-start" data-testid={`clock-start-${deadline.step}`}>
      {text}
    </small>
  );
}
