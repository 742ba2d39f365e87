import { ApiError } from '../../../shared/api/errors';
import type { ComplaintEvent, WorkflowDetail } from '../../../shared/api/workflow';
import type { WorkflowAction } from '../../../shared/domain/workflow';
import { deadlinesFor } from '../../../shared/rules/grade';
import type { SidePaths } from '../../../shared/rules/side-paths-schema';
import { hasCompensationRecord } from '../case-records/index';
import type { ReadDb } from '../db/handles';
import { factsOf, type ComplaintRow } from './complaint-rows';
import { toGradingRecord, type GradingEnv } from './grading';

type OnTheSpot = NonNullable<SidePaths['onTheSpot']>;
type AgreedReply = NonNullable<SidePaths['agreedReply']>;

type SpotRow = Pick<ComplaintRow, 'id' | 'kind' | 'class_code' | 'remedy' | 'ticked_criteria'>;
type SpotRefusal = 'notInPack' | 'notForKind' | 'notForClass' | 'compensation';

/**
 * The site's pack's 当场答复 for the case, or why there is none: the pack names no on-the-spot answer, or not
 * for this kind of record (seed004 §D 第五条 三: an enquiry) or class (seed001 S4 6.2.2 a): only 轻微投诉), or
 * the case involves compensation and so is not 轻微 (S4 6.2.2 a): 不涉及赔偿).
 */
export function onTheSpotOf(db: ReadDb, row: SpotRow, env: GradingEnv | null): OnTheSpot | SpotRefusal {
  const path = env?.pack.paths?.onTheSpot;
  if (!path) return 'notInPack';
  if (!(path.kinds ?? ['complaint']).includes(row.kind)) return 'notForKind';
  // Compensation first: it says why a case graded 严重 for it may not close this way, and holds against an override to 轻微.
  if (compensationOf(db, row, path)) return 'compensation';
  const classCode = row.class_code ?? env.pack.defaultClass;
  return path.classes && !path.classes.includes(classCode) ? 'notForClass' : path;
}

/** Why a case counts as involving compensation under the path, or null. */
function compensationOf(db: ReadDb, row: SpotRow, path: OnTheSpot): 'remedy' | 'criterion' | 'record' | null {
  const rule = path.noCompensation;
  if (!rule) return null;
  if (row.remedy === 'compensation') return 'remedy';
  const ticked = JSON.parse(row.ticked_criteria || '[]') as string[];
  if (rule.criteria?.some((id) => ticked.includes(id))) return 'criterion';
  return hasCompensationRecord(db, row.id) ? 'record' : null;
}

/** The path for the case, or the refusal that says why it may not be answered on the spot. */
export function requireOnTheSpot(db: ReadDb, row: ComplaintRow, env: GradingEnv | null): OnTheSpot {
  const path = onTheSpotOf(db, row, env);
  if (typeof path === 'object') return path;
  const spot = env?.pack.paths?.onTheSpot;
  if (path === 'compensation' && spot) throw ApiError.because('CONFLICT', 'workflow.errors.onSpotCompensation', { why: compensationOf(db, row, spot) ?? 'record' });
  if (path === 'notForKind') throw ApiError.because('CONFLICT', 'workflow.errors.onSpotNotForKind', { kind: row.kind });
  if (path === 'notForClass') throw ApiError.because('CONFLICT', 'workflow.errors.onSpotNotForClass', { classCode: row.class_code ?? '' });
  throw ApiError.because('CONFLICT', 'workflow.errors.onSpotNotInPack');
}

export function requireAgreedReply(env: GradingEnv | null): AgreedReply {
  const path = env?.pack.paths?.agreedReply;
  if (!path) throw ApiError.because('CONFLICT', 'workflow.errors.agreedReplyNotInPack');
  return path;
}

/** Whether the side path behind an action is offered for this case (other actions: always). */
export function sidePathOffered(db: ReadDb, action: WorkflowAction, row: ComplaintRow, env: GradingEnv | null): boolean {
  if (action === 'answerOnSpot') return typeof onTheSpotOf(db, row, env) === 'object';
  if (action === 'agreeReplyDeadline') return Boolean(env?.pack.paths?.agreedReply);
  return true;
}

/** The pack's own due time of `step` for the case, as if nothing had been agreed: the limit an agreed time may not pass. */
export function packDueOf(row: ComplaintRow, env: GradingEnv, step: string): Date | null {
  const record = { ...toGradingRecord(factsOf(row)), agreedDue: {} };
  const deadline = deadlinesFor(row.class_code ?? env.pack.defaultClass, record, env.pack, env.now, env.calendar).find((d) => d.step === step);
  return deadline?.due ? new Date(deadline.due) : null;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The on-the-spot answer and the latest agreed reply deadline, read back from the handling log where they are recorded. */
export function sidePathRecords(events: readonly ComplaintEvent[]): Pick<WorkflowDetail, 'onTheSpot' | 'agreedReply'> {
  const spot = events.find((e) => e.action === 'answerOnSpot');
  const agreed = events.filter((e) => e.action === 'agreeReplyDeadline').at(-1);
  return {
    onTheSpot: spot
      ? {
          explanation: str(spot.details.explanation),
          byName: str(spot.details.answeredByName),
          at: str(spot.details.answeredAt),
          meets: (spot.details.meets as string[] | undefined) ?? [],
          source: str(spot.details.source),
        }
      : null,
    agreedReply: agreed
      ? {
          step: str(agreed.details.step),
          dueAt: str(agreed.details.dueAt),
          agreedBy: str(agreed.details.agreedBy) as NonNullable<WorkflowDetail['agreedReply']>['agreedBy'],
          byName: agreed.byName ?? '',
          at: agreed.at,
          source: str(agreed.details.source),
        }
      : null,
  };
}
