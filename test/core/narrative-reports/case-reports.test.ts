import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../../shared/api/contract';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * The special report per major complaint (seed003 篇6 第三十八条(一)7 客户重大
 * 投诉专项报告) through the dispatcher: offered only for a complaint whose
 * class in its pack names the report, its facts taken from the complaint and
 * frozen at 签发 by the call centre, corrected by a new version, sent to head
 * office like the period reports.
 */
let core: TestCore;
afterEach(() => core?.close());

const KIND = 'sichuan-p6-major-complaint-report';
const TEXT = { keyProblem: '业主家中燃气泄漏，造成财产损失。', handling: '当日派员抢修，赔偿损失。' };

async function refusal<M extends ApiMethod>(login: string, method: M, input: ApiInput<M>) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`${method} should have been refused`);
  return { code: response.error.code, key: response.error.reason?.key, path: response.error.issues?.[0]?.path };
}
const db = () => core.context.store.read;

/** Two complaints received on 23 Nov 2026: one ticked 重大 under 第十三条 第二类(一), one ordinary. */
async function twoComplaints() {
  core = await openTestCore();
  const limei = await core.signIn('limei');
  const major = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周女士', customerPhone: '13800001111', content: '燃气泄漏造成损失', tickedCriteria: ['major.1'] }, limei);
  const ordinary = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '钱先生', customerPhone: '13800002222', content: '门口垃圾未清' }, limei);
  expect(major.classCode).toBe('major');
  expect(ordinary.classCode).toBe('ordinary');
  core.clock.advance(3_600_000);
  return { major, ordinary };
}

describe('special report per major complaint', () => {
  it('is offered for the major complaint, takes its facts from the record, and freezes them at 签发 while the complaint changes', async () => {
    const { major } = await twoComplaints();
    const zhaoli = await core.signIn('zhaoli');
    const offer = await core.call('narrativeReports.forComplaint', { complaintId: major.id }, zhaoli);
    expect(offer).toMatchObject({ kind: { id: KIND }, item: { state: 'due', draftId: null, issued: null, complaint: { serial: major.serial, classLabel: { zh: '重大投诉' } } } });

    const draft = await core.call('narrativeReports.saveDraft', { kindId: KIND, complaintId: major.id, sections: TEXT }, zhaoli);
    expect(draft).toMatchObject({ status: 'draft', period: null, statistics: null, complaint: { id: major.id, serial: major.serial } });
    const facts = draft.caseFacts!;
    expect(facts).toMatchObject({ serial: major.serial, receivedAt: major.receivedAt, firstReceiverName: '李梅', grade: { classCode: 'major', classLabel: { zh: '重大投诉' } } });
    expect(facts.grade.reasons.map((r) => r.source)).toContain('seed003 篇6 第十三条 第二类(一)');
    expect(facts.steps.length).toBeGreaterThan(0);
    // An hour after receipt: the 5-minute response (第十八条) is missed, the 3–7 working days of handling still run.
    expect(facts.deadlines.find((d) => d.step === 'response')).toMatchObject({ outcome: 'openLate' });
    expect(facts.deadlines.find((d) => d.step === 'resolution')).toMatchObject({ outcome: 'pending' });

    const issued = await core.call('narrativeReports.issue', { id: draft.id }, zhaoli);
    expect(issued).toMatchObject({ status: 'issued', issued: { byName: '赵丽', role: 'call_centre' }, caseFacts: facts });
    const outbox = db().prepare("SELECT payload FROM outbox WHERE entity = 'narrative_report' AND entity_id = ?").get(draft.id) as { payload: string };
    expect(JSON.parse(outbox.payload)).toMatchObject({ kindId: KIND, status: 'issued', complaint: { id: major.id }, caseFacts: { serial: major.serial, grade: { classCode: 'major' } } });

    // The complaint changes afterwards: the call centre lowers it to 一般 and two days pass (its response limit is long gone).
    core.clock.advance(2 * 86_400_000);
    const zhaoliLater = await core.signIn('zhaoli');
    await core.call('complaints.overrideClass', { id: major.id, classCode: 'ordinary', reason: '核实后损失轻微' }, zhaoliLater);
    const reread = await core.call('narrativeReports.get', { id: draft.id }, await core.signIn('chenzm'));
    expect(reread.caseFacts).toEqual(facts);
    expect(reread.caseFacts!.grade.classCode).toBe('major');
    expect(reread.caseFacts!.deadlines.find((d) => d.step === 'resolution')!.outcome).toBe('pending');
    const write = (sql: string) => () => core.context.store.transaction((tx) => tx.prepare(sql).run(draft.id));
    expect(write("UPDATE narrative_reports SET statistics = '{}' WHERE id = ?")).toThrow(/frozen/);
    expect(write('DELETE FROM narrative_reports WHERE id = ?')).toThrow(/frozen/);

    // No longer major: nothing new is offered, a correction may be drafted but not issued; the issued report stays listed.
    expect(await core.call('narrativeReports.forComplaint', { complaintId: major.id }, zhaoliLater)).toEqual({ kind: null, item: null });
    const correction = await core.call('narrativeReports.reissue', { id: draft.id, reason: '等级已调整' }, zhaoliLater);
    expect(correction).toMatchObject({ version: 2, status: 'draft', replaces: { id: draft.id, version: 1 }, caseFacts: { grade: { classCode: 'ordinary' } } });
    expect(await refusal('zhaoli', 'narrativeReports.issue', { id: correction.id })).toMatchObject({ code: 'VALIDATION', key: 'narrativeReports.errors.notMajor' });
    const list = await core.call('narrativeReports.list', { year: '2026' }, zhaoliLater);
    expect(list.cases.find((c) => c.complaint.id === major.id)).toMatchObject({ kindId: KIND, state: 'issued', draftId: correction.id, issued: { id: draft.id, version: 1 } });
  });

  it('is neither offered nor accepted for an ordinary complaint, and only the call centre signs it', async () => {
    const { major, ordinary } = await twoComplaints();
    const zhaoli = await core.signIn('zhaoli');
    expect(await core.call('narrativeReports.forComplaint', { complaintId: ordinary.id }, zhaoli)).toEqual({ kind: null, item: null });
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { kindId: KIND, complaintId: ordinary.id, sections: TEXT })).toMatchObject({ code: 'VALIDATION', key: 'narrativeReports.errors.notMajor', path: 'complaintId' });
    const list = await core.call('narrativeReports.list', { year: '2026' }, zhaoli);
    expect(list.cases.some((c) => c.complaint.id === ordinary.id)).toBe(false);
    expect(list.cases.find((c) => c.complaint.id === major.id)).toMatchObject({ state: 'due', issued: null });
    // A case kind needs a complaint, a period kind a period.
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { kindId: KIND, period: { kind: 'month', key: '2026-11' }, sections: TEXT })).toMatchObject({ key: 'narrativeReports.errors.otherReport' });

    // The station lead may draft (statistics.read), not sign; the receiver may do neither.
    const { id } = await core.call('narrativeReports.saveDraft', { kindId: KIND, complaintId: major.id, sections: { keyProblem: '只写了问题' } }, await core.signIn('wangjg'));
    expect(await refusal('wangjg', 'narrativeReports.issue', { id })).toMatchObject({ code: 'FORBIDDEN', key: 'narrativeReports.errors.wrongSigner' });
    expect(await refusal('zhaoli', 'narrativeReports.issue', { id })).toMatchObject({ code: 'VALIDATION', key: 'narrativeReports.errors.sectionMissing', path: 'sections.handling' });
    expect(await refusal('limei', 'narrativeReports.saveDraft', { kindId: KIND, complaintId: major.id, sections: TEXT })).toMatchObject({ code: 'FORBIDDEN', key: 'narrativeReports.errors.notAllowed' });
    expect(await core.call('narrativeReports.forComplaint', { complaintId: major.id }, await core.signIn('limei'))).toEqual({ kind: null, item: null });
    expect(db().prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'narrative_report'").get()).toEqual({ n: 0 });
  });
});
