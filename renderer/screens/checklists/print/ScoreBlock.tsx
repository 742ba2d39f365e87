import { useTranslation } from 'react-i18next';
import type { RecordScore } from '../../../../shared/checklists/record-score';
import { pick } from '../../settings/rule-pack-text';

/**
 * A graded assessment's score, grade and the reasons for it (issue #6 §5):
 * on the fill screen as the answers change, and on the printed report between
 * the answers and the signatures. Registers and plain checklists have no
 * score, and show nothing.
 */
export function ScoreBlock({ score, className = 'checklist-print-score', testId = 'print-score' }: { score: RecordScore | null; className?: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!score) return null;
  const grade = score.grade ? pick(score.grade, i18n.language) : t(`checklists.score.status.${score.status === 'incomplete' ? 'incomplete' : 'none'}`);
  return (
    <section className={className} data-testid={testId} data-status={score.status}>
      <h3>{t('checklists.score.title')}</h3>
      <p className="checklist-score-line">
        {score.total !== null && (
          <span>
            {t('checklists.score.total')} <strong data-testid={`${testId}-total`}>{Math.floor(score.total * 100) / 100}</strong>
          </span>
        )}
        <span>
          {t('checklists.score.grade')} <strong data-testid={`${testId}-grade`}>{grade}</strong>
        </span>
      </p>
      <ul className="checklist-score-reasons">
        {score.explanation.map((line) => (
          <li key={line.zh}>{pick(line, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
