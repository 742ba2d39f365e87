import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecords } from '../../shared/api/case-records';
import type { ApiInput, ApiMethod } from '../../shared/api/contract';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { giftQuantity } from '../../shared/domain/case-records';
import { SANCTION_ARTICLES } from '../../shared/domain/sanction-articles';
import { addHeadOfficeStaff } from '../support/head-office-staff';
import { siteFieldSamples } from '../support/record-field-samples';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

/** Shanghai wall-clock time as an ISO instant (the fake clock starts Monday 2026-11-23 10:00 Shanghai). */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '郑秀兰', customerPhone: '138 0000 1234', content: '豆腐发红，包装未拆封。' };

const NAMES: Record<string, string> = { wangjg: '王建国', limei: '李梅', zhangwei: '张伟', zhaoli: '赵丽', liuqiang: '刘强', chenzm: '陈志明', sunmin: '孙敏', zhougm: '周振华' };

/** A demo core with the two posts the investigation report's chain needs besides the demo's: 行政人事部 and 总经理. */
async function openCore(pack?: string): Promise<void> {
  core = await openTestCore();
  if (pack) core.context.store.transaction((tx) => tx.prepare('UPDATE site SET rule_pack = ?').run(pack));
  // Rights no station lead holds: they come from head office's staff list (issue 18 §1.4).
  await addHeadOfficeStaff(core.context.store, [
    { login: 'sunmin', displayName: '孙敏', roles: ['admin_hr'], unit: '行政人事部' },
    { login: 'zhougm', displayName: '周振华', roles: ['general_manager'], unit: '公司领导' },
  ]);
}

async function userId(login: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === NAMES[login])!.id;
}

async function created(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const session = await core.signIn('limei');
  const complaint = await core.call('complaints.create', { ...intake, recordFields: siteFieldSamples(core, 'intake'), ...input }, session);
  return core.call('complaints.get', { id: complaint.id }, session);
}

/** Created and assigned to 张伟 by the call centre. */
async function assigned(input: Record<string, unknown> = {}): Promise<ComplaintDetail> {
  const c = await created(input);
  return act('zhaoli', c, { type: 'accept', assigneeId: await userId('zhangwei') });
}

async function act(login: string, c: ComplaintDetail, action: WorkflowActionInput): Promise<ComplaintDetail> {
  return core.call('complaints.act', { id: c.id, version: c.version, action, recordFields: siteFieldSamples(core, action.type) }, await core.signIn(login));
}

async function refusedAct(login: string, c: ComplaintDetail, action: WorkflowActionInput) {
  const response = await core.dispatch({ method: 'complaints.act', session: await core.signIn(login), input: { id: c.id, version: c.version, action } });
  if (response.ok) throw new Error(`expected ${action.type} to be refused`);
  return response.error;
}

async function call<M extends ApiMethod>(login: string, method: M, input: ApiInput<M>): Promise<CaseRecords> {
  return (await core.call(method, input, await core.signIn(login))) as CaseRecords;
}

async function refused<M extends ApiMethod>(login: string, method: M, input: ApiInput<M>) {
  const session = await core.signIn(login); // signing in is audited itself
  const before = countRows(core);
  const response = await core.dispatch({ method, input, session });
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  // A refusal writes nothing: no record, no audit row, no outbox row.
  expect(countRows(core)).toEqual(before);
  return response.error;
}

const fullReport = {
  cause: '冷链车制冷故障，运输途中温度超标',
  course: '11月20日配送途中制冷机停机约三小时，司机未上报',
  responsiblePerson: '配送司机 王某',
  conclusion: '属运输储存过程不良（篇1 5.4）',
  countermeasures: '冷链车加装温度报警；司机培训；每车每日点检',
  originalAttached: true,
};

async function planned(c: ComplaintDetail, due = sh('2026-11-25T12:00:00')): Promise<ComplaintDetail> {
  return act('zhangwei', c, { type: 'planSolution', resolverId: await userId('zhangwei'), measures: '登门致歉并更换产品', dueAt: due });
}

describe('投诉调查报告 and its review chain (篇4 第十一条、第十二条、第十七条)', () => {
  it('is filled, submitted, reviewed by the manager, 行政人事部 and the GM; a return sends it back to draft with the reason', async () => {
    await openCore();
    const c = await assigned();
    const handler = 'zhangwei';

    // A draft may be incomplete; submitting needs all five sections.
    let records = await call(handler, 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, conclusion: '', countermeasures: ' ', submit: false });
    expect(records.report).toMatchObject({ status: 'draft', version: 1, createdByName: '张伟', conclusion: '' });
    const incomplete = await refused(handler, 'caseRecords.saveReport', { complaintId: c.id, version: 1, ...fullReport, conclusion: '', countermeasures: '', submit: true });
    expect(incomplete.code).toBe('VALIDATION');
    expect(incomplete.issues?.map((i) => i.path).sort()).toEqual(['conclusion', 'countermeasures']);
    expect(incomplete.issues?.[0]?.message).toMatch(/提交前请填写「(结论|对策和防范措施)」/);

    records = await call(handler, 'caseRecords.saveReport', { complaintId: c.id, version: 1, ...fullReport, submit: true });
    expect(records.report).toMatchObject({ status: 'manager_review', round: 1, submittedByName: '张伟', originalAttached: true });
    expect(records.may.editReport).toBe(false); // under review

    // Each step only by its post, in order.
    expect(await refused('sunmin', 'caseRecords.reviewReport', { complaintId: c.id, version: 2, step: 'adminHrOpinion', decision: 'approve', opinion: '同意' })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('zhaoli', 'caseRecords.reviewReport', { complaintId: c.id, version: 2, step: 'managerReview', decision: 'approve' })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('liuqiang', 'caseRecords.get', { complaintId: c.id })).may.reviewStep).toBe('managerReview');
    records = await call('liuqiang', 'caseRecords.reviewReport', { complaintId: c.id, version: 2, step: 'managerReview', decision: 'approve', opinion: '属实' });
    expect(records.report?.status).toBe('admin_hr_review');

    // 行政人事部 must attach its opinion (附具体意见).
    const noOpinion = await refused('sunmin', 'caseRecords.reviewReport', { complaintId: c.id, version: 3, step: 'adminHrOpinion', decision: 'approve' });
    expect(noOpinion).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'opinion' }] });
    records = await call('sunmin', 'caseRecords.reviewReport', { complaintId: c.id, version: 3, step: 'adminHrOpinion', decision: 'approve', opinion: '建议对司机通报并培训' });
    expect(records.report?.status).toBe('gm_approval');

    // The GM returns it: a return needs the reason, and the report goes back to draft.
    expect(await refused('zhougm', 'caseRecords.reviewReport', { complaintId: c.id, version: 4, step: 'gmApproval', decision: 'return' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'opinion' }],
    });
    records = await call('zhougm', 'caseRecords.reviewReport', { complaintId: c.id, version: 4, step: 'gmApproval', decision: 'return', opinion: '责任者写到具体人员' });
    expect(records.report).toMatchObject({ status: 'draft', returnReason: '责任者写到具体人员' });
    expect((await call(handler, 'caseRecords.get', { complaintId: c.id })).may.editReport).toBe(true);

    // Corrected and submitted again: a new round through the whole chain.
    records = await call(handler, 'caseRecords.saveReport', { complaintId: c.id, version: 5, ...fullReport, responsiblePerson: '配送司机 王小军', submit: true });
    expect(records.report).toMatchObject({ status: 'manager_review', round: 2, returnReason: null });
    records = await call('liuqiang', 'caseRecords.reviewReport', { complaintId: c.id, version: 6, step: 'managerReview', decision: 'approve' });
    records = await call('sunmin', 'caseRecords.reviewReport', { complaintId: c.id, version: 7, step: 'adminHrOpinion', decision: 'approve', opinion: '同意处理意见' });
    core.clock.advance(60_000);
    records = await call('zhougm', 'caseRecords.reviewReport', { complaintId: c.id, version: 8, step: 'gmApproval', decision: 'approve', opinion: '同意' });
    expect(records.report?.status).toBe('approved');
    expect(records.report?.steps.map((s) => [s.round, s.step, s.decision, s.byName])).toEqual([
      [1, 'submit', 'submit', '张伟'],
      [1, 'managerReview', 'approve', '刘强'],
      [1, 'adminHrOpinion', 'approve', '孙敏'],
      [1, 'gmApproval', 'return', '周振华'],
      [2, 'submit', 'submit', '张伟'],
      [2, 'managerReview', 'approve', '刘强'],
      [2, 'adminHrOpinion', 'approve', '孙敏'],
      [2, 'gmApproval', 'approve', '周振华'],
    ]);
    expect(records.report?.steps.at(-1)).toMatchObject({ opinion: '同意', at: '2026-11-23T02:01:00.000Z' });

    // Every step is on the complaint's handling log, with audit and outbox rows.
    const detail = await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'));
    expect(detail.workflow.events.map((e) => e.action).filter((a) => a.startsWith('report.'))).toEqual([
      'report.save',
      'report.submit',
      'report.managerReview',
      'report.adminHrOpinion',
      'report.gmApproval',
      'report.submit',
      'report.managerReview',
      'report.adminHrOpinion',
      'report.gmApproval',
    ]);
    const db = core.context.store.read;
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'investigation_report'").get()).toEqual({ n: 9 });
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'investigation_report'").get()).toEqual({ n: 9 });
  });

  it('recusal: the person complained about neither writes nor reviews; nobody reviews a report they wrote', async () => {
    await openCore();
    const c = await assigned({ subjectUserId: await userId('liuqiang') });
    expect(await refused('liuqiang', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: false })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('回避') });

    // 王建国 (站长) writes and submits it: he may not review it himself, though his post may review.
    let records = await call('wangjg', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: true });
    expect(records.may.reviewStep).toBeNull();
    expect(await refused('wangjg', 'caseRecords.reviewReport', { complaintId: c.id, version: 1, step: 'managerReview', decision: 'approve' })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('自己填写'),
    });
    // 刘强 holds the manager's post but is the person complained about.
    expect((await call('liuqiang', 'caseRecords.get', { complaintId: c.id })).may.reviewStep).toBeNull();
    expect(await refused('liuqiang', 'caseRecords.reviewReport', { complaintId: c.id, version: 1, step: 'managerReview', decision: 'approve' })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('回避'),
    });
    // Another manager returns it; the one who wrote part of it in an earlier round still may not approve it later.
    const other = await core.signIn('wangjg');
    await core.call('users.create', { login: 'hejun', displayName: '何军', roles: ['unit_head'], unit: '质检部', secretKind: 'pin', secret: '123456' }, other);
    records = await call('hejun', 'caseRecords.reviewReport', { complaintId: c.id, version: 1, step: 'managerReview', decision: 'return', opinion: '补充经过' });
    records = await call('zhangwei', 'caseRecords.saveReport', { complaintId: c.id, version: 2, ...fullReport, submit: true });
    expect(await refused('wangjg', 'caseRecords.reviewReport', { complaintId: c.id, version: 3, step: 'managerReview', decision: 'approve' })).toMatchObject({ code: 'FORBIDDEN' });
    records = await call('hejun', 'caseRecords.reviewReport', { complaintId: c.id, version: 3, step: 'managerReview', decision: 'approve' });
    expect(records.report?.status).toBe('admin_hr_review');
  });

  it('under 篇4 the customer is answered only after the GM has approved the report; other packs do not ask', async () => {
    await openCore('retail-chain-p4');
    let c = await planned(await assigned());
    const refusal = await refusedAct('zhangwei', c, { type: 'resolve', result: '已退货并致歉', replyMethod: 'phone' });
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain('篇4 第十一条–第十四条');
    expect(refusal.message).toContain('本案还没有调查报告');
    expect((await call('zhangwei', 'caseRecords.get', { complaintId: c.id })).reportRequiredToResolve).toBe('seed003 篇4 第十一条–第十四条');

    await call('zhangwei', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: true });
    await call('liuqiang', 'caseRecords.reviewReport', { complaintId: c.id, version: 1, step: 'managerReview', decision: 'approve' });
    expect((await refusedAct('zhangwei', c, { type: 'resolve', result: '已退货并致歉', replyMethod: 'phone' })).message).toContain('待行政人事部审核');
    await call('sunmin', 'caseRecords.reviewReport', { complaintId: c.id, version: 2, step: 'adminHrOpinion', decision: 'approve', opinion: '同意' });
    await call('zhougm', 'caseRecords.reviewReport', { complaintId: c.id, version: 3, step: 'gmApproval', decision: 'approve' });
    c = await act('zhangwei', c, { type: 'resolve', result: '已退货并致歉', replyMethod: 'phone' });
    expect(c.status).toBe('resolved');

    // The demo site (篇6) has no such rule.
    core.context.store.transaction((tx) => tx.prepare("UPDATE site SET rule_pack = 'sichuan-group-p6'").run());
    const other = await planned(await assigned());
    expect((await act('zhangwei', other, { type: 'resolve', result: '已处理', replyMethod: 'phone' })).status).toBe('resolved');
  });
});

describe('补偿 (篇1 9.2, 篇4 第十八条)', () => {
  it('computes the gift quantity from the defective quantity and the class’s ratio; another ratio needs the special case', async () => {
    expect(giftQuantity(7, 10)).toBe(70);
    expect(giftQuantity(3, 2)).toBe(6);
    expect(giftQuantity(4, 1)).toBe(4);
    await openCore('food-maker-p1');

    const classC = await assigned(); // no criterion ticked: C, 1:1
    let records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: classC.id, type: 'gift_products', defectiveQty: 4 });
    expect(records.compensationStandard).toMatchObject({ classCode: 'C', rows: [{ ratio: 1, approvalRequired: false }] });
    expect(records.compensations[0]).toMatchObject({ giftRatio: 1, defectiveQty: 4, giftQty: 4, status: 'not_required', approvalRequired: false });

    const classB = await assigned({ tickedCriteria: ['s9.b.empty-bag'] });
    records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: classB.id, type: 'gift_products', defectiveQty: 3 });
    expect(records.compensations[0]).toMatchObject({ giftRatio: 2, giftQty: 6 });

    const classA = await assigned({ tickedCriteria: ['s9.a.colour'] });
    expect(await refused('zhangwei', 'caseRecords.addCompensation', { complaintId: classA.id, type: 'gift_products', defectiveQty: 7 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'harm' }],
    });
    records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: classA.id, type: 'gift_products', harm: 'none', defectiveQty: 7 });
    expect(records.compensations[0]).toMatchObject({ harm: 'none', giftRatio: 10, giftQty: 70, status: 'not_required' });
    expect(await refused('zhangwei', 'caseRecords.addCompensation', { complaintId: classA.id, type: 'gift_products', harm: 'none', defectiveQty: 7, giftRatio: 2 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'specialCaseNote' }],
    });
    records = await call('zhangwei', 'caseRecords.addCompensation', {
      complaintId: classA.id,
      type: 'gift_products',
      harm: 'none',
      defectiveQty: 7,
      giftRatio: 2,
      specialCaseNote: '客户只要同品种，库存不足',
    });
    expect(records.compensations[1]).toMatchObject({ giftRatio: 2, giftQty: 14, specialCaseNote: '客户只要同品种，库存不足' });
    // An amount is required where money is paid.
    expect(await refused('zhangwei', 'caseRecords.addCompensation', { complaintId: classA.id, type: 'medical_costs', harm: 'notSerious' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'amount' }],
    });
  });

  it('class A with harm to health needs the company’s approval: the case does not close before it, and only the approving post decides', async () => {
    await openCore('food-maker-p1');
    let c = await planned(await assigned({ tickedCriteria: ['s9.a.foreign-matter'] }));
    let records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'medical_costs', harm: 'serious', amount: 386.5, deliverBy: sh('2026-11-24T18:00:00') });
    const comp = records.compensations[0]!;
    expect(comp).toMatchObject({ status: 'pending_approval', approvalRequired: true, approvalBasis: 'seed003 篇1 9.2.1 a)', amount: 386.5, mayDecide: false });

    // Not delivered before approval.
    expect(await refused('zhangwei', 'caseRecords.deliverCompensation', { compensationId: comp.id, version: 1, deliveredAt: sh('2026-11-23T10:00:00') })).toMatchObject({ code: 'CONFLICT' });

    c = await act('zhangwei', c, { type: 'resolve', result: '已登门致歉，报销检查费', replyMethod: 'in_person' });
    const satisfied: WorkflowActionInput = { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' };
    const refusal = await refusedAct('zhaoli', c, satisfied);
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toContain('补偿「支付实际医疗检查费用」须经公司同意后方可执行（seed003 篇1 9.2.1 a)），尚未审批，不能结案');
    expect((await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'))).status).toBe('resolved');

    // The handler and the station lead hold no approval; the leader in charge (the company) does.
    expect(await refused('zhangwei', 'caseRecords.decideCompensation', { compensationId: comp.id, version: 1, approve: true })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('wangjg', 'caseRecords.decideCompensation', { compensationId: comp.id, version: 1, approve: true })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('chenzm', 'caseRecords.get', { complaintId: c.id })).compensations[0]!.mayDecide).toBe(true);
    records = await call('chenzm', 'caseRecords.decideCompensation', { compensationId: comp.id, version: 1, approve: true, note: '同意按票据报销' });
    expect(records.compensations[0]).toMatchObject({ status: 'approved', decidedByName: '陈志明', decisionNote: '同意按票据报销', version: 2 });

    c = await act('zhaoli', c, satisfied);
    expect(c.status).toBe('closed');
    // Delivery after closing is still recorded; later than promised shows as late (篇1 10.1.2.2 c)).
    core.clock.set(new Date(sh('2026-11-25T09:00:00')));
    expect((await call('zhangwei', 'caseRecords.get', { complaintId: c.id })).compensations[0]).toMatchObject({ deliveryOverdue: true, mayDeliver: true });
    records = await call('zhangwei', 'caseRecords.deliverCompensation', { compensationId: comp.id, version: 2, deliveredAt: sh('2026-11-25T08:30:00') });
    expect(records.compensations[0]).toMatchObject({ deliveredAt: sh('2026-11-25T08:30:00'), deliveredLate: true, deliveryOverdue: false, mayDeliver: false });
  });

  it('a compensation the company refused does not hold the case open and is never delivered; approvers do not propose', async () => {
    await openCore('food-maker-p1');
    let c = await planned(await assigned({ tickedCriteria: ['s9.a.fermented'] }));
    // 陈志明 approves for the company; proposing is the case writers' part.
    expect(await refused('chenzm', 'caseRecords.addCompensation', { complaintId: c.id, type: 'visit', harm: 'notSerious' })).toMatchObject({ code: 'FORBIDDEN' });
    // The rule requires approval whatever the person ticks.
    const records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'visit', harm: 'notSerious', requestApproval: false });
    expect(records.compensations[0]).toMatchObject({ status: 'pending_approval', approvalBasis: 'seed003 篇1 9.2.1 b)' });
    const refusedOne = await call('chenzm', 'caseRecords.decideCompensation', { compensationId: records.compensations[0]!.id, version: 1, approve: false, note: '改为电话致歉' });
    expect(refusedOne.compensations[0]).toMatchObject({ status: 'refused', mayDeliver: false });
    expect(await refused('zhangwei', 'caseRecords.deliverCompensation', { compensationId: records.compensations[0]!.id, version: 2, deliveredAt: sh('2026-11-23T10:00:00') })).toMatchObject({
      code: 'CONFLICT',
    });
    c = await act('zhangwei', c, { type: 'resolve', result: '已电话致歉', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
    expect(c.status).toBe('closed');
  });

  it('where the site’s rules are silent the person may still ask for approval (篇4 第十八条)', async () => {
    await openCore('retail-chain-p4');
    const c = await assigned();
    let records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'discount', amount: 120 });
    expect(records.compensationStandard).toBeNull();
    expect(records.compensations[0]).toMatchObject({ status: 'not_required', approvalRequired: false, approvalBasis: null });
    records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'damages', amount: 2000, requestApproval: true });
    expect(records.compensations[1]).toMatchObject({ status: 'pending_approval', approvalBasis: 'requested' });
  });
});

describe('纠正预防措施', () => {
  it('is set with an owner and due time, shows overdue, is reported done, and a not-effective verification reopens it', async () => {
    await openCore();
    const c = await assigned();
    const zhangwei = await userId('zhangwei');
    expect(await refused('zhangwei', 'caseRecords.addCapa', { complaintId: c.id, problem: '冷链温控缺失', action: '加装温度报警', ownerId: zhangwei, dueAt: sh('2026-11-23T09:00:00') })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'dueAt' }],
    });
    let records = await call('zhangwei', 'caseRecords.addCapa', { complaintId: c.id, problem: '冷链温控缺失', action: '加装温度报警', ownerId: zhangwei, dueAt: sh('2026-11-24T17:00:00') });
    const capa = records.capas[0]!;
    expect(capa).toMatchObject({ status: 'open', ownerName: '张伟', overdue: false, mayComplete: true, mayVerify: false });

    core.clock.set(new Date(sh('2026-11-25T09:00:00')));
    expect((await call('wangjg', 'caseRecords.get', { complaintId: c.id })).capas[0]).toMatchObject({ overdue: true });
    records = await call('zhangwei', 'caseRecords.completeCapa', { capaId: capa.id, version: 1, note: '三台车已加装' });
    expect(records.capas[0]).toMatchObject({ status: 'implemented', overdue: false, implementationNote: '三台车已加装' });

    // The owner never verifies their own action; a verifier's post is needed.
    expect(await refused('zhangwei', 'caseRecords.verifyCapa', { capaId: capa.id, version: 2, effective: true, note: '有效' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('wangjg', 'caseRecords.verifyCapa', { capaId: capa.id, version: 2, effective: false, note: '仍有超温' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'newDueAt' }],
    });
    records = await call('wangjg', 'caseRecords.verifyCapa', { capaId: capa.id, version: 2, effective: false, note: '第四台车仍有超温', newDueAt: sh('2026-12-01T17:00:00') });
    expect(records.capas[0]).toMatchObject({ status: 'open', reopenCount: 1, dueAt: sh('2026-12-01T17:00:00'), implementedAt: null, overdue: false });
    expect(records.capas[0]!.verifications).toMatchObject([{ byName: '王建国', effective: false, note: '第四台车仍有超温' }]);

    records = await call('zhangwei', 'caseRecords.completeCapa', { capaId: capa.id, version: 3, note: '四台车全部加装' });
    records = await call('liuqiang', 'caseRecords.verifyCapa', { capaId: capa.id, version: 4, effective: true, note: '连续一周无超温' });
    expect(records.capas[0]).toMatchObject({ status: 'effective', mayComplete: false, mayVerify: false });
    expect(records.capas[0]!.verifications.map((v) => v.effective)).toEqual([false, true]);
    const events = (await core.call('complaints.get', { id: c.id }, await core.signIn('zhaoli'))).workflow.events.map((e) => e.action);
    expect(events.filter((a) => a.startsWith('capa.'))).toEqual(['capa.add', 'capa.complete', 'capa.verify', 'capa.complete', 'capa.verify']);
  });
});

describe('奖惩记录', () => {
  it('rests on an article of the cited list, with the measure and amount the article allows', async () => {
    await openCore();
    const c = await assigned();
    const zhangwei = await userId('zhangwei');
    expect(SANCTION_ARTICLES.every((a) => a.source.length > 0 && a.measures.length > 0)).toBe(true);

    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'made-up', measure: 'fine', amount: 100 })).toMatchObject({
      issues: [{ path: 'articleCode' }],
    });
    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'p6.41', measure: 'dismissal' })).toMatchObject({
      issues: [{ path: 'measure' }],
    });
    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'p6.41', measure: 'fine', amount: 2000 })).toMatchObject({
      issues: [{ path: 'amount', reason: { key: 'sanctions.errors.amountOutOfRange', params: { source: 'seed003 篇6 第四十一条', min: 500, max: 1000, amount: 2000 } } }],
    });
    let records = await call('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'p6.41', measure: 'fine', amount: 800, note: '态度生硬导致升级' });
    expect(records.sanctions[0]).toMatchObject({ personName: '张伟', kind: 'penalty', articleCode: 'p6.41', measure: 'fine', amount: 800, byName: '王建国' });

    // seed004 §M: the points follow from the table and the role.
    records = await call('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'seed004-m.quality.3', measure: 'points', deductionRole: 0 });
    expect(records.sanctions[1]).toMatchObject({ points: 10, deductionRole: { zh: '直接责任人' } });
    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'seed004-m.quality.3', measure: 'points', deductionRole: 3 })).toMatchObject({
      issues: [{ path: 'deductionRole' }],
    });
    // S10 names no measure: the internal handling is described.
    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 's10.minor', measure: 'internal' })).toMatchObject({ issues: [{ path: 'note' }] });
    records = await call('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: zhangwei, articleCode: 'p6.43', measure: 'reward', amount: 200 });
    expect(records.sanctions[2]).toMatchObject({ kind: 'reward', amount: 200 });

    // Only the posts that record sanctions, never for oneself.
    expect(await refused('zhangwei', 'caseRecords.addSanction', { complaintId: c.id, personId: await userId('limei'), articleCode: 'p6.43', measure: 'reward' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('wangjg', 'caseRecords.addSanction', { complaintId: c.id, personId: await userId('wangjg'), articleCode: 'p6.43', measure: 'reward' })).toMatchObject({ issues: [{ path: 'personId' }] });
  });
});

describe('permissions and versions', () => {
  it('writers are case-record posts or the assignee; everyone else is refused', async () => {
    await openCore();
    const c = await assigned();
    expect(await refused('limei', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: false })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('chenzm', 'caseRecords.addCapa', { complaintId: c.id, problem: 'x', action: 'y', ownerId: await userId('zhangwei'), dueAt: sh('2026-11-30T17:00:00') })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('limei', 'caseRecords.verifyCapa', { capaId: 'none', version: 1, effective: true, note: '有效' })).toMatchObject({ code: 'FORBIDDEN' });
    // A receiver who is the case's assignee writes its records.
    const own = await created();
    const assignedToLimei = await act('zhaoli', own, { type: 'accept', assigneeId: await userId('limei') });
    const records = await call('limei', 'caseRecords.saveReport', { complaintId: assignedToLimei.id, version: 0, ...fullReport, submit: false });
    expect(records.may).toMatchObject({ editReport: true, addCompensation: true, addCapa: true, addSanction: false, reviewStep: null });
    // Nothing is written on an invalid complaint.
    const invalid = await act('zhaoli', await created(), { type: 'markInvalid', reasonCode: 'unclear', explanation: '无法联系' });
    expect(await refused('zhangwei', 'caseRecords.saveReport', { complaintId: invalid.id, version: 0, ...fullReport, submit: false })).toMatchObject({ code: 'CONFLICT' });
  });

  it('after closing, the report may still be finished and reviewed and corrective actions set; no new compensation is proposed', async () => {
    await openCore();
    let c = await planned(await assigned());
    c = await act('zhangwei', c, { type: 'resolve', result: '已处理', replyMethod: 'phone' });
    c = await act('zhaoli', c, { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' });
    expect(c.status).toBe('closed');
    let records = await call('zhangwei', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: true });
    records = await call('liuqiang', 'caseRecords.reviewReport', { complaintId: c.id, version: 1, step: 'managerReview', decision: 'approve' });
    expect(records.report?.status).toBe('admin_hr_review');
    expect(records.may.addCompensation).toBe(false);
    expect(await refused('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'apology' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已结案') });
    records = await call('zhangwei', 'caseRecords.addCapa', { complaintId: c.id, problem: '夜间无人值守', action: '排班覆盖夜间', ownerId: await userId('zhangwei'), dueAt: sh('2026-11-30T17:00:00') });
    expect(records.capas[0]!.status).toBe('open');
  });

  it('a stale version is refused with CONFLICT, for the report, a compensation and a corrective action', async () => {
    await openCore('food-maker-p1');
    const c = await assigned({ tickedCriteria: ['s9.a.foreign-matter'] });
    await call('zhangwei', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: false });
    // Someone else created it meanwhile: version 0 no longer holds.
    expect(await refused('wangjg', 'caseRecords.saveReport', { complaintId: c.id, version: 0, ...fullReport, submit: false })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('刷新') });
    await call('wangjg', 'caseRecords.saveReport', { complaintId: c.id, version: 1, ...fullReport, submit: false });
    expect(await refused('zhangwei', 'caseRecords.saveReport', { complaintId: c.id, version: 1, ...fullReport, submit: true })).toMatchObject({ code: 'CONFLICT' });

    const records = await call('zhangwei', 'caseRecords.addCompensation', { complaintId: c.id, type: 'visit', harm: 'serious' });
    const comp = records.compensations[0]!;
    await call('chenzm', 'caseRecords.decideCompensation', { compensationId: comp.id, version: 1, approve: true });
    expect(await refused('zhougm', 'caseRecords.decideCompensation', { compensationId: comp.id, version: 1, approve: false })).toMatchObject({ code: 'CONFLICT' });

    const withCapa = await call('zhangwei', 'caseRecords.addCapa', { complaintId: c.id, problem: '异物', action: '加装金属探测', ownerId: await userId('zhangwei'), dueAt: sh('2026-11-30T17:00:00') });
    await call('zhangwei', 'caseRecords.completeCapa', { capaId: withCapa.capas[0]!.id, version: 1, note: '已加装' });
    expect(await refused('zhangwei', 'caseRecords.completeCapa', { capaId: withCapa.capas[0]!.id, version: 1, note: '已加装' })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('wangjg', 'caseRecords.verifyCapa', { capaId: withCapa.capas[0]!.id, version: 1, effective: true, note: '有效' })).toMatchObject({ code: 'CONFLICT' });
  });
});
