import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api/contract';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { routeDriver } from '../procedure/routes-support';

let core: TestCore;
afterEach(() => core?.close());

const S = 'seed002 客户管理制度6';
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(core.clock.now().getTime() - ms).toISOString();

async function station() {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('testing-station');
  await d.map('limei', ['tech_office']);
  await d.map('chenzm', ['testing_staff']);
  await d.map('zhaoli', ['testing_staff']);
  await d.map('wangjg', ['authorised_signatory']);
  await d.map('zhangwei', ['department_head']);
  const c = await d.create('limei', { tickedCriteria: ['monitoring-data.test-result'] });
  return { d, c };
}

type RetestInput = ApiInput<'testReports.recordRetest'>;
const call = async <M extends 'testReports.recordRetest' | 'testReports.withdraw'>(login: string, method: M, input: ApiInput<M>) => core.call(method, input, await core.signIn(login));
const refused = async (login: string, method: 'testReports.recordRetest' | 'testReports.withdraw', input: unknown) => {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`expected ${method} by ${login} to be refused`);
  return response.error;
};

async function retestInput(d: ReturnType<typeof routeDriver>, complaintId: string, change: Partial<RetestInput> = {}): Promise<RetestInput> {
  return {
    complaintId,
    sampleCode: 'MM-7731',
    sampleBasis: 'original',
    testerIds: [await d.userId('chenzm'), await d.userId('zhaoli')],
    testedAt: ago(2 * HOUR),
    result: '复检COD 48 mg/L，与原报告 62 mg/L 不符',
    originalCorrect: false,
    ...change,
  };
}

describe(`复检: a re-test on the original, coded sample by two persons (${S} 2.2.2–2.2.4)`, () => {
  it('records the appealed report, the sample’s code, both testers and the verdict, audited and queued for head office', async () => {
    const { d, c } = await station();
    const records = await call('limei', 'testReports.recordRetest', await retestInput(d, c.id));
    expect(records.offered).toBe(true);
    expect(records.retests).toEqual([
      expect.objectContaining({ reportNumber: 'JC-2026-0412', sampleCode: 'MM-7731', sampleBasis: 'original', resampleReason: null, testerNames: ['陈志明', '赵丽'], originalCorrect: false, recordedByName: '李梅', withdrawal: null, source: `${S} 2.2.2–2.2.4` }),
    ]);
    const outbox = core.context.store.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'report_retest'").get() as { n: number };
    expect(outbox.n).toBe(1);
    expect(() => core.context.store.read.prepare('DELETE FROM report_retests').run()).toThrow(/append-only/);
  });

  it('refuses the same person twice, a re-test without the sample’s code, and a new sample without the reason', async () => {
    const { d, c } = await station();
    const chenzm = await d.userId('chenzm');
    expect(await refused('limei', 'testReports.recordRetest', await retestInput(d, c.id, { testerIds: [chenzm, chenzm] }))).toMatchObject({
      code: 'VALIDATION',
      reason: { key: 'sidePaths.errors.sameTesterTwice', params: { source: `${S} 2.2.2–2.2.4` } },
    });
    const { sampleCode: _dropped, ...withoutCode } = await retestInput(d, c.id);
    expect(await refused('limei', 'testReports.recordRetest', withoutCode)).toMatchObject({ code: 'VALIDATION' });
    expect(await refused('limei', 'testReports.recordRetest', await retestInput(d, c.id, { sampleCode: '   ' }))).toMatchObject({ code: 'VALIDATION' });
    expect(await refused('limei', 'testReports.recordRetest', await retestInput(d, c.id, { sampleBasis: 'resampled' }))).toMatchObject({ reason: { key: 'sidePaths.errors.resampleReasonRequired' } });
    const resampled = await call('limei', 'testReports.recordRetest', await retestInput(d, c.id, { sampleBasis: 'resampled', resampleReason: '运输途中样品瓶破损' }));
    expect(resampled.retests[0]).toMatchObject({ sampleBasis: 'resampled', resampleReason: '运输途中样品瓶破损' });
    expect((core.context.store.read.prepare('SELECT count(*) AS n FROM report_retests').get() as { n: number }).n).toBe(1);
  });

  it('takes testers only from the posts the source names, and the record only from the technical business office', async () => {
    const { d, c } = await station();
    expect(await refused('limei', 'testReports.recordRetest', await retestInput(d, c.id, { testerIds: [await d.userId('chenzm'), await d.userId('zhangwei')] }))).toMatchObject({
      code: 'VALIDATION',
      reason: { key: 'sidePaths.errors.personNotInPost', params: { name: '张伟', rolesZh: '有关室和检验人员 或 技术业务室' } },
    });
    expect(await refused('zhangwei', 'testReports.recordRetest', await retestInput(d, c.id))).toMatchObject({
      code: 'FORBIDDEN',
      reason: { key: 'procedure.errors.wrongRole', params: { rolesZh: '技术业务室' } },
    });
  });

  it('is not offered on a complaint about general matters (2.1)', async () => {
    const { d } = await station();
    const general = await d.create('limei');
    expect(general.classCode).toBe('general-matter');
    expect(await core.call('testReports.get', { complaintId: general.id }, await core.signIn('limei'))).toEqual({ offered: false, retests: [] });
    expect(await refused('limei', 'testReports.recordRetest', await retestInput(d, general.id))).toMatchObject({ code: 'CONFLICT', reason: { key: 'sidePaths.errors.retestNotOffered' } });
  });
});

describe(`收回作废: a report the re-test proved wrong is withdrawn and voided with the authorised signatory’s approval (${S} 2.2.5)`, () => {
  it('records the reason, the approving signatory, when and the corrected report; once only', async () => {
    const { d, c } = await station();
    const retestId = (await call('limei', 'testReports.recordRetest', await retestInput(d, c.id))).retests[0]!.id;
    const withdraw = { retestId, reason: '原报告计算错误', approvedById: await d.userId('wangjg'), withdrawnAt: ago(HOUR), correctedReportNumber: 'JC-2026-0412-G' };
    const records = await call('limei', 'testReports.withdraw', withdraw);
    expect(records.retests[0]!.withdrawal).toEqual({ reason: '原报告计算错误', approvedByName: '王建国', withdrawnAt: withdraw.withdrawnAt, correctedReportNumber: 'JC-2026-0412-G', recordedByName: '李梅', source: `${S} 2.2.5` });
    expect(await refused('limei', 'testReports.withdraw', withdraw)).toMatchObject({ code: 'CONFLICT', reason: { key: 'sidePaths.errors.alreadyWithdrawn' } });
  });

  it('keeps a report the re-test confirmed, and refuses an approver who is not the authorised signatory or a time before the re-test', async () => {
    const { d, c } = await station();
    const stands = (await call('limei', 'testReports.recordRetest', await retestInput(d, c.id, { originalCorrect: true, result: '与原报告一致' }))).retests[0]!.id;
    const withdraw = { retestId: stands, reason: '客户要求', approvedById: await d.userId('wangjg'), withdrawnAt: ago(HOUR), correctedReportNumber: 'X-1' };
    expect(await refused('limei', 'testReports.withdraw', withdraw)).toMatchObject({ code: 'CONFLICT', reason: { key: 'sidePaths.errors.originalStands', params: { source: `${S} 2.2.5` } } });
    const wrong = (await call('limei', 'testReports.recordRetest', await retestInput(d, c.id))).retests.find((r) => !r.originalCorrect)!.id;
    expect(await refused('limei', 'testReports.withdraw', { ...withdraw, retestId: wrong, approvedById: await d.userId('chenzm') })).toMatchObject({
      reason: { key: 'sidePaths.errors.personNotInPost', params: { rolesZh: '授权签字人' } },
    });
    expect(await refused('limei', 'testReports.withdraw', { ...withdraw, retestId: wrong, withdrawnAt: ago(3 * HOUR) })).toMatchObject({ reason: { key: 'sidePaths.errors.withdrawnBeforeRetest' } });
    expect((core.context.store.read.prepare('SELECT count(*) AS n FROM report_withdrawals').get() as { n: number }).n).toBe(0);
  });
});

describe(`处理结果: the re-test's result written in the 抱怨受理登记表 (${S} 2.2.5)`, () => {
  const resultCell = async (serial: string) => {
    const sheet = await core.call('ledgers.sheet', { ledgerId: 'lab.appeal-acceptance', serial }, await core.signIn('wangjg'));
    return sheet.rows[0]!.cells['result'];
  };

  it('prints a kept report, and a withdrawn one with the corrected report’s number, in the 处理结果 column', async () => {
    const { d, c } = await station();
    expect(await resultCell(c.serial)).toBeNull();
    await call('limei', 'testReports.recordRetest', await retestInput(d, c.id, { originalCorrect: true, result: '复检COD 61 mg/L，与原报告一致' }));
    expect(await resultCell(c.serial)).toEqual({
      zh: '复检：复检COD 61 mg/L，与原报告一致，原检验结果正确，维持原报告 JC-2026-0412',
      en: 'Re-test: 复检COD 61 mg/L，与原报告一致; the original result is correct, report JC-2026-0412 stands',
    });
    const wrong = (await call('limei', 'testReports.recordRetest', await retestInput(d, c.id, { testedAt: ago(HOUR) }))).retests.find((r) => !r.originalCorrect)!.id;
    await call('limei', 'testReports.withdraw', { retestId: wrong, reason: '原报告计算错误', approvedById: await d.userId('wangjg'), withdrawnAt: ago(HOUR / 2), correctedReportNumber: 'JC-2026-0412-G' });
    const cell = (await resultCell(c.serial)) as { zh: string; en: string };
    expect(cell.zh.split('；')).toEqual([
      '复检：复检COD 61 mg/L，与原报告一致，原检验结果正确，维持原报告 JC-2026-0412',
      '复检：复检COD 48 mg/L，与原报告 62 mg/L 不符，原检验结果有误，经授权签字人王建国批准收回原报告 JC-2026-0412 并作废，出具更正报告 JC-2026-0412-G',
    ]);
    expect(cell.en).toContain('report JC-2026-0412 withdrawn and voided with the approval of the authorised signatory 王建国, corrected report JC-2026-0412-G issued');
  });

  it('masks a phone number typed into the re-test’s result, as every free text leaves the core', async () => {
    const { d, c } = await station();
    await call('limei', 'testReports.recordRetest', await retestInput(d, c.id, { originalCorrect: true, result: '与原报告一致，已电话13812345678告知' }));
    const cell = (await resultCell(c.serial)) as { zh: string; en: string };
    expect(cell.zh).toContain('已电话138****5678告知');
    expect(`${cell.zh}${cell.en}`).not.toContain('13812345678');
  });
});
