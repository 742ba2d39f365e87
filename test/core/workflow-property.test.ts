import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/domain/workflow';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore | undefined;
afterEach(() => core?.close());

const LOGINS = ['limei', 'zhangwei', 'zhaoli', 'wangjg', 'chenzm'] as const;

/** A well-formed input for each action, so a refusal can only come from the state machine (state, role, recusal). */
function inputFor(type: WorkflowAction, ids: { zhangwei: string; extensionId: string | undefined; now: Date }): WorkflowActionInput {
  const inHours = (h: number) => new Date(ids.now.getTime() + h * 3_600_000).toISOString();
  switch (type) {
    case 'accept':
      return { type, assigneeId: ids.zhangwei };
    case 'markInvalid':
      return { type, reasonCode: 'unclear', explanation: '无法查实，已向客户说明' };
    case 'planSolution':
      return { type, resolverId: ids.zhangwei, measures: '现场处理', dueAt: inHours(2) };
    case 'log':
      return { type, entryType: 'progress', text: '进展' };
    case 'requestExtension':
      return { type, extensionType: 'special_circumstance', reason: '需协调', newDueAt: inHours(24 * 30) };
    case 'decideExtension':
      return { type, extensionId: ids.extensionId ?? 'none', approve: true };
    case 'refer':
      return { type, reason: '超出权限' };
    case 'resolve':
      return { type, result: '已处理', replyMethod: 'phone' };
    case 'callBack':
      return { type, method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' };
    case 'close':
      return { type };
    case 'escalate':
      return { type, reasonCode: 'other', note: '升级' };
    case 'pause':
      return { type, reason: 'waiting_for_test', note: '等待检测' };
    case 'resume':
      return { type };
    case 'answerOnSpot':
      return { type, explanation: '当场解释', answeredById: ids.zhangwei, answeredAt: ids.now.toISOString(), replyMethod: 'in_person' };
    case 'agreeReplyDeadline':
      return { type, dueAt: inHours(24), agreedBy: 'phone' };
  }
}

describe('the state machine, driven at random', () => {
  it('an action is accepted exactly when the detail view offers it, and every state keeps its invariants', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('complaint', 'inquiry', 'suggestion'),
        // Received now; ten days ago (past its 3 working days, so 重大 with 7 still running); twenty days ago (past both):
        // late before anyone acted (issue 17 §1.1).
        fc.constantFrom(0, 10, 20),
        fc.array(fc.record({ login: fc.constantFrom(...LOGINS), action: fc.constantFrom(...WORKFLOW_ACTIONS) }), { minLength: 1, maxLength: 12 }),
        async (kind, daysAgo, steps) => {
          core?.close();
          core = await openTestCore();
          const zhangwei = (await core.call('users.colleagues', {}, await core.signIn('wangjg'))).find((u) => u.displayName === '张伟')!.id;
          const receivedAt = new Date(core.clock.now().getTime() - daysAgo * 86_400_000).toISOString();
          const created = await core.call('complaints.create', { kind, channel: 'phone', customerName: '随机客户', content: '随机内容', receivedAt }, await core.signIn('limei'));
          for (const step of steps) {
            const session = await core.signIn(step.login);
            const before = await core.call('complaints.get', { id: created.id }, session);
            const extensionId = before.workflow.extensions.find((x) => x.status === 'pending')?.id;
            const action = inputFor(step.action, { zhangwei, extensionId, now: core.clock.now() });
            const response = await core.dispatch({ method: 'complaints.act', session, input: { id: created.id, version: before.version, action } });
            const offered = before.workflow.actions.includes(step.action);
            if (response.ok !== offered) {
              // The only refusals of an offered action: a solution beyond a limit not yet passed, an extension not later than it.
              expect(response.ok ? 'accepted' : response.error.reason?.key, `${step.login} ${step.action} in ${before.status}`).toMatch(
                /^workflow\.errors\.(planBeyondLimit|extensionNotLater)$/,
              );
            }
            const after = await core.call('complaints.get', { id: created.id }, session);
            if (!response.ok) expect(after.version).toBe(before.version);
            // Never stuck: an open, assigned complaint can always be planned or extended by its handler, overdue or not.
            if (kind === 'complaint' && after.status === 'assigned') {
              const handlerView = await core.call('complaints.get', { id: created.id }, await core.signIn('zhangwei'));
              expect(handlerView.workflow.actions).toEqual(expect.arrayContaining(['planSolution']));
              if (!after.workflow.extensions.some((x) => x.status === 'pending')) expect(handlerView.workflow.actions).toContain('requestExtension');
            }
            // Having run late is kept: a late plan or extension does not make the case count as on time.
            if (before.workflow.overdue.limitMissedAt) expect(after.workflow.overdue.limitMissedAt).toBe(before.workflow.overdue.limitMissedAt);
            if (kind === 'complaint' && daysAgo > 0) expect(after.workflow.overdue.limitMissedAt).not.toBeNull();
            if (after.status === 'closed' || after.status === 'invalid') expect(after.closedAt).not.toBeNull();
            if (after.status === 'resolved') expect(after.resolvedAt).not.toBeNull();
            if (after.status === 'registered') expect(after.assigneeId).toBeNull();
            if (after.status === 'invalid') expect(after.workflow.validity).toBe('invalid');
            if (after.status === 'closed' && kind === 'complaint') expect(after.workflow.callBacks.some((b) => b.satisfied)).toBe(true);
            if (after.closedAt) expect(after.dueAt).toBeNull();
            core.clock.advance(60_000);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
