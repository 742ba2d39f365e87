import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { classLabel, pick } from '../../settings/rule-pack-text';
import { isDueSoon, isHighestClass } from './grade-text';
import './grading.css';
import './grading-inputs.css';

/** The row's look in the register: overdue first, then due within 24 hours. */
export function rowState(complaint: Complaint, now: Date): 'overdue' | 'soon' | null {
  if (complaint.grade && complaint.grade.overdue.length > 0) return 'overdue';
  return isDueSoon(complaint.grade, now) ? 'soon' : null;
}

/** 等级 in the register: the class as a small badge, then 已超时 / 即将到期. */
export function ClassCell({ complaint, pack, state }: { complaint: Complaint; pack: RulePack | null | undefined; state: 'overdue' | 'soon' | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const grade = complaint.grade;
  const label = grade ? pick(grade.classLabel, lang) : complaint.classCode && pack ? classLabel(pack, complaint.classCode, lang) : complaint.classCode;
  return (
    <td className="nowrap" data-testid="row-class">
      {label && <span className={grade && isHighestClass(grade, pack) ? 'grade-badge small high' : 'grade-badge small'}>{label}</span>}
      {state === 'overdue' && <span className="tag tag-overdue">{t('grading.overdueTag')}</span>}
      {state === 'soon' && <span className="tag tag-soon">{t('grading.soonTag')}</span>}
    </td>
  );
}
