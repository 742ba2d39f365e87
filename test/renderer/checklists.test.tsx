import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../shared/api/checklists';
import { ApiError } from '../../shared/api/errors';
import type { TableRow } from '../../shared/checklists/answer-values';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { findTemplate } from '../../shared/checklists/templates';

import { limei, renderSignedIn } from './fixtures';
import type { FakeHandlers } from './fake-bridge';

const sewageHaulageTemplate = findTemplate('well.sewage-haulage-register')!;


/** A fake core holding one record: saves merge as the real core does, each bumping the version. */
function fakeChecklistCore(overrides: FakeHandlers = {}) {
  let record: ChecklistRecord = {
    id: 'c-1',
    templateId: 'well.sewage-haulage-register',
    templateVersion: '1.0.0',
    status: 'draft',
    startedAt: '2026-11-23T01:00:00.000Z',
    startedByName: '李梅',
    updatedAt: '2026-11-23T01:00:00.000Z',
    completedAt: null,
    completedByName: null,
    answered: 0,
    openActions: 0,
    version: 1,
    answers: {},
    template: sewageHaulageTemplate,
    actions: [],
    may: { fill: true, raiseAction: true },
  };
  const saves: { version: number; rowId?: string; cells?: Record<string, unknown> }[] = [];
  const handlers: FakeHandlers = {
    'checklists.templates': () => SHIPPED_TEMPLATES,
    'checklists.due': () => [{ templateId: 'well.sewage-haulage-register', status: 'perEvent', current: null, missed: null, nextDueBy: null, drafts: 0, openDraft: null }],
    'checklists.list': () => [],
    'checklists.start': () => record,
    'checklists.get': () => record,
    'users.colleagues': () => [],
    'checklists.saveAnswers': (input: { version: number; itemId: string; rowId: string; cells?: Record<string, unknown>; remove?: true }) => {
      saves.push({ version: input.version, rowId: input.rowId, ...(input.cells ? { cells: input.cells } : {}) });
      if (input.version !== record.version) throw new ApiError('CONFLICT', '该记录已被其他人或其他窗口修改，请刷新后再填 / stale');
      const rows = [...((record.answers[input.itemId] as TableRow[] | undefined) ?? [])];
      const at = rows.findIndex((r) => r.id === input.rowId);
      const merged = { ...(at >= 0 ? rows[at] : {}), ...input.cells, id: input.rowId };
      if (at >= 0) rows[at] = merged;
      else rows.push(merged);
      record = { ...record, answers: { ...record.answers, [input.itemId]: rows }, version: record.version + 1 };
      return record;
    },
    ...overrides,
  };
  return { handlers, saves, current: () => record };
}

async function openFillScreen(handlers: FakeHandlers) {
  await renderSignedIn(limei, handlers);
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-checklists'));
  await user.click(await screen.findByTestId('start-well.sewage-haulage-register'));
  await screen.findByTestId('checklist-record');
  await user.click(screen.getByTestId('add-row-truckloads'));
  await screen.findByTestId('checklist-row');
  return user;
}

describe('checklist fill screen', () => {
  it('a new register row starts dated today; typing saves once after a pause, with the version the last save returned', async () => {
    const core = fakeChecklistCore();
    const user = await openFillScreen(core.handlers);
    expect(core.saves).toHaveLength(1);
    expect(core.saves[0]!.cells).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    await user.type(screen.getByTestId('answer-truckloads-1-driver'), '刘师傅');
    expect(screen.getByTestId('save-state').dataset['state']).toBe('pending');
    await waitFor(() => expect(core.saves).toHaveLength(2), { timeout: 2000 });
    expect(core.saves[1]).toEqual({ version: 2, rowId: core.saves[0]!.rowId, cells: { driver: '刘师傅' } });
    await waitFor(() => expect(screen.getByTestId('save-state').dataset['state']).toBe('idle'));
    expect((screen.getByTestId('answer-truckloads-1-driver') as HTMLInputElement).value).toBe('刘师傅');
  });

  it('leaving a field sends its answer at once; cells of one row changed together go in one save', async () => {
    const core = fakeChecklistCore();
    const user = await openFillScreen(core.handlers);
    await user.type(screen.getByTestId('answer-truckloads-1-plate'), '川E·12345');
    await user.tab(); // leaving the field: sent without waiting for the pause
    await waitFor(() => expect(core.saves).toHaveLength(2));
    expect(core.saves[1]!.cells).toEqual({ plate: '川E·12345' });
    fireEvent.change(screen.getByTestId('answer-truckloads-1-reinjection-station'), { target: { value: '磨溪回注站' } });
    fireEvent.click(screen.getByTestId('answer-truckloads-1-vehicle-qualified-true'));
    await waitFor(() => expect(core.saves).toHaveLength(3), { timeout: 2000 });
    expect(core.saves[2]).toMatchObject({ version: 3, cells: { 'reinjection-station': '磨溪回注站', 'vehicle-qualified': true } });
    await waitFor(() => expect(screen.getByTestId('save-state').dataset['state']).toBe('idle'));
    expect((core.current().answers['truckloads'] as TableRow[])[0]).toMatchObject({ plate: '川E·12345', 'reinjection-station': '磨溪回注站', 'vehicle-qualified': true });
  });

  it('a number is sent as a number; a refused answer says why, in the item’s words', async () => {
    const core = fakeChecklistCore();
    const refuse = core.handlers['checklists.saveAnswers']!;
    core.handlers['checklists.saveAnswers'] = (input: { cells?: Record<string, unknown> }, envelope) => {
      if (input.cells && 'departed-at' in input.cells) {
        throw new ApiError('VALIDATION', '「离站时间」时间格式不对 / not a date and time', [{ path: 'cells.departed-at', message: '「离站时间」时间格式不对 / not a date and time' }]);
      }
      return refuse(input, envelope);
    };
    const user = await openFillScreen(core.handlers);
    await user.type(screen.getByTestId('answer-truckloads-1-volume'), '18.5');
    await user.tab();
    await waitFor(() => expect(core.saves.at(-1)!.cells).toEqual({ volume: 18.5 }));
    fireEvent.change(screen.getByTestId('answer-truckloads-1-departed-at'), { target: { value: '2026-11-23T09:10' } });
    fireEvent.blur(screen.getByTestId('answer-truckloads-1-departed-at'));
    expect((await screen.findByTestId('save-error')).textContent).toContain('保存失败：「离站时间」时间格式不对');
  });

  it('a stale version is reported with a way to reload, not overwritten', async () => {
    const core = fakeChecklistCore();
    const user = await openFillScreen(core.handlers);
    // Another window saved meanwhile: the core's version moved on.
    const saved = core.handlers['checklists.saveAnswers']!;
    saved({ version: 2, itemId: 'truckloads', rowId: 'other', cells: { plate: '川E·00000' } }, {} as never);
    await user.type(screen.getByTestId('answer-truckloads-1-driver'), '陈');
    await user.tab();
    const banner = await screen.findByTestId('save-error');
    expect(banner.textContent).toContain('已被其他人或其他窗口修改');
    await user.click(within(banner).getByRole('button', { name: '重新载入' }));
    await waitFor(() => expect(screen.getAllByTestId('checklist-row')).toHaveLength(2));
  });

  it('going back to the list sends what is still pending', async () => {
    const core = fakeChecklistCore();
    const user = await openFillScreen(core.handlers);
    fireEvent.change(screen.getByTestId('answer-truckloads-1-waybill'), { target: { value: 'YD-01' } });
    expect(core.saves).toHaveLength(1);
    await user.click(screen.getByTestId('checklist-back'));
    await screen.findByTestId('checklists-page');
    await waitFor(() => expect(core.saves.at(-1)!.cells).toEqual({ waybill: 'YD-01' }));
  });

  it('completing lists each missing item and photo the core names', async () => {
    const core = fakeChecklistCore({
      'checklists.complete': () => {
        throw new ApiError('VALIDATION', '还有 2 项未填或缺少照片，不能完成 / 2 missing', [
          { path: 'truckloads.r1.photos', message: '第1行「车身照片」缺少照片：车身正面、车身侧面 / row 1: missing photos' },
          { path: 'truckloads.r1.waybill', message: '第1行请填写「气田水运输签运单号」 / row 1: Waybill no. is required' },
        ]);
      },
    });
    const user = await openFillScreen(core.handlers);
    await user.click(screen.getByTestId('checklist-complete'));
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    const issues = await screen.findByTestId('complete-issues');
    expect(issues.textContent).toContain('第1行「车身照片」缺少照片：车身正面、车身侧面');
    expect(issues.textContent).toContain('第1行请填写「气田水运输签运单号」');
    expect(issues.textContent).not.toContain('row 1');
  });

  it('offers 提出整改 on a row whose check failed, with the failed check as the problem', async () => {
    const core = fakeChecklistCore();
    const user = await openFillScreen(core.handlers);
    expect(screen.queryByTestId('raise-action-truckloads-1')).toBeNull();
    await user.click(screen.getByTestId('answer-truckloads-1-pipe-intact-false'));
    await user.click(screen.getByTestId('raise-action-truckloads-1'));
    const form = screen.getByTestId('raise-action-form-truckloads-1');
    expect((within(form).getByTestId('action-problem') as HTMLInputElement).value).toBe('连接管道完好：不合格');
    await user.click(within(form).getByTestId('action-submit'));
    expect(within(form).getAllByText('此项必填').length).toBeGreaterThanOrEqual(3);
  });
});

describe('完成并提交 asks first (issue 20 item 2)', () => {
  /** A fill screen with one register row whose pipe check failed, and a core that counts completions. */
  async function withFailedRow() {
    const completions: unknown[] = [];
    const core = fakeChecklistCore({
      'checklists.complete': (input: unknown) => {
        completions.push(input);
        return { ...core.current(), status: 'completed', may: { fill: false, raiseAction: true } };
      },
    });
    const user = await openFillScreen(core.handlers);
    await user.click(screen.getByTestId('answer-truckloads-1-pipe-intact-false'));
    await user.click(screen.getByTestId('checklist-complete'));
    return { user, completions };
  }

  it('says the record locks and how many items failed and how many actions are raised; nothing is sent yet', async () => {
    const { completions } = await withFailedRow();
    const dialog = screen.getByRole('dialog', { name: '完成并提交本表？' });
    expect(dialog.textContent).toContain('提交后本表不能再修改，也不能撤回。');
    expect(dialog.textContent).toContain('本表有不合格项 1 项，已登记整改措施 0 项。');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-dialog-cancel'));
    expect(completions).toHaveLength(0);
  });

  it('取消 and Escape leave the answers as they were and send nothing', async () => {
    const { user, completions } = await withFailedRow();
    await user.click(screen.getByTestId('confirm-dialog-cancel'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('checklist-complete'));
    await user.click(screen.getByTestId('checklist-complete'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByTestId('answer-truckloads-1-pipe-intact-false') as HTMLInputElement).checked).toBe(true);
    expect(completions).toHaveLength(0);
    expect(screen.getByTestId('checklist-record').dataset['status']).toBe('draft');
  });

  it('确认 completes the record once', async () => {
    const { user, completions } = await withFailedRow();
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    await waitFor(() => expect(completions).toHaveLength(1));
    expect(completions[0]).toMatchObject({ id: 'c-1' });
    await waitFor(() => expect(screen.getByTestId('checklist-record').dataset['status']).toBe('completed'));
    // The result is said at the top of the page, and focus goes there (issue 20 item 4).
    const result = screen.getByTestId('checklist-result');
    expect(result.textContent).toBe('已提交。不合格 1 项，已登记整改措施 0 项；可在不合格项旁继续“提出整改”，或打印报告。');
    expect(result.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(result);
  });
});

describe('starting a checklist (issue 20 item 3)', () => {
  it('offers 继续填写 for this period’s open draft and 另开一份 beside it; each asks the core for what it says', async () => {
    const core = fakeChecklistCore();
    const starts: unknown[] = [];
    core.handlers['checklists.due'] = () => [{ templateId: 'well.sewage-haulage-register', status: 'perEvent', current: null, missed: null, nextDueBy: null, drafts: 2, openDraft: 'r1' }];
    core.handlers['checklists.start'] = (input: unknown) => {
      starts.push(input);
      return core.current();
    };
    await renderSignedIn(limei, core.handlers);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-checklists'));
    const resume = await screen.findByTestId('start-well.sewage-haulage-register');
    expect(resume.textContent).toBe('继续填写');
    await user.click(resume);
    await screen.findByTestId('checklist-record');
    expect(starts).toEqual([{ templateId: 'well.sewage-haulage-register', resume: true }]);

    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('start-another-well.sewage-haulage-register'));
    await screen.findByTestId('checklist-record');
    expect(starts[1]).toEqual({ templateId: 'well.sewage-haulage-register', resume: false });
  });

  it('without an open draft the button starts a form and there is no second button', async () => {
    await renderSignedIn(limei, fakeChecklistCore().handlers);
    await userEvent.setup().click(screen.getByTestId('nav-checklists'));
    expect((await screen.findByTestId('start-well.sewage-haulage-register')).textContent).toBe('开始填写');
    expect(screen.queryByTestId('start-another-well.sewage-haulage-register')).toBeNull();
  });
});

describe('a graded assessment on the fill screen', () => {
  it('shows the weighted total, the grade and the reason part by part as the answers stand', async () => {
    const coalMine = SHIPPED_TEMPLATES.find((t) => t.id === 'coal-mine-grading')!;
    const base = fakeChecklistCore();
    const record = {
      ...base.current(),
      templateId: 'coal-mine-grading',
      template: coalMine,
      answers: {
        'mine-name': '示范煤矿',
        'mine-type': 'underground',
        'assessed-on': '2025-06-30',
        'part-scores': [
          { id: 'r1', name: '第1部分', weight: 1, score: 95 },
          { id: 'r2', name: '第2部分', weight: 1, score: 79 },
        ],
        ...Object.fromEntries(
          ['basic-condition-missing', 'over-headcount', 'had-fatal-accident', 'failed-level1-inspection', 'downgraded-within-year', 'dispatch-workers', 'blacklisted', 'revoked-within-half-year', 'fraud-within-year', 'spot-check-downgraded', 'spot-check-revoked'].map((id) => [id, false]),
        ),
      },
    };
    await renderSignedIn(limei, { ...base.handlers, 'checklists.due': () => [], 'checklists.start': () => record, 'checklists.get': () => record });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('start-coal-mine-grading'));
    const score = await screen.findByTestId('checklist-score');
    expect(score.dataset['status']).toBe('graded');
    expect(screen.getByTestId('checklist-score-total').textContent).toBe('87');
    expect(screen.getByTestId('checklist-score-grade').textContent).toBe('三级');
    expect(score.textContent).toContain('第2部分 79分，低于二级要求80分');
  });
});

describe('answers computed from dates and counts (issue 17)', () => {
  it('shows a waiter-level condition as computed, not as a tick box, with how it came about, and grades on it', async () => {
    const waiter = SHIPPED_TEMPLATES.find((t) => t.id === 'waiter-level')!;
    const base = fakeChecklistCore();
    const record = {
      ...base.current(),
      templateId: 'waiter-level',
      template: waiter,
      answers: {
        'staff-name': '王芳',
        'started-on': '2025-01-15',
        'assessed-on': '2025-05-20',
        'praise-letters': 4,
        'guest-complaints': 0,
        'junior-3': true,
        'junior-4': true,
        'junior-6': true,
      },
    };
    await renderSignedIn(limei, { ...base.handlers, 'checklists.due': () => [], 'checklists.start': () => record, 'checklists.get': () => record });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId('start-waiter-level'));
    const tenure = await screen.findByTestId('field-junior-1');
    expect(tenure.textContent).toContain('自动计算：2025-01-15 至 2025-05-20：已满3个月，未满半年');
    const yes = within(tenure).getByTestId('answer-junior-1-true') as HTMLInputElement;
    expect(yes.checked).toBe(true);
    expect(yes.disabled, 'a computed answer is never ticked').toBe(true);
    expect(screen.getByTestId('field-junior-5').textContent).toContain('来店以来被客人投诉次数（已用来店以来被客人书面表扬次数（表扬信）抵消） 0 ≤ 1');
    expect(screen.getByTestId('checklist-score-grade').textContent).toBe('初级服务员');
    expect(screen.getByTestId('checklist-score').textContent).toContain('底薪基础工资可达到1800元');
  });
});


describe('the heat record takes the period from the measuring time (seed002 客户管理制度11 七(一))', () => {
  it('asks the kind of user only, and shows the building reading computed against the limit of its hour', async () => {
    const heat = SHIPPED_TEMPLATES.find((t) => t.id === 'heat.room-temperature-record')!;
    const base = fakeChecklistCore();
    const record = {
      ...base.current(),
      templateId: heat.id,
      templateVersion: heat.version,
      template: heat,
      answers: { point: '3号楼501', 'measured-at': '2026-12-01T13:30:00.000Z', 'user-period': 'building', 'temp-building': 15.5 },
    };
    await renderSignedIn(limei, { ...base.handlers, 'checklists.due': () => [], 'checklists.start': () => record, 'checklists.get': () => record });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-checklists'));
    await user.click(await screen.findByTestId(`start-${heat.id}`));
    const met = await screen.findByTestId('field-temp-building-met');
    expect(met.textContent).toContain('自动计算：测温时间 21:30（06:00–21:00以外）：实测室温 15.5，不低于 16');
    const no = within(met).getByTestId('answer-temp-building-met-false') as HTMLInputElement;
    expect(no.checked).toBe(true);
    expect(no.disabled, 'a computed answer is never ticked').toBe(true);
    const kinds = within(screen.getByTestId('field-user-period')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(kinds).toEqual(['', 'building', 'bungalow', 'non-resident']);
  });
});
