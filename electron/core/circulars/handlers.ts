import type { CircularDefinitionView } from '../../../shared/api/circulars';
import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { recordChange } from '../change-log/change-log';
import { saveWeight } from './repository';
import { definitionView, definitionViews, knownDefinition, monthlyAssessment, weeklyCircular } from './service';

const ENTITY = 'circular_weight';

/** Circulars and assessments are computed on each call; only the lead's weight is stored (audited, kept at the site). */
export const circularHandlers: HandlersOf<'circulars.definitions' | 'circulars.weekly' | 'circulars.monthly' | 'circulars.setWeight'> = {
  'circulars.definitions': (ctx) => definitionViews(ctx.core.store.read),
  'circulars.weekly': (ctx, input) => weeklyCircular(ctx.core.store.read, input.definitionId, input.period, ctx.core.now()),
  'circulars.monthly': (ctx, input) => monthlyAssessment(ctx.core.store.read, input.definitionId, input.period, ctx.core.now()),
  'circulars.setWeight': (ctx, input) => {
    const user = requireUser(ctx);
    knownDefinition(input.definitionId);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx): CircularDefinitionView => {
      const before = definitionView(tx, input.definitionId);
      saveWeight(tx, { definitionId: input.definitionId, weightPercent: input.weightPercent, note: input.note ?? null, userId: user.id, at: at.toISOString() });
      const after = definitionView(tx, input.definitionId);
      const stored = { weightPercent: after.weightPercent, note: after.weightNote };
      recordChange(tx, { userId: user.id, at, action: 'circulars.setWeight', entity: ENTITY, entityId: input.definitionId, entityVersion: 1, before: { weightPercent: before.weightPercent, note: before.weightNote }, after: stored, syncPayload: null });
      return after;
    });
  },
};
