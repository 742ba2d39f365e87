import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../../shared/api/contract';
import { openTestCore, type TestCore } from '../../support/temp-core';

/**
 * Narrative periodic reports through the dispatcher (issue 16 item 7): the
 * draft, 签发 by the role the source names, the numbers frozen at issue while
 * the records change, a correction as a new version, and every refusal.
 * The demo site runs 篇6 (sichuan-group-p6): its 客户投诉分析报告 is written by
 * the call centre (赵丽, zhaoli) under 第三十八条(一)7.
 */
let core: TestCore;
afterEach(() => core?.close());

const KIND = 'sichuan-p6-analysis-report';
const november = { kind: 'month' as const, key: '2026-11' };
const TEXT = { overview: '本月受理投诉若干件。', analysis: '主要原因是夜间噪声。' };

async function refusal<M extends ApiMethod>(login: string, method: M, input: ApiInput<M>) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) });
  if (response.ok) throw new Error(`${method} should have been refused`);
  return { code: response.error.code, key: response.error.reason?.key, params: response.error.reason?.params, path: response.error.issues?.[0]?.path };
}
const db = () => core.context.store.read;

/** Opens the demo store on 23 Nov 2026, adds one complaint that month, and moves to 2 Dec so November has ended. */
async function novemberEnded(): Promise<void> {
  core = await openTestCore();
  await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '周女士', customerPhone: '13800001111', content: '夜间噪声' }, await core.signIn('limei'));
  core.clock.set(new Date('2026-12-02T02:00:00.000Z'));
}

describe('narrative reports', () => {
  it('issues a draft once, freezes its numbers and text against later changes to the records, and sends it to head office', async () => {
    await novemberEnded();
    const zhaoli = await core.signIn('zhaoli');
    const draft = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: november, sections: { overview: '初稿' } }, zhaoli);
    expect(draft).toMatchObject({ status: 'draft', version: 1, sections: { overview: '初稿' }, issued: null, replaces: null });
    const saved = await core.call('narrativeReports.saveDraft', { id: draft.id, kindId: KIND, period: november, sections: TEXT }, zhaoli);
    expect(saved.id).toBe(draft.id);
    // The draft's text is in the store (a crash keeps it), not in the outbox: only an issued version goes to head office.
    expect(JSON.parse((db().prepare('SELECT sections FROM narrative_reports WHERE id = ?').get(draft.id) as { sections: string }).sections)).toEqual(TEXT);
    expect(db().prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'narrative_report'").get()).toEqual({ n: 0 });

    const live = await core.call('reports.run', { definitionId: 'sichuan-p6-analysis', period: november }, await core.signIn('wangjg'));
    const complaintsThen = live.total.complaints!.value!;
    expect(complaintsThen).toBeGreaterThan(0);
    expect(saved.statistics!.total.complaints!.value).toBe(complaintsThen);
    // Only the kind's measures and tables are embedded.
    expect(saved.statistics!.measures.map((m) => m.measure)).not.toContain('meanHandlingWorkDays');
    expect(saved.statistics!.tables.map((t) => t.dimension)).toEqual(['class', 'channel', 'cause', 'unit']);

    const issued = await core.call('narrativeReports.issue', { id: draft.id }, zhaoli);
    expect(issued).toMatchObject({ status: 'issued', sections: TEXT, issued: { byName: '赵丽', role: 'call_centre', at: '2026-12-02T02:00:00.000Z' } });
    const outbox = db().prepare("SELECT payload FROM outbox WHERE entity = 'narrative_report' AND entity_id = ?").get(draft.id) as { payload: string };
    expect(JSON.parse(outbox.payload)).toMatchObject({ id: draft.id, kindId: KIND, status: 'issued', sections: TEXT, statistics: { total: { complaints: { value: complaintsThen } } } });

    // The records change afterwards: every November complaint becomes a suggestion, one more is ruled invalid.
    core.context.store.transaction((tx) => tx.prepare("UPDATE report_complaints SET kind = 'suggestion' WHERE received_month = '2026-11'").run());
    const after = await core.call('reports.run', { definitionId: 'sichuan-p6-analysis', period: november }, await core.signIn('wangjg'));
    expect(after.total.complaints!.value).toBe(0);
    const reread = await core.call('narrativeReports.get', { id: draft.id }, await core.signIn('chenzm'));
    expect(reread.statistics).toEqual(issued.statistics);
    expect(reread.statistics!.total.complaints!.value).toBe(complaintsThen);
    expect(reread.sections).toEqual(TEXT);
  });

  it('refuses to change an issued version, through the API with its own code and in the store by its triggers', async () => {
    await novemberEnded();
    const zhaoli = await core.signIn('zhaoli');
    const { id } = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: november, sections: TEXT }, zhaoli);
    await core.call('narrativeReports.issue', { id }, zhaoli);
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { id, kindId: KIND, period: november, sections: { overview: '改写' } })).toMatchObject({ code: 'CONFLICT', key: 'narrativeReports.errors.issuedFrozen', params: { version: 1 } });
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { kindId: KIND, period: november, sections: { overview: '另起一稿' } })).toMatchObject({ code: 'CONFLICT', key: 'narrativeReports.errors.alreadyIssued' });
    expect(await refusal('zhaoli', 'narrativeReports.issue', { id })).toMatchObject({ code: 'CONFLICT', key: 'narrativeReports.errors.issuedFrozen' });
    const write = (sql: string) => () => core.context.store.transaction((tx) => tx.prepare(sql).run(id));
    expect(write("UPDATE narrative_reports SET sections = '{}' WHERE id = ?")).toThrow(/frozen/);
    expect(write('DELETE FROM narrative_reports WHERE id = ?')).toThrow(/frozen/);
    expect((await core.call('narrativeReports.get', { id }, zhaoli)).sections).toEqual(TEXT);
  });

  it('lets only the signer role issue, only after the period, only with the required sections; refuses future and unknown periods', async () => {
    await novemberEnded();
    const lead = await core.signIn('wangjg');
    const { id } = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: november, sections: { overview: '只写了概况' } }, lead);
    // The station lead may draft (statistics.read) but 第三十八条(一)7 makes the call centre the author.
    expect(await refusal('wangjg', 'narrativeReports.issue', { id })).toMatchObject({ code: 'FORBIDDEN', key: 'narrativeReports.errors.wrongSigner' });
    expect(await refusal('zhaoli', 'narrativeReports.issue', { id })).toMatchObject({ code: 'VALIDATION', key: 'narrativeReports.errors.sectionMissing', path: 'sections.analysis' });
    expect(await refusal('limei', 'narrativeReports.list', { year: '2026' })).toMatchObject({ code: 'FORBIDDEN', key: 'narrativeReports.errors.notAllowed' });
    expect(await refusal('limei', 'narrativeReports.get', { id })).toMatchObject({ code: 'FORBIDDEN', key: 'narrativeReports.errors.notAllowed' });
    const save = (period: { kind: 'month' | 'week' | 'quarter'; key: string }, sections: Record<string, string> = TEXT) => refusal('zhaoli', 'narrativeReports.saveDraft', { kindId: KIND, period, sections });
    expect(await save({ kind: 'month', key: '2027-01' })).toMatchObject({ key: 'reports.errors.futurePeriod', params: { date: { date: '2027-01-01' } } });
    expect(await save({ kind: 'month', key: '2026-13' })).toMatchObject({ key: 'reports.errors.noSuchPeriod' });
    expect(await save({ kind: 'week', key: '2026-W48' })).toMatchObject({ key: 'reports.errors.periodNotOffered' });
    expect(await save(november, { summary: 'x' })).toMatchObject({ key: 'narrativeReports.errors.unknownSection', path: 'sections.summary' });
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { kindId: 'insurance-p5-monthly-analysis-report', period: november, sections: {} })).toMatchObject({ code: 'NOT_FOUND', key: 'narrativeReports.errors.unknownKind' });
    // December is running: a draft may be started, not issued.
    const december = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: { kind: 'month', key: '2026-12' }, sections: TEXT }, await core.signIn('zhaoli'));
    expect(await refusal('zhaoli', 'narrativeReports.issue', { id: december.id })).toMatchObject({ key: 'narrativeReports.errors.periodNotEnded', params: { date: { date: '2026-12-31' } } });
    expect(await refusal('zhaoli', 'narrativeReports.saveDraft', { id, kindId: KIND, period: { kind: 'month', key: '2026-12' }, sections: TEXT })).toMatchObject({ key: 'narrativeReports.errors.otherReport' });
  });

  it('corrects an issued version by a new one that names it and why; the old stays readable; the list follows', async () => {
    await novemberEnded();
    const zhaoli = await core.signIn('zhaoli');
    const first = await core.call('narrativeReports.saveDraft', { kindId: KIND, period: november, sections: TEXT }, zhaoli);
    await core.call('narrativeReports.issue', { id: first.id }, zhaoli);
    expect(await refusal('zhaoli', 'narrativeReports.reissue', { id: 'nope', reason: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
    core.clock.advance(60_000);
    const second = await core.call('narrativeReports.reissue', { id: first.id, reason: '原因分析遗漏了设备老化' }, zhaoli);
    expect(second).toMatchObject({ status: 'draft', version: 2, sections: TEXT, replaces: { id: first.id, version: 1 }, correctionReason: '原因分析遗漏了设备老化' });
    expect(await refusal('zhaoli', 'narrativeReports.reissue', { id: first.id, reason: '再改' })).toMatchObject({ code: 'CONFLICT', key: 'narrativeReports.errors.draftExists' });
    expect(await refusal('zhaoli', 'narrativeReports.reissue', { id: second.id, reason: '草稿' })).toMatchObject({ key: 'narrativeReports.errors.notIssued' });
    await core.call('narrativeReports.saveDraft', { id: second.id, kindId: KIND, period: november, sections: { ...TEXT, analysis: '夜间噪声；设备老化。' } }, zhaoli);
    const reissued = await core.call('narrativeReports.issue', { id: second.id }, zhaoli);
    expect(reissued).toMatchObject({ status: 'issued', version: 2, sections: { analysis: '夜间噪声；设备老化。' } });
    const old = await core.call('narrativeReports.get', { id: first.id }, zhaoli);
    expect(old).toMatchObject({ status: 'issued', version: 1, sections: TEXT, replacedBy: { id: second.id, version: 2 } });
    expect(await refusal('zhaoli', 'narrativeReports.reissue', { id: first.id, reason: '再改' })).toMatchObject({ code: 'CONFLICT', key: 'narrativeReports.errors.alreadyCorrected', params: { version: 2 } });
    expect(db().prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'narrative_report'").get()).toEqual({ n: 2 });

    const list = await core.call('narrativeReports.list', { year: '2026' }, zhaoli);
    expect(list.kinds.map((k) => k.id)).toEqual([KIND, 'sichuan-p6-major-complaint-report']);
    const nov = list.items.find((i) => i.period.kind === 'month' && i.period.key === '2026-11')!;
    expect(nov).toMatchObject({ state: 'issued', draftId: null, dueDate: null, issued: { id: second.id, version: 2, issuedByName: '赵丽' } });
    expect(list.items.find((i) => i.period.key === '2026-10')).toMatchObject({ state: 'due', issued: null });
    expect(list.items.find((i) => i.period.key === '2026-12')).toMatchObject({ state: 'open' });
    expect(list.items.find((i) => i.period.kind === 'quarter' && i.period.key === '2026-Q4')).toMatchObject({ state: 'open' });
    expect(list.items.find((i) => i.period.kind === 'year')).toMatchObject({ period: { key: '2026' }, state: 'open' });
    expect(list.items.some((i) => i.period.key === '2027-01')).toBe(false);
    expect(await refusal('zhaoli', 'narrativeReports.list', { year: '2027' })).toMatchObject({ key: 'reports.errors.futurePeriod' });
  });
});
