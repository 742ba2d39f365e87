import { ApiError } from '../../../shared/api/errors';
import type { ComplaintEvent, WorkflowDetail } from '../../../shared/api/workflow';
import type { WorkflowAction } from '../../../shared/domain/workflow';
import { deadlinesFor } from '../../../shared/rules/grade';
import type { SidePaths } from '../../../shared/rules/side-paths-schema';
import { factsOf, type ComplaintRow } from './complaint-rows';
import { toGradingRecord, type GradingEnv } from './grading';

type OnTheSpot = NonNullable<SidePaths['onTheSpot']>;
type AgreedReply = NonNullable<SidePaths['agreedReply']>;

/**
 * The site's pack's 当场答复 for the case's class, or why there is none: the
 * pack names no on-the-spot answer, or not for this class (seed001 S4 6.2.2:
 * only 轻微投诉 is resolved on the spot).
 */
export function onTheSpotOf(row: Pick<ComplaintRow, 'class_code'>, env: GradingEnv | null): OnTheSpot | 'notInPack' | 'notForClass' {
  const path = env?.pack.paths?.onTheSpot;
  if (!path) return 'notInPack';
  const classCode = row.class_code ?? env.pack.defaultClass;
  return !path.classes || path.classes.includes(classCode) ? path : 'notForClass';
}

export function requireOnTheSpot(row: ComplaintRow, env: GradingEnv | null): OnTheSpot {
  const path = onTheSpotOf(row, env);
  if (path === 'notInPack') throw ApiError.because('CONFLICT', 'workflow.errors.onSpotNotInPack');
  if (path === 'notForClass') throw ApiError.because('CONFLICT', 'workflow.errors.onSpotNotForClass', { classCode: row.class_code ?? '' });
  return path;
}

export function requireAgreedReply(env: GradingEnv | null): AgreedReply {
  const path = env?.pack.paths?.agreedReply;
  if (!path) throw ApiError.because('CONFLICT', 'workflow.errors.agreedReplyNotInPack');
  return path;
}

/** Whether the side path behind an action is offered for this case (other actions: always). */
export function sidePathOffered(action: WorkflowAction, row: ComplaintRow, env: GradingEnv | null): boolean {
  if (action === 'answerOnSpot') return typeof onTheSpotOf(row, env) === 'object';
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
