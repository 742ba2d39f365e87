import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../shared/api/complaints';
import { rulePackSchema } from '../../shared/rules/pack-schema';
import { descriptionOf, detailOf, fakeGrade, renderSignedIn, sampleComplaint, samplePack, wangjg } from './fixtures';

const HOUR = 3_600_000;

async function openForm(user: UserEvent) {
  await user.click(await screen.findByTestId('new-complaint'));
  await screen.findByTestId('criterion-ordinary.1');
}

async function fillRequired(user: UserEvent) {
  await user.click(screen.getByTestId('field-kind-complaint'));
  await user.selectOptions(screen.getByTestId('field-channel'), 'phone');
  await user.type(screen.getByTestId('field-customerName'), '周桂芳');
  await user.type(screen.getByTestId('field-content'), '罐车夜间经过村道，噪声大。');
}

/** A stored record graded by the fake, with a resolution deadline `dueInMs` from now. */
function graded(dueInMs: number, overrides: Partial<Complaint> = {}): Complaint {
  const grade = fakeGrade({ receivedAt: sampleComplaint.receivedAt });
  const due = new Date(Date.now() + dueInMs).toISOString();
  const overdue = dueInMs < 0;
  grade.deadlines = grade.deadlines.map((d) => (d.milestone === 'resolution' ? { ...d, due, overdue, provisional: false } : d));
  grade.overdue = overdue ? ['resolution'] : [];
  return { ...sampleComplaint, grade, ...overrides };
}

describe('grading in the complaint form', () => {
  it('shows the live class and deadlines, and ticking a major criterion turns the badge to the major label', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);

    const badge = await screen.findByTestId('grade-class');
    expect(badge.textContent).toBe('一般投诉');
    expect(badge.className).not.toContain('high');
    const panel = screen.getByTestId('grade-panel');
    expect(within(panel).getByTestId('deadline-resolution').textContent).toContain('3 个工作日');
    expect(within(panel).getByTestId('deadline-resolution').textContent).toContain('暂定');
    expect(within(panel).getByTestId('deadline-resolution').textContent).toMatch(/剩余 \d+ 天/);
    // Tickable criteria are grouped by class, with their source; computed ones are not offered.
    expect(screen.getByTestId('criterion-major.harm').closest('label')?.textContent).toContain('seed999 第三条 第二类(三)');
    expect(screen.queryByTestId('criterion-major.loss')).toBeNull();

    await user.click(screen.getByTestId('criterion-major.harm'));
    await waitFor(() => expect(screen.getByTestId('grade-class').textContent).toBe('重大投诉'));
    expect(screen.getByTestId('grade-class').className).toContain('high');
    const fired = within(panel).getByTestId('grade-criterion-major.harm');
    expect(fired.dataset.fired).toBe('true');
    expect(fired.textContent).toContain('✓');
    expect(within(panel).getByTestId('grade-criterion-ordinary.1').textContent).toContain('—');
    expect(bridge.callsTo('complaints.gradePreview').at(-1)?.input).toMatchObject({ tickedCriteria: ['major.harm'] });
    // A major class brings who must be told, with the phone confirmation the pack asks for.
    expect(within(panel).getByTestId('grade-notifications').textContent).toContain('分管领导');
    expect(within(panel).getByTestId('grade-notifications').textContent).toContain('需电话确认');
  });

  it('debounces the preview and shows a computed criterion’s detail in words', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);
    await screen.findByTestId('grade-class');
    const before = bridge.callsTo('complaints.gradePreview').length;
    await user.type(screen.getByTestId('field-directLoss'), '50000');
    await waitFor(() => expect(screen.getByTestId('grade-class').textContent).toBe('重大投诉'));
    // Five keystrokes, one call once typing stopped.
    expect(bridge.callsTo('complaints.gradePreview').length - before).toBe(1);
    expect(screen.getByTestId('grade-criterion-major.loss').textContent).toContain('直接经济损失 50000 ≥ 30000');
  });

  it('sends the facts with complaints.create, the share converted from percent', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'complaints.create': () => sampleComplaint });
    await openForm(user);
    await fillRequired(user);
    await user.type(screen.getByTestId('field-directLoss'), '1200');
    await user.type(screen.getByTestId('field-groupSize'), '3');
    await user.type(screen.getByTestId('field-affectedShare'), '12.5');
    await user.click(screen.getByTestId('field-mediaInvolved'));
    await user.click(screen.getByTestId('criterion-ordinary.1'));
    await user.click(screen.getByTestId('save-complaint'));

    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({
      kind: 'complaint',
      channel: 'phone',
      directLoss: 1200,
      groupSize: 3,
      affectedShare: 0.125,
      mediaInvolved: true,
      tickedCriteria: ['ordinary.1'],
    });
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('regulatorInvolved');
  });
});

describe('pack-specific facts in the complaint form', () => {
  const partsMakerPack = rulePackSchema.parse({
    ...samplePack,
    criteria: [
      ...samplePack.criteria,
      { id: 'major.batch', classCode: 'major', source: 'seed999 第十三条', label: { zh: '批量不良', en: 'Batch defect' }, predicate: { fact: 'defectiveShare', op: 'gt', value: 0.3 } },
      { id: 'major.repeat', classCode: 'major', source: 'seed999 第十四条', label: { zh: '同一问题3次以上', en: 'Same problem 3+ times' }, predicate: { fact: 'sameProblemCountThisMonth', op: 'gte', value: 3 } },
    ],
  });

  it('shows only the facts the site pack reads, and sends them with the share in 0–1 and the problem code', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'rules.sitePack': () => partsMakerPack, 'complaints.create': () => sampleComplaint });
    await openForm(user);
    expect(screen.getByTestId('pack-facts').textContent).toContain('批次不良比例（%）');
    expect(screen.getByTestId('field-satisfaction'), 'read by an escalation trigger').toBeTruthy();
    expect(screen.queryByTestId('field-injuredCount'), 'a fact the pack does not read is not asked').toBeNull();
    await fillRequired(user);
    await user.type(screen.getByTestId('field-defectiveShare'), '30.5');
    await user.type(screen.getByTestId('field-problemCode'), ' VALVE-LEAK ');
    await waitFor(() => expect(bridge.callsTo('complaints.gradePreview').at(-1)?.input).toMatchObject({ packFacts: { defectiveShare: 0.305 }, problemCode: 'VALVE-LEAK', kind: 'complaint' }));
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ packFacts: { defectiveShare: 0.305 }, problemCode: 'VALVE-LEAK' });
  });

  it('asks nothing extra under a pack that reads no such facts', async () => {
    const user = userEvent.setup();
    await renderSignedIn(undefined, { 'rules.sitePack': () => rulePackSchema.parse({ ...samplePack, escalationTriggers: [] }) });
    await openForm(user);
    expect(screen.queryByTestId('pack-facts')).toBeNull();
  });
});

describe('grading in the detail view', () => {
  it('shows the stored grade without a preview call; a receiver gets no override control', async () => {
    const user = userEvent.setup();
    const record = graded(50 * HOUR);
    const { bridge } = await renderSignedIn(undefined, { 'complaints.list': () => ({ items: [record], total: 1, totalCapped: false, nextCursor: null }), 'complaints.get': () => detailOf(record) });
    await user.click(await screen.findByTestId('complaint-row'));
    const detail = await screen.findByTestId('complaint-detail');
    expect((await within(detail).findByTestId('grade-class')).textContent).toBe('一般投诉');
    expect(within(detail).getByTestId('deadline-resolution').textContent).toMatch(/剩余 2 天 1 小时|剩余 2 天 2 小时/);
    expect(within(detail).queryByTestId('override-save')).toBeNull();
    expect(bridge.callsTo('complaints.gradePreview')).toHaveLength(0);
  });

  it('names the pack version the grade used, and words the deadlines by that version when it is older than the site’s', async () => {
    const user = userEvent.setup();
    const older = rulePackSchema.parse({
      ...samplePack,
      version: '2.0.0',
      deadlines: samplePack.deadlines.map((d) => (d.milestone === 'resolution' ? { ...d, duration: { unit: 'workingDays', amount: 5 } } : d)),
    });
    const current = graded(50 * HOUR);
    const kept = { ...graded(50 * HOUR), id: 'c-older', serial: 'YY42-20261120-001', grade: { ...current.grade!, packVersion: '2.0.0' } };
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.list': () => ({ items: [current, kept], total: 2, totalCapped: false, nextCursor: null }),
      'complaints.get': (input: { id: string }) => detailOf(input.id === kept.id ? kept : current),
      'rules.pack': (input: { id: string; version: string }) => (input.id === older.id && input.version === older.version ? older : null),
    });
    await user.click((await screen.findAllByTestId('complaint-row'))[0]!);
    let detail = await screen.findByTestId('complaint-detail');
    expect((await within(detail).findByTestId('grade-pack')).textContent).toBe('所用规则包：测试集团 投诉管理办法，版本 2.1.0');
    expect(within(detail).getByTestId('deadline-resolution').textContent).toContain('3 个工作日');
    expect(bridge.callsTo('rules.pack')).toHaveLength(0); // the site's newest, already at hand

    await user.click(within(detail).getByRole('button', { name: '返回列表' }));
    await user.click((await screen.findAllByTestId('complaint-row'))[1]!);
    detail = await screen.findByTestId('complaint-detail');
    await waitFor(() => expect(within(detail).getByTestId('deadline-resolution').textContent).toContain('5 个工作日'));
    expect(within(detail).getByTestId('grade-pack').textContent).toBe('所用规则包：测试集团 投诉管理办法，版本 2.0.0');
    expect(bridge.callsTo('rules.pack').map((c) => c.input)).toEqual([{ id: 'test-pack', version: '2.0.0' }]);
  });

  it('requires a reason to change the class, then sends it and shows who changed it and why', async () => {
    const user = userEvent.setup();
    const record = graded(50 * HOUR);
    const changed: Complaint = {
      ...record,
      version: 2,
      classCode: 'major',
      grade: { ...record.grade!, classCode: 'major', classLabel: { zh: '重大投诉', en: 'Major' }, override: { classCode: 'major', reason: '客户已向媒体反映', byName: '王建国' } },
    };
    const { bridge } = await renderSignedIn(wangjg, { 'complaints.get': () => detailOf(record), 'complaints.overrideClass': () => detailOf(changed) });
    await user.click(await screen.findByTestId('complaint-row'));
    await user.selectOptions(await screen.findByTestId('override-class'), 'major');
    await user.click(screen.getByTestId('override-save'));
    expect(descriptionOf(screen.getByTestId('override-reason'))).toContain('请填写调整等级的理由');
    expect(bridge.callsTo('complaints.overrideClass')).toHaveLength(0);

    await user.type(screen.getByTestId('override-reason'), '客户已向媒体反映');
    await user.click(screen.getByTestId('override-save'));
    await waitFor(() => expect(screen.getByTestId('grade-class').textContent).toBe('重大投诉'));
    expect(bridge.callsTo('complaints.overrideClass')[0]?.input).toEqual({ id: record.id, classCode: 'major', reason: '客户已向媒体反映' });
    const note = screen.getByTestId('grade-override');
    expect(note.textContent).toContain('王建国');
    expect(note.textContent).toContain('客户已向媒体反映');
    expect(note.textContent).toContain('规则判定为“一般投诉”');
  });
});

describe('grading in the register', () => {
  it('shows the stored class and marks rows from their stored next deadline', async () => {
    // List rows carry no grade: the class is the stored code, overdue and soon come from dueAt.
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const overdue = { ...sampleComplaint, id: 'c-late', serial: 'YY42-20260301-0003', dueAt: at(-HOUR) };
    const soon = { ...sampleComplaint, id: 'c-soon', serial: 'YY42-20260301-0004', dueAt: at(5 * HOUR) };
    const calm = { ...sampleComplaint, dueAt: at(50 * HOUR) };
    const major = { ...sampleComplaint, id: 'c-major', serial: 'YY42-20260301-0005', classCode: 'major', dueAt: null };
    await renderSignedIn(undefined, { 'complaints.list': () => ({ items: [overdue, soon, calm, major], total: 4, totalCapped: false, nextCursor: null }) });
    const rows = await screen.findAllByTestId('complaint-row');
    expect(rows[0]!.className).toContain('row-overdue');
    expect(rows[0]!.textContent).toContain('已超时');
    expect(rows[1]!.className).toContain('row-soon');
    expect(rows[1]!.textContent).toContain('即将到期');
    expect(rows[2]!.className).not.toMatch(/row-(overdue|soon)/);
    await waitFor(() => expect(within(rows[2]!).getByTestId('row-class').textContent).toBe('一般投诉'));
    expect(within(rows[3]!).getByTestId('row-class').querySelector('.grade-badge')?.className).toContain('high');
    expect(within(rows[2]!).getByTestId('row-due').textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(screen.getByRole('columnheader', { name: '等级' })).toBeTruthy();
  });
});

describe('a number the source states, with a judgement beside it (issue 17)', () => {
  const foodPack = rulePackSchema.parse({
    ...samplePack,
    criteria: [
      ...samplePack.criteria,
      {
        id: 'major.batch',
        classCode: 'major',
        source: 'seed999 10.1.1.1 g)',
        label: { zh: '设备原因造成的批量客诉（>20箱为批量）', en: 'Batch complaint caused by equipment (>20 cases)' },
        predicate: { fact: 'batchCases', op: 'gt', value: 20 },
        judgement: { zh: '设备原因造成', en: 'Caused by equipment' },
      },
    ],
  });

  it('asks the number of cases and ticks only the judgement, and sends both', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'rules.sitePack': () => foodPack, 'complaints.create': () => sampleComplaint });
    await openForm(user);
    expect(screen.getByTestId('pack-facts').textContent).toContain('批量箱数（箱）');
    const tick = screen.getByTestId('criterion-major.batch').closest('label')!;
    expect(tick.textContent).toContain('设备原因造成');
    expect(tick.textContent).toContain('同时按填写的数量计算：批量箱数 > 20 箱');
    await fillRequired(user);
    await user.type(screen.getByTestId('field-batchCases'), '21');
    await user.click(screen.getByTestId('criterion-major.batch'));
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ packFacts: { batchCases: 21 }, tickedCriteria: ['major.batch'] });
  });
});


describe('a date the source counts days from (seed002 客户管理制度6 1.1 接到测试报告后十日内申诉)', () => {
  const lateAppeal = { code: 'late-appeal', label: { zh: '未在接到测试报告后十日内提出申诉', en: 'Appeal not filed within ten days' }, source: 'seed999 1.1' };
  const stationPack = rulePackSchema.parse({ ...samplePack, invalidReasons: [{ ...lateAppeal, predicate: { fact: 'appealDaysAfterReport', op: 'gt', value: 10 } }] });

  it('asks the day the customer received the report where the pack counts from it, and sends it', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'rules.sitePack': () => stationPack, 'complaints.create': () => sampleComplaint });
    await openForm(user);
    expect(screen.getByTestId('pack-facts').textContent).toContain('客户接到测试报告日期');
    expect(screen.queryByTestId('field-appealDaysAfterReport'), 'the days are computed, never typed').toBeNull();
    await fillRequired(user);
    await user.type(screen.getByTestId('field-testReportReceivedOn'), '2026-11-12');
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ packFacts: { testReportReceivedOn: '2026-11-12' } });
  });

  it('shows an invalid reason the facts meet on the record, leaving the ruling to a person', async () => {
    const user = userEvent.setup();
    const record = graded(50 * HOUR);
    record.grade = { ...record.grade!, invalidReasons: [{ ...lateAppeal, detail: 'appealDaysAfterReport 11 > 10' }] };
    await renderSignedIn(undefined, { 'complaints.list': () => ({ items: [record], total: 1, totalCapped: false, nextCursor: null }), 'complaints.get': () => detailOf(record) });
    await user.click(await screen.findByTestId('complaint-row'));
    const met = await within(await screen.findByTestId('complaint-detail')).findByTestId('grade-invalid-reasons');
    expect(met.textContent).toContain('是否判为无效由受理人决定');
    expect(met.textContent).toContain('未在接到测试报告后十日内提出申诉');
  });
});
