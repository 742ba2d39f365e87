import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { useProfileWith } from '../../support/sample-checklist';
import { countRows, openTestCore, type TestCore } from '../../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const REGISTER = 'service.shift-swap-register';

/** One line of the 换班登记表, complete. */
const swap = (date: string, swapper: string, repayer = '李梅') => ({
  date,
  swapper,
  repayer,
  'original-shift': '早班',
  'swapped-shift': '晚班',
  'repaid-shift': '次周早班',
  reason: '本人需亲自办理证件',
  'swapper-consent': swapper,
  'repayer-consent': repayer,
  manager: '王建国',
});

async function started(session: string): Promise<ChecklistRecord> {
  return core.call('checklists.start', { templateId: REGISTER }, session);
}

async function saveRow(session: string, record: ChecklistRecord, rowId: string, cells: Record<string, unknown>) {
  return core.dispatch({ method: 'checklists.saveAnswers', session, input: { id: record.id, version: record.version, itemId: 'swaps', rowId, cells } });
}

async function saved(session: string, record: ChecklistRecord, rowId: string, cells: Record<string, unknown>): Promise<ChecklistRecord> {
  const response = await saveRow(session, record, rowId, cells);
  if (!response.ok) throw new Error(`row refused: ${response.error.message}`);
  return response.value as ChecklistRecord;
}

describe('seed002 客户管理制度2 七、4: 每人每月换班不得超过3次, counted from the shift-swap register', () => {
  it('takes the 3rd swap of a person in a month, refuses the 4th (over every record of the register), and counts each month and person apart', async () => {
    core = await openTestCore();
    const session = await core.signIn('wangjg');
    await useProfileWith(core, session, REGISTER);
    let first = await started(session);
    first = await saved(session, first, 'r1', swap('2026-11-02', '张伟'));
    first = await saved(session, first, 'r2', swap('2026-11-09', '张伟'));
    let second = await started(session);
    second = await saved(session, second, 'r1', swap('2026-11-16', '张伟')); // the 3rd: allowed

    const before = countRows(core);
    const refused = await saveRow(session, second, 'r2', swap('2026-11-30', '张伟'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      reason: { key: 'thresholds.errors.rowLimit', params: { person: '张伟', year: 2026, month: 11, count: 3, max: 3 } },
      issues: [{ path: 'cells.swapper' }],
    });
    expect(countRows(core)).toEqual(before); // nothing written, not even an audit row

    // Another month, another person, and editing one of the three in place are all allowed.
    second = await saved(session, second, 'r2', swap('2026-12-01', '张伟'));
    second = await saved(session, second, 'r3', swap('2026-11-30', '赵丽', '张伟'));
    await saved(session, first, 'r2', { ...swap('2026-11-10', '张伟'), reason: '改为下午办理' });
    // Moving December's swap into November makes a 4th again.
    const moved = await saveRow(session, second, 'r2', { date: '2026-11-20' });
    expect(moved.ok).toBe(false);
  });
});

describe('computed answers are never entered', () => {
  it('refuses a tick on a waiter-level condition the app computes from the dates and counts', async () => {
    core = await openTestCore();
    const session = await core.signIn('wangjg');
    await useProfileWith(core, session, 'waiter-level');
    const record = await core.call('checklists.start', { templateId: 'waiter-level' }, session);
    const before = countRows(core);
    const response = await core.dispatch({ method: 'checklists.saveAnswers', session, input: { id: record.id, version: record.version, itemId: 'junior-1', value: true } });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toMatchObject({ code: 'VALIDATION', reason: { key: 'thresholds.errors.computedItem' }, issues: [{ path: 'itemId' }] });
    expect(countRows(core)).toEqual(before);
    // The inputs are entered; the condition is not stored, it is computed wherever it is read.
    const filled = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: 'started-on', value: '2026-07-01' }, session);
    expect(filled.answers).toEqual({ 'started-on': '2026-07-01' });
  });
});
