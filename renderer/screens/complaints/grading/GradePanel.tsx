import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/api/grading';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { classLabel, pick } from '../../settings/rule-pack-text';
import type { WorkflowDetail } from '../../../../shared/api/workflow';
import { DeadlineTable } from './DeadlineTable';
import { GradeAlerts } from './GradeAlerts';
import { detailText, isHighestClass } from './grade-text';
import './grading.css';
import './grading-inputs.css';
import { useCitation } from '../../../components/SourceCitation';

interface GradePanelProps {
  grade: Grade | null;
  /** The pack version the grade names (for wording: durations, class names). */
  pack: RulePack | null | undefined;
  /** A newer grading is on its way (the form's live preview). */
  pending?: boolean;
  /** Suggestions and inquiries have no complaint class, only their time limits (seed004 §D). */
  kind?: ComplaintKind;
  /** 当场答复 and 约定回复时限 on record: the clock line says why a step does not run or runs to an agreed time. */
  sidePaths?: Pick<WorkflowDetail, 'onTheSpot' | 'agreedReply'> | undefined;
}

/** The class, why (each criterion, fired or not, with its source) and the deadlines that follow from it. */
export function GradePanel({ grade, pack, pending, kind = 'complaint', sidePaths }: GradePanelProps) {
  const { t } = useTranslation();
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
          <GradeClass grade={grade} pack={pack} kind={kind} />
          <h4>{t('grading.deadlines')}</h4>
          {grade.deadlines.length === 0 && <p className="muted">{t('grading.noDeadlines')}</p>}
          <DeadlineTable grade={grade} pack={pack} sidePaths={sidePaths} />
          <GradeAlerts grade={grade} />
          <h4>{t('grading.criteria')}</h4>
          <GradeCriteria grade={grade} pack={pack} />
        </>
      )}
    </aside>
  );
}

/** The class (or, for a suggestion or an inquiry, that it has none), the pack that graded it and who set the class by hand. */
function GradeClass({ grade, pack, kind }: { grade: Grade; pack: RulePack | null | undefined; kind: ComplaintKind }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
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
    </>
  );
}

/** What fired comes first; a long pick-list (seed004 §I) folds the rest away. */
function GradeCriteria({ grade, pack }: { grade: Grade; pack: RulePack | null | undefined }) {
  const { t } = useTranslation();
  const notFired = grade.criteria.filter((c) => !c.fired);
  return (
    <>
      <CriterionList criteria={grade.criteria.filter((c) => c.fired)} pack={pack} />
      {notFired.length > 0 && (
        <details className="grade-not-fired" open={grade.criteria.length <= 12}>
          <summary>{t('grading.notFiredCount', { n: notFired.length })}</summary>
          <CriterionList criteria={notFired} pack={pack} />
        </details>
      )}
    </>
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
