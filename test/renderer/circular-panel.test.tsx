import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../renderer/i18n/i18n';
import type { CircularAction, CircularDefinitionView, MonthlyAssessment, WeeklyCircular } from '../../shared/api/circulars';
import { ApiError } from '../../shared/api/errors';
import { SCORING_CHOICE } from '../../shared/circulars/definitions';
import { limei, renderSignedIn, wangjg } from './fixtures';

/** 每周通报与每月考核 on the 报表 page against a fake core: what is asked for, the core's numbers as shown, refusals said. */
const meta = { definitions: [], units: ['阳42井站'], restrictedUnit: null, today: '2026-12-10' };

const definition: CircularDefinitionView = {
  id: 'area-checks',
  title: { zh: '责任区域检查', en: 'Responsibility-area checks' },
  source: 'seed000 第一篇 五: 每次记录，每周通报，每月考核',
  templateIds: ['well.area-check'],
  weightPercent: 5,
  sourceWeightPercent: 5,
  weightSource: 'seed000 第一篇 五: 在作业区考核中占5%的权重',
  weightChoice: { zh: '原文规定占作业区考核的5%。', en: 'The source sets 5%.' },
  weightNote: null,
  weightSetBy: null,
  weightSetAt: null,
};

const action = (over: Partial<CircularAction>): CircularAction => ({
  id: 'a1',
  recordId: 'r1',
  area: '分离器区',
  problem: '阀门未挂牌',
  action: '补挂标识牌',
  ownerName: '张伟',
  dueAt: '2026-12-03T10:00:00.000Z',
  createdAt: '2026-11-30T01:00:00.000Z',
  status: 'closed',
  closedAt: '2026-12-08T02:00:00.000Z',
  overdueAtEnd: true,
  ...over,
});

const weekly: WeeklyCircular = {
  definitionId: 'area-checks',
  period: { kind: 'week', key: '2026-W49', firstDay: '2026-11-30', lastDay: '2026-12-06' },
  source: definition.source,
  checks: 3,
  findings: [
    { recordId: 'r1', day: '2026-11-30', area: '分离器区', person: '张伟', templateTitle: definition.title, itemLabel: { zh: '风险点的防控是否执行到位', en: 'Risk-point controls carried out in full' }, reason: null, note: '阀门未挂牌' },
  ],
  openActions: [action({}), action({ id: 'a2', area: '井口区', ownerName: '李梅', status: 'open', closedAt: null, overdueAtEnd: false })],
  asOf: '2026-12-10T04:00:00.000Z',
};

const monthly: MonthlyAssessment = {
  definitionId: 'area-checks',
  period: { kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' },
  source: definition.source,
  weightPercent: 5,
  weightSource: definition.weightSource,
  scoringChoice: SCORING_CHOICE,
  rows: [
    { person: '李梅', area: '井口区', checks: 1, judged: 2, passed: 0, findings: 2, actionsRaised: 2, actionsOpenAtEnd: 1, score: 0, weighted: 0 },
    { person: '张伟', area: '分离器区', checks: 2, judged: 4, passed: 3, findings: 1, actionsRaised: 0, actionsOpenAtEnd: 0, score: 75, weighted: 3.75 },
  ],
  openActions: [],
  asOf: '2026-12-10T04:00:00.000Z',
};

const stubs = {
  'reports.definitions': () => meta,
  'circulars.definitions': () => [definition],
  'circulars.weekly': () => weekly,
  'circulars.monthly': () => monthly,
};

const rowsOf = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('每周通报与每月考核 on the 报表 page', () => {
  it('asks for this week, shows its findings and the actions open at its end, and prints it alone on A4', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, stubs);
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('circular-panel');
    expect((within(panel).getByTestId('circular-key') as HTMLInputElement).value).toBe('2026-W50');
    // A text field, as the other report periods: a native week input would read "Week 50, 2026" in the browser's language.
    expect((within(panel).getByTestId('circular-key') as HTMLInputElement).type).toBe('text');
    await user.clear(within(panel).getByTestId('circular-key'));
    await user.type(within(panel).getByTestId('circular-key'), '2026-W49');
    await user.click(within(panel).getByTestId('circular-run'));
    expect(bridge.callsTo('circulars.weekly')[0]!.input).toEqual({ definitionId: 'area-checks', period: { kind: 'week', key: '2026-W49' } });
    const findings = await within(panel).findByTestId('circular-findings');
    expect(rowsOf(findings)).toEqual([['2026-11-30', '分离器区', '张伟', '风险点的防控是否执行到位', '阀门未挂牌']]);
    const actions = rowsOf(within(panel).getByTestId('circular-actions'));
    expect(actions.map((r) => [r[0], r[3], r[6]])).toEqual([
      ['分离器区', '张伟', '是'],
      ['井口区', '李梅', '否'],
    ]);
    expect(actions[0]![5]).toContain('期末后关闭');
    expect(within(panel).getByTestId('circular-heading').textContent).toContain('2026-11-30');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-circular')).toBe(true);
    });
    await user.click(within(panel).getByTestId('circular-print'));
    expect(print).toHaveBeenCalledOnce();
    expect(document.body.classList.contains('printing-circular')).toBe(false);
    print.mockRestore();
  });

  it('shows the month’s assessment with the weight cited and the scoring choice, in both languages', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, stubs);
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('circular-panel');
    await user.selectOptions(within(panel).getByTestId('circular-mode'), 'month');
    expect((within(panel).getByTestId('circular-key') as HTMLInputElement).value).toBe('2026-12');
    await user.clear(within(panel).getByTestId('circular-key'));
    await user.type(within(panel).getByTestId('circular-key'), '2026-11');
    await user.click(within(panel).getByTestId('circular-run'));
    expect(bridge.callsTo('circulars.monthly')[0]!.input).toEqual({ definitionId: 'area-checks', period: { kind: 'month', key: '2026-11' } });
    const table = await within(panel).findByTestId('circular-assessment');
    expect(rowsOf(table)).toEqual([
      ['李梅', '井口区', '1', '2', '0', '2', '2', '1', '0', '0.00'],
      ['张伟', '分离器区', '2', '4', '3', '1', '0', '0', '75', '3.75'],
    ]);
    expect(within(panel).getByTestId('circular-weight').textContent).toContain('占作业区考核的 5%');
    expect(panel.textContent).toContain('原文未给出评分公式');
    expect(within(panel).getByTestId('circular-actions-empty').textContent).toContain('没有未关闭的整改措施');
    await act(() => setLanguage('en'));
    expect(within(panel).getByTestId('circular-weight').textContent).toContain("5% of the operation area's assessment");
    expect(panel.textContent).toContain('The source gives no formula');
    await act(() => setLanguage('zh-CN'));
  });

  it('lets the lead set the weight with a reason; a receiver gets no assessment and no weight form', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, { ...stubs, 'circulars.setWeight': () => ({ ...definition, weightPercent: 8, weightNote: '本站标准', weightSetBy: '王建国', weightSetAt: '2026-12-10T04:00:00.000Z' }) });
    await user.click(screen.getByTestId('nav-reports'));
    const form = await screen.findByTestId('circular-weight-form');
    await user.clear(within(form).getByTestId('circular-weight-percent'));
    await user.type(within(form).getByTestId('circular-weight-percent'), '8');
    await user.type(within(form).getByTestId('circular-weight-note'), '本站标准');
    await user.click(within(form).getByTestId('circular-weight-save'));
    expect(bridge.callsTo('circulars.setWeight')[0]!.input).toEqual({ definitionId: 'area-checks', weightPercent: 8, note: '本站标准' });
    expect((await within(form).findByTestId('circular-weight-current')).textContent).toContain('当前：8%；原文：5%');
  });

  it('a receiver is offered the weekly circular only', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei, stubs);
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('circular-panel');
    const modes = [...within(panel).getByTestId('circular-mode').querySelectorAll('option')].map((o) => o.value);
    expect(modes).toEqual(['week']);
    expect(within(panel).queryByTestId('circular-weight-form')).toBeNull();
  });

  it('says the core’s reason for a week that has not begun and shows nothing', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      ...stubs,
      'circulars.weekly': () => {
        throw ApiError.because('VALIDATION', 'reports.errors.futurePeriod', { date: { date: '2026-12-21' } }, 'period.key');
      },
    });
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('circular-panel');
    await user.click(within(panel).getByTestId('circular-run'));
    expect((await within(panel).findByRole('alert')).textContent).toContain('尚未开始');
    expect(within(panel).queryByTestId('circular-result')).toBeNull();
  });
});
