import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../shared/api/checklists';
import { scoreRecord } from '../../shared/checklists/scoring';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import type { ChecklistTemplate, TemplateItem } from '../../shared/checklists/template-schema';
import { fillSampleRecord, useProfileWith } from '../support/sample-checklist';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Issue 17 §1.2: which answer of each yes/no question means "problem found",
 * reviewed against the seed forms and written here by hand (not read from the
 * templates), with whether that answer offers a corrective action. Every
 * yes/no item and register column of every shipped template must be listed,
 * so a new one cannot ship unreviewed.
 */
type Expect = { problem: boolean; action: boolean; why: string };
const on = (problem: boolean, why: string): Expect => ({ problem, action: true, why });
const recorded = (problem: boolean, why: string): Expect => ({ problem, action: false, why });

const COAL_VETO = 'seed004 §A 第四、五条, 第七条(三), 第十一条(五): the label states the excluding condition; "yes" means it is present (and vetoes the grade)';

const REVIEWED: Record<string, Record<string, Expect>> = {
  'well.sewage-haulage-register': {
    'truckloads.vehicle-qualified': on(false, 'seed000 第一篇 二、1 在进站前核对转运车辆和人员的资质'),
    'truckloads.personnel-qualified': on(false, 'seed000 第一篇 二、1 核对人员的资质'),
    'truckloads.pipe-intact': on(false, 'seed000 第一篇 二、1 检查确认连接管道完好情况'),
  },
  'well.desulfurizer-disposal-register': { 'transfers.packaging-intact': on(false, 'seed000 第一篇 二、2 包装完整情况') },
  'well.h2s-measurement': {
    'near-standard': on(true, 'seed000 第一篇 二、2 在H2S含量接近标准值时，立即汇报进行脱硫剂更换: near the standard is the problem'),
    reported: on(false, 'seed000 第一篇 二、2 立即汇报'),
  },
  'well.pipeline-patrol': {
    'static-hazard': on(true, 'seed000 第一篇 三、1 管线的存在的静、动态隐患: a hazard found is the problem'),
    'dynamic-hazard': on(true, 'seed000 第一篇 三、1 (third-party construction near the line)'),
    'pipeline-law-publicity': recorded(false, 'seed000 第一篇 三、2 describes outreach during patrols, not a duty of each patrol'),
    reported: on(false, 'seed000 第一篇 三、1 巡管工将每次巡护的结果到中心站进行汇报'),
  },
  'well.legal-training-record': { 'test-held': on(false, 'seed000 第一篇 一 培训后进行培训效果测试') },
  'service.customer-revisit-record': {
    'on-time': on(false, 'seed002 客户管理制度15 四、1 准时到达'),
    'materials-returned': recorded(false, 'seed002 客户管理制度15 四、3: not returning is allowed with approval; the approval is the check'),
    'non-return-approved': on(false, 'seed002 客户管理制度15 四、3 应报客户服务主管批准'),
  },
  'coal-mine-grading': Object.fromEntries(
    // 1.1.0: the six "…未满" ticks of 1.0.0 are dated level events now, their periods computed (coal-mine-grading-events.ts).
    ['basic-condition-missing', 'over-headcount', 'open-pit-contracting', 'stripping-over-two', 'blacklisted', 'dispatch-workers']
      .map((id) => [id, on(true, COAL_VETO)] as const)
      .concat([['had-fatal-accident', recorded(true, 'seed004 §A 第五条 一级2: a fact that opens the accident list; the cool-off is computed from it')]]),
  ),
  'waiter-level': Object.fromEntries(
    ['junior-1', 'junior-2', 'junior-3', 'junior-4', 'junior-5', 'junior-6', 'intermediate-1', 'intermediate-2', 'intermediate-3', 'intermediate-4', 'intermediate-5', 'intermediate-6', 'intermediate-7', 'intermediate-8', 'senior-1', 'senior-2', 'senior-3', 'senior-4'].map(
      (id) => [id, recorded(false, 'seed004 §C: a level’s condition, met by "yes"; not meeting it is not a defect to correct')] as const,
    ).concat(
      ['intermediate-2-adjusted', 'senior-3-adjusted'].map(
        (id) => [id, recorded(false, 'seed004 §C 中级2、高级3 表现特别好的，可根据实际情况调整: a judgement that lifts the period, never a defect')] as const,
      ),
    ),
  ),
  'salt.complaint-record': { 'handling-sheet-copied': on(false, 'seed001 S17 五2 处理单副本交相关责任人') },
  'manufacturer.complaint-handling-sheet': { 'issued-within-hour': on(false, 'seed004 §E 5.2.2 1小时内开出处理单: late is the problem') },
  'manufacturer.8d-report': { 'containment-in-24h': on(false, 'seed004 §J 4.3.1、4.3.4 24小时内围堵: late is the problem') },
  'heat.room-temperature-record': { 'temp-building-met': on(false, 'seed002 客户管理制度11 七(一) 室温不低于18℃/16℃: computed from the reading and its hour; below the limit is the problem') },
  'service.customer-revisit-report': { 'reported-next-day': on(false, 'seed002 客户管理制度15 五、1 回访后第二天提交报告: computed from the two dates; later is the problem') },
  'privacy.personal-info-self-check': {
    'a31-default': on(false, 'seed002 客户管理制度1 第三十一条 不得使用供应商默认密码: computed from the accounts on the demo PIN; any is the problem'),
    'a37-logged': on(false, 'seed002 客户管理制度1 第三十七条 记录操作人员、时间、地点和事项: computed from the access register; an incomplete entry is the problem'),
  },
  'accident-deduction': Object.fromEntries(
    ['death-or-serious-injury', 'quality-1', 'quality-2', 'quality-3', 'quality-4'].map((id) => [id, recorded(true, 'seed004 §M: the condition of an accident grade; the rule pack grades it')] as const),
  ),
};

type Asked = { path: string; field: Pick<TemplateItem, 'failsOn' | 'correctiveAction'>; item: TemplateItem; columnId?: string };

function yesNoQuestions(template: ChecklistTemplate): Asked[] {
  return template.sections.flatMap((s) =>
    s.items.flatMap((item): Asked[] =>
      item.kind === 'yesNo'
        ? [{ path: item.id, field: item, item }]
        : (item.columns ?? []).filter((c) => c.kind === 'yesNo').map((c) => ({ path: `${item.id}.${c.id}`, field: c, item, columnId: c.id })),
    ),
  );
}

describe('every yes/no question says which answer is the problem, as reviewed against the seed form', () => {
  it('lists each yes/no item and column of every shipped template here, with its failsOn as reviewed', () => {
    const found = Object.fromEntries(SHIPPED_TEMPLATES.map((t) => [t.id, Object.fromEntries(yesNoQuestions(t).map((q) => [q.path, q.field.failsOn]))]).filter(([, q]) => Object.keys(q as object).length > 0));
    const reviewed = Object.fromEntries(Object.entries(REVIEWED).map(([id, items]) => [id, Object.fromEntries(Object.entries(items).map(([path, e]) => [path, e.problem ? 'yes' : 'no']))]));
    expect(found).toEqual(reviewed);
  });
});

describe('the answer meaning "problem found" fails the item and offers a corrective action, through the API (issue 17 §1.2)', () => {
  let core: TestCore;
  let lead: string;
  let leadId: string;
  beforeAll(async () => {
    core = await openTestCore();
    lead = await core.signIn('wangjg');
    leadId = (await core.call('session.status', {}, lead)).user!.id;
  });
  afterAll(() => core.close());

  const raise = (record: ChecklistRecord, itemId: string, rowId?: string) =>
    core.dispatch({
      method: 'checklists.raiseAction',
      input: { recordId: record.id, itemId, ...(rowId ? { rowId } : {}), problem: '发现问题', action: '整改', ownerId: leadId, dueAt: new Date(core.clock.now().getTime() + 86_400_000).toISOString() },
      session: lead,
    });

  const answer = async (record: ChecklistRecord, q: Asked, value: boolean) => {
    if (!q.columnId) return core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: q.item.id, value }, lead);
    return core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: q.item.id, rowId: 'sample-1', cells: { [q.columnId]: value } }, lead);
  };

  /** Answers the items a question depends on (showIf) so that it is asked. */
  const show = async (record: ChecklistRecord, item: TemplateItem): Promise<ChecklistRecord> => {
    if (!item.showIf) return record;
    const parent = record.template.sections.flatMap((s) => s.items).find((i) => i.id === item.showIf!.itemId)!;
    const shown = await show(record, parent);
    if (shown.answers[parent.id] === item.showIf.equals) return shown;
    return core.call('checklists.saveAnswers', { id: shown.id, version: shown.version, itemId: parent.id, value: item.showIf.equals }, lead);
  };

  it.each(Object.keys(REVIEWED).map((id) => [id] as const))('%s', async (templateId) => {
    await useProfileWith(core, lead, templateId);
    let record = await fillSampleRecord(core, lead, templateId);
    // A computed answer is the app's, never ticked (its rules are tested in test/core/thresholds/).
    for (const q of yesNoQuestions(record.template).filter((asked) => !asked.item.computed)) {
      const expected = REVIEWED[templateId]![q.path]!;
      record = await show(record, q.item);
      const cell = (r: ChecklistRecord) => (q.columnId ? (r.answers[q.item.id] as Record<string, unknown>[]).find((row) => row.id === 'sample-1')![q.columnId] : r.answers[q.item.id]);
      const before = cell(record);
      record = await answer(record, q, expected.problem);
      const outcome = scoreRecord(record.template, record.answers as never).items.find((o) => o.itemId === q.item.id)!;
      const raised = await raise(record, q.item.id, q.columnId ? 'sample-1' : undefined);
      if (expected.action) {
        expect(outcome.status, `${q.path}: ${expected.why}`).toBe('fail');
        expect(raised.ok, `${q.path}: a corrective action is offered`).toBe(true);
        record = await core.call('checklists.get', { id: record.id }, lead);
      } else {
        expect(raised).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        const vetoOrCondition = (q.item.vetoes?.length ?? 0) > 0 || (q.item.requiredFor?.length ?? 0) > 0;
        expect(outcome.status, `${q.path}: ${expected.why}`).toBe(vetoOrCondition ? 'fail' : 'answered');
      }
      record = await answer(record, q, !expected.problem);
      expect(await raise(record, q.item.id, q.columnId ? 'sample-1' : undefined), `${q.path}: the other answer is no problem`).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      // Back as it was, so the items it shows stay asked for the next question.
      if (typeof before === 'boolean') record = await answer(record, q, before);
    }
  });
});
