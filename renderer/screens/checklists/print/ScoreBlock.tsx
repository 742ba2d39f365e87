/**
 * Where a graded assessment's score and grade print (issue #6 §5), between the
 * answers and the signatures. Scoring lands with the scoring functions of
 * `shared/checklists/scoring.ts`; until a record has a score this renders
 * nothing, so registers and ungraded checklists print without it.
 */
export interface ScoreView {
  total: number;
  grade: string | null;
  /** Per part: "第3部分 78分, 低于一级要求90分". */
  explanations: string[];
}

export function ScoreBlock({ score }: { score: ScoreView | null }) {
  if (!score) return null;
  return (
    <section className="checklist-print-score" data-testid="print-score">
      <p>
        <strong>{score.total}</strong>
        {score.grade && ` · ${score.grade}`}
      </p>
      <ul>
        {score.explanations.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
