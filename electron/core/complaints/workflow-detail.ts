import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { User } from '../../../shared/api/users';
import type { Consequence, ExtensionPolicy, OverdueFacts, WorkflowDetail } from '../../../shared/api/workflow';
import { availableActions, EXTENSION_TYPES } from '../../../shared/domain/workflow';
import { sanctionArticle } from '../../../shared/domain/sanction-articles';
import type { RulePack } from '../../../shared/rules/pack-schema';
import type { ReadDb } from '../db/handles';
import { escalationsOfComplaint } from '../escalations/index';
import { extensionsOfComplaint } from '../extensions/index';
import { storedPauses, toComplaint, type ComplaintRow } from './complaint-rows';
import { getRow } from './complaints-repository';
import { recordGradingEnv, type GradingEnv } from './grading';
import { standingOf } from './workflow-standing';
import { escalationReasonsOf, invalidReasonsOf, openSteps, pauseRefusal } from './workflow-reasons';
import { callBacksOf, eventsOf } from './workflow-records';
import { hasSanction } from './workflow-repository';
import { actionsOnRoute, routeContext } from '../procedure/route';
import { routeView } from '../procedure/route-view';
import { sidePathOffered, sidePathRecords } from './side-paths';

function overdueFacts(row: ComplaintRow): OverdueFacts {
  return {
    limitMissedAt: row.limit_missed_at,
    latePlan: row.late_plan_at ? { at: row.late_plan_at, byName: row.late_plan_by_name ?? '' } : null,
    delayExplained: row.delay_explained_at ? { at: row.delay_explained_at, agreed: row.delay_agreed === 1 } : null,
  };
}

function extensionPolicy(pack: RulePack | undefined): ExtensionPolicy {
  const rule = pack?.extension;
  const byConsent = rule?.byConsent;
  return {
    approverRole: rule?.approverRole ?? null,
    byConsent: byConsent
      ? {
          types: EXTENSION_TYPES.filter((t) => byConsent.types.includes(t)),
          noticeWithinMinutes: byConsent.noticeWithinMinutes ?? null,
          noticeTo: byConsent.noticeTo ?? null,
          source: byConsent.source,
        }
      : null,
    source: rule?.source ?? null,
  };
}

/** What the pack attaches to the case's cause (篇5 6.3: a penalty for every 态度类、时效类 complaint), and whether it was recorded. */
function consequencesOf(db: ReadDb, row: ComplaintRow, pack: RulePack | undefined): Consequence[] {
  const cause = pack?.causes.find((c) => c.code === row.cause_code);
  const article = cause?.sanctionArticle ? sanctionArticle(cause.sanctionArticle) : undefined;
  if (!cause || !article) return [];
  return [{ causeCode: cause.code, articleCode: article.code, label: article.label, source: article.source, met: hasSanction(db, row.id, article.code) }];
}

/** The record with its workflow: every record around it, and what this user may do now. */
export function complaintDetail(db: ReadDb, id: string, user: User, siteEnv: GradingEnv | null): ComplaintDetail | null {
  const row = getRow(db, id);
  if (!row) return null;
  const env = recordGradingEnv(db, row, siteEnv);
  const extensions = extensionsOfComplaint(db, id, env?.pack);
  const pending = extensions.some((x) => x.status === 'pending');
  const standing = standingOf(row, user, env);
  // Where the site runs its organisation's route, the route says who takes each step.
  const route = routeContext(db, row, user, env);
  const actions = (route ? actionsOnRoute(route, row.kind, row.status, standing) : availableActions(row.kind, row.status, standing)).filter((a) => {
    if (a === 'decideExtension') return pending && !extensions.some((x) => x.status === 'pending' && x.requestedBy === user.id);
    if (a === 'requestExtension') return !pending;
    if (a === 'pause' || a === 'resume') return pauseRefusal(a, row, env) === null;
    return sidePathOffered(db, a, row, env);
  });
  // Graded once: the explanation and the open steps come from the same deadlines.
  const complaint = toComplaint(row, env);
  const events = eventsOf(db, id);
  const workflow: WorkflowDetail = {
    validity: row.validity,
    invalidReason: row.invalid_reason,
    solution:
      row.solution_resolver_id && row.solution_measures && row.solution_due_at
        ? { resolverId: row.solution_resolver_id, resolverName: row.solution_resolver_name ?? '', measures: row.solution_measures, dueAt: row.solution_due_at }
        : null,
    result: row.result,
    replyMethod: row.reply_method as WorkflowDetail['replyMethod'],
    customerInformedAt: row.customer_informed_at,
    closedAt: row.closed_at,
    events,
    extensions: extensions.map(({ requestedBy: _requestedBy, ...x }) => x),
    callBacks: callBacksOf(db, id),
    escalations: escalationsOfComplaint(db, id),
    actions,
    escalationReasons: escalationReasonsOf(env),
    invalidReasons: invalidReasonsOf(env),
    pauses: storedPauses(row.pauses),
    openSteps: openSteps(complaint.grade?.deadlines ?? []),
    overdue: overdueFacts(row),
    extensionPolicy: extensionPolicy(env?.pack),
    consequences: consequencesOf(db, row, env?.pack),
    route: route ? routeView(db, route, row, events.some((e) => e.action === 'answerOnSpot')) : null,
    ...sidePathRecords(events),
  };
  return { ...complaint, workflow };
}
