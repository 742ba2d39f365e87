import { afterEach, describe, expect, it } from 'vitest';
import { EXECUTION_EVALUATION, SUPERVISOR_REPORT } from '../../shared/credit/credit-monthly';
import { shanghai } from '../support/credit-fixtures';
import { figures, gradedCustomer as gradedCustomerOf } from '../support/credit-monthly-fixtures';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

/**
 * The monthly credit records in the core (seed002 客户管理制度3 第三十九条、第四十条):
 * finance's figures (the station lead fills in), the sales manager's check
 * (a unit head, never the filler), the general manager's decision on an
 * adjustment, the supervisor's report; refusals keep nothing; both on 计划与完成.
 * 甲公司 is graded A with a limit of 80 000 (12 months: payments 1 200 000,
 * shipments 960 000 → the lower monthly average) and approved 2026-10-20.
 */

let core: TestCore;
afterEach(() => core?.close());
const gradedCustomer = (name?: string) => gradedCustomerOf(core, name);

async function refused(method: 'credit.enterFigures' | 'credit.checkEvaluation' | 'credit.decideAdjustment' | 'credit.fileReport', input: unknown, login: string) {
  const session = await core.signIn(login);
  const before = { ...countRows(core), evaluations: count('credit_evaluations'), reports: count('credit_supervisor_reports') };
  const response = await core.dispatch({ method, input, session });
  if (response.ok) throw new Error(`expected ${method} by ${login} to be refused`);
  expect({ ...countRows(core), evaluations: count('credit_evaluations'), reports: count('credit_supervisor_reports') }).toEqual(before);
  return response.error;
}

const count = (table: string) => (core.context.store.read.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const row = (sql: string) => core.context.store.read.prepare(sql).get() as Record<string, unknown>;

describe('《客户授信额度执行评价表》 (第四十条)', () => {
  it('takes the limit from the grading in force and computes over-limit and overdue days from the entered figures', async () => {
    core = await openTestCore();
    const id = await gradedCustomer();
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    const atLimit = await core.call('credit.enterFigures', figures(id), await core.signIn('wangjg'));
    expect(atLimit).toMatchObject({ creditLimit: 80_000, balance: 80_000, overLimit: false, overdueDays: 20, version: 1, filled: { byName: '王建国' }, check: null });
    const over = await core.call('credit.enterFigures', figures(id, { balance: 80_001 }), await core.signIn('wangjg'));
    expect([over.id, over.overLimit, over.version]).toEqual([atLimit.id, true, 2]);
    // The correction is audited with what stood before; each version queued for head office, without the name.
    const audit = core.context.store.read.prepare("SELECT before FROM audit_log WHERE action = 'credit.correctFigures'").get() as { before: string };
    expect(JSON.parse(audit.before)).toMatchObject({ balance: 80_000, version: 1 });
    const outbox = core.context.store.read.prepare("SELECT entity_version, payload FROM outbox WHERE entity = 'credit_evaluation' ORDER BY entity_version").all() as { entity_version: number; payload: string }[];
    expect(outbox.map((o) => o.entity_version)).toEqual([1, 2]);
    expect(outbox[1]!.payload).not.toContain('甲公司');
    expect(count('credit_evaluations')).toBe(1);
  });

  it('the sales manager checks (not the filler); the general manager decides the adjustment; a checked form is fixed', async () => {
    core = await openTestCore();
    const id = await gradedCustomer();
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    const filled = await core.call('credit.enterFigures', figures(id, { balance: 90_000 }), await core.signIn('wangjg'));
    const check = { evaluationId: filled.id, figuresAgree: true, opinion: '余额超限，限期压降（第三十三条）', proposedLimit: 60_000 };
    expect((await refused('credit.checkEvaluation', check, 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.checkOwnFigures' });
    expect((await refused('credit.checkEvaluation', check, 'zhouht')).reason).toEqual({ key: 'creditMonthly.errors.checkRole' });
    expect((await refused('credit.decideAdjustment', { evaluationId: filled.id, decision: 'approved' }, 'zhouht')).reason).toEqual({ key: 'creditMonthly.errors.nothingToDecide' });
    const checked = await core.call('credit.checkEvaluation', check, await core.signIn('liuqiang'));
    expect(checked.check).toMatchObject({ byName: '刘强', figuresAgree: true, proposedLimit: 60_000, raises: false });
    expect((await refused('credit.enterFigures', figures(id), 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.alreadyChecked' });
    expect((await refused('credit.decideAdjustment', { evaluationId: filled.id, decision: 'approved' }, 'chenzm')).reason).toEqual({ key: 'creditMonthly.errors.decideRole' });
    expect((await refused('credit.decideAdjustment', { evaluationId: filled.id, decision: 'rejected' }, 'zhouht')).reason).toEqual({ key: 'creditMonthly.errors.rejectReason' });
    const decided = await core.call('credit.decideAdjustment', { evaluationId: filled.id, decision: 'approved' }, await core.signIn('zhouht'));
    expect(decided.decision).toMatchObject({ byName: '周海涛', decision: 'approved' });
    expect(() => core.context.store.read.prepare('UPDATE credit_evaluations SET balance = 1').run()).toThrow(/fixed/);
    expect(() => core.context.store.read.prepare('DELETE FROM credit_evaluations').run()).toThrow(/keeps every month/);
    const versions = core.context.store.read.prepare("SELECT entity_version FROM outbox WHERE entity = 'credit_evaluation' ORDER BY entity_version").all();
    expect(versions).toEqual([{ entity_version: 1 }, { entity_version: 2 }, { entity_version: 3 }]);
  });

  it('refuses a role other than finance and bad figures with their own reason, writing nothing', async () => {
    core = await openTestCore();
    const id = await gradedCustomer();
    core.clock.set(shanghai('2026-12-01T10:00:00'));
    expect((await refused('credit.enterFigures', figures(id), 'limei')).reason).toEqual({ key: 'creditMonthly.errors.fillRole' });
    expect((await refused('credit.enterFigures', figures(id), 'liuqiang')).reason).toEqual({ key: 'creditMonthly.errors.fillRole' });
    const above = await refused('credit.enterFigures', figures(id, { overdueAmount: 80_001 }), 'wangjg');
    expect([above.code, above.reason, above.issues?.[0]?.path]).toEqual(['VALIDATION', { key: 'creditMonthly.errors.overdueAboveBalance' }, 'overdueAmount']);
    expect((await refused('credit.enterFigures', figures(id, { earliestDueOn: '2026-11-30' }), 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.dueDayNotPast' });
    expect((await refused('credit.enterFigures', figures(id, { asOf: '2026-10-31' }), 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.asOfOutsideMonth' });
    expect((await refused('credit.enterFigures', figures(id, { balance: -1 }), 'wangjg')).code).toBe('VALIDATION');
    // Before its approval (2026-10-20) the customer had no grading in force.
    expect((await refused('credit.enterFigures', figures(id, { month: '2026-10', asOf: '2026-10-19', earliestDueOn: '2026-10-10' }), 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.notGraded' });
    expect(count('credit_evaluations')).toBe(0);
  });
});

describe('业务主管月度书面汇报 (第三十九条)', () => {
  it('files one report a month covering the limit holders, marks a late one, and refuses others', async () => {
    core = await openTestCore();
    const id = await gradedCustomer();
    await gradedCustomer('乙公司');
    core.clock.set(shanghai('2026-12-02T10:00:00'));
    const report = { month: '2026-11', text: '甲公司、乙公司本月经营正常，回款及时。', declared: true as const };
    expect((await refused('credit.fileReport', report, 'limei')).reason).toEqual({ key: 'creditMonthly.errors.reportRole' });
    expect((await refused('credit.fileReport', { ...report, month: '2026-10' }, 'liuqiang')).reason).toEqual({ key: 'creditMonthly.errors.noLimitHolders' });
    expect((await refused('credit.fileReport', { ...report, declared: false }, 'liuqiang')).code).toBe('VALIDATION');
    const filed = await core.call('credit.fileReport', report, await core.signIn('liuqiang'));
    expect(filed).toMatchObject({ month: '2026-11', filedOn: '2026-12-02', late: true, filed: { byName: '刘强' } });
    expect(filed.customers.map((c) => c.customerName)).toEqual(['乙公司', '甲公司'].sort((a, b) => a.localeCompare(b)));
    expect((await refused('credit.fileReport', report, 'wangjg')).reason).toEqual({ key: 'creditMonthly.errors.reportFiled' });
    expect(() => core.context.store.read.prepare("UPDATE credit_supervisor_reports SET body = 'x'").run()).toThrow(/append-only/);
    // Head office gets the customers by id: their names travel with the customer files.
    expect(JSON.parse(row("SELECT payload FROM outbox WHERE entity = 'credit_supervisor_report'").payload as string).customers).toEqual(filed.customers.map((c) => ({ customerId: c.customerId })));
    const month = await core.call('credit.month', { month: '2026-11' }, await core.signIn('zhouht'));
    expect(month).toMatchObject({ dueOn: '2026-11-30', reportRequired: true, report: { id: filed.id } });
    expect(month.rows.map((r) => [r.required, r.evaluation])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(month.rows.map((r) => r.customerId)).toContain(id);
    // Granted in October (approved the 20th): listed that month to be filled in, but not owed.
    const october = await core.call('credit.month', { month: '2026-10' }, await core.signIn('zhouht'));
    expect([october.reportRequired, october.rows.map((r) => r.required)]).toEqual([false, [false, false]]);
  });
});

describe('计划与完成 (第三十九条、第四十条)', () => {
  it('counts each month: evaluations checked per limit holder, the report filed', async () => {
    core = await openTestCore();
    const a = await gradedCustomer();
    const b = await gradedCustomer('乙公司');
    core.clock.set(shanghai('2026-11-28T10:00:00'));
    await core.call('credit.enterFigures', figures(a, { asOf: '2026-11-28' }), await core.signIn('wangjg'));
    await core.call('credit.enterFigures', figures(b, { asOf: '2026-11-28' }), await core.signIn('wangjg'));
    const first = (await core.call('credit.month', { month: '2026-11' }, await core.signIn('wangjg'))).rows.find((r) => r.customerId === a)!.evaluation!;
    await core.call('credit.checkEvaluation', { evaluationId: first.id, figuresAgree: true, opinion: '正常', proposedLimit: null }, await core.signIn('liuqiang'));
    const cadence = async (key: string, today: string) => {
      core.clock.set(shanghai(today));
      const out = await core.call('reports.cadence', { period: { kind: 'month', key } }, await core.signIn('wangjg'));
      return Object.fromEntries(out.schedules.filter((s) => s.id === EXECUTION_EVALUATION.id || s.id === SUPERVISOR_REPORT.id).map((s) => [s.id, s.occurrences.map((o) => [o.dueBy, o.required, o.done, o.status])]));
    };
    // October: nobody held a limit on 1 October (approved on the 20th): not listed.
    expect(await cadence('2026-10', '2026-11-28T10:00:00')).toEqual({});
    expect(await cadence('2026-11', '2026-11-28T10:00:00')).toEqual({ [EXECUTION_EVALUATION.id]: [['2026-11-30', 2, 1, 'open']], [SUPERVISOR_REPORT.id]: [['2026-11-30', 1, 0, 'open']] });
    expect(await cadence('2026-11', '2026-12-01T10:00:00')).toEqual({ [EXECUTION_EVALUATION.id]: [['2026-11-30', 2, 1, 'missed']], [SUPERVISOR_REPORT.id]: [['2026-11-30', 1, 0, 'missed']] });
    await core.call('credit.fileReport', { month: '2026-11', text: '经营正常', declared: true }, await core.signIn('liuqiang'));
    expect((await cadence('2026-11', '2026-12-01T10:00:00'))[SUPERVISOR_REPORT.id]).toEqual([['2026-11-30', 1, 1, 'done']]);
  });
});
