import { useTranslation } from 'react-i18next';
import type { ComplaintListItem } from '../../../../shared/api/complaints';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { classLabel } from '../../../lib/pack-labels';
import './grading.css';
import './grading-inputs.css';

const DUE_SOON_MS = 24 * 3_600_000;

export type RowState = 'overdue' | 'soon' | null;

/**
 * The row's look in the register, from the stored earliest deadline not met
 * (`dueAt`; list rows carry no grade): overdue first, then due within 24 hours.
 * The same 24 hours as the core's 即将到期 list.
 */
export function rowState(item: Pick<ComplaintListItem, 'dueAt'>, now: Date): RowState {
  if (!item.dueAt) return null;
  const left = new Date(item.dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'soon' : null;
}

/** 等级 in the register: the stored class as a small badge (the pack's highest in red), then 已超时 / 即将到期. */
export function ClassCell({ item, pack, state }: { item: ComplaintListItem; pack: RulePack | null | undefined; state: RowState }) {
  const { t, i18n } = useTranslation();
  // Only complaints have a class; a suggestion or inquiry shows just its deadline state.
  const code = item.kind === 'complaint' ? item.classCode : null;
  const label = code && pack ? classLabel(pack, code, i18n.language) : code;
  const highest = !!code && pack?.classes.at(-1)?.code === code && (pack?.classes.length ?? 0) > 1;
  return (
    <td className="row-tags" data-testid="row-class">
      {label && <span className={highest ? 'grade-badge small high' : 'grade-badge small'}>{label}</span>}
      {state === 'overdue' && <span className="tag tag-overdue">{t('grading.overdueTag')}</span>}
      {state === 'soon' && <span className="tag tag-soon">{t('grading.soonTag')}</span>}
    </td>
  );
}
