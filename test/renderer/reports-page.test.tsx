import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../renderer/i18n/i18n';
import { ApiError } from '../../shared/api/errors';
import { assembleReport, measureHeads } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod } from '../../shared/reports/period';
import { renderSignedIn, wangjg } from './fixtures';

/** The 报表 page against a fake core: the core's numbers as shown, a cell's cases asked for, the core's refusal said. */
const definition = REPORT_DEFINITIONS.find((d) => d.id === 'sichuan-p6-analysis')!;
const period = parsePeriod('month', '2026-03')!;
const buckets = bucketKeys(period, 'week');
const result = assembleReport(
  { definition: { ...definition, dimensions: ['channel'] }, period, bucket: 'week', buckets, asOf: '2026-03-20T00:00:00.000Z', siteId: 's', unit: null },
  {
    measures: [{ group_key: buckets[1], received__n: 5, complaints__n: 4, overdueCases__n: 2, latePlans__n: 1, callBackWithinLimit__n: 1, callBackWithinLimit__d: 3 }],
    dimensions: [{ dimension: 'channel', rows: [{ value: 'phone', label: null, bucket: buckets[1], n: 5 }] }],
  },
  () => undefined,
);
const meta = { definitions: [{ ...definition, heads: measureHeads(definition) }], units: [], restrictedUnit: null, today: '2026-03-20' };

describe('报表 page', () => {
  it('shows the measures against their targets and the breakdown; a count asks the core for its cases', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'reports.definitions': () => meta,
      'reports.run': () => result,
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
      'reports.cases': () => ({ cases: [], total: 5, next: null }),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const measures = await screen.findByTestId('report-measures');
    expect(within(measures).getByTestId('total-complaints').textContent).toBe('4');
    const callBack = measures.querySelector('tr[data-measure="callBackWithinLimit"]')!;
    expect(callBack.textContent).toContain('33.3%');
    expect(callBack.textContent).toContain('≥ 100.0%');
    expect(callBack.textContent).toContain('未达标');
    expect(bridge.callsTo('reports.run')[0]!.input).toEqual({ definitionId: 'sichuan-p6-analysis', period: { kind: 'month', key: '2026-03' } });
    const channels = screen.getByTestId('dimension-channel');
    expect(channels.textContent).toContain('电话');
    await user.click(within(channels).getAllByRole('button', { name: '5' })[0]!);
    await waitFor(() => expect(bridge.callsTo('reports.cases')).toHaveLength(1));
    expect(bridge.callsTo('reports.cases')[0]!.input).toMatchObject({ cell: { dimension: 'channel', value: 'phone', bucket: buckets[1] } });
  });

  it('shows the cases of the cell clicked last, busy until they come: a slow answer for an earlier cell does not replace them', async () => {
    const user = userEvent.setup();
    const answers: Array<(page: { cases: never[]; total: number; next: null }) => void> = [];
    await renderSignedIn(wangjg, {
      'reports.definitions': () => meta,
      'reports.run': () => result,
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
      'reports.cases': () => new Promise((resolve) => answers.push(resolve)),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const [weekCell, totalCell] = within(await screen.findByTestId('dimension-channel')).getAllByRole('button', { name: '5' });
    await user.click(weekCell!);
    const panel = await screen.findByTestId('report-cases');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    await user.click(totalCell!);
    await waitFor(() => expect(answers).toHaveLength(2));
    await act(async () => answers[1]!({ cases: [], total: 5, next: null }));
    await waitFor(() => expect(screen.getByTestId('report-cases').getAttribute('aria-busy')).toBe('false'));
    await act(async () => answers[0]!({ cases: [], total: 7, next: null }));
    expect(screen.getByTestId('report-cases').querySelector('h3')!.textContent).toContain('共 5 件');
    expect(screen.getByTestId('report-cases').getAttribute('aria-busy')).toBe('false');
  });

  it('shows the report’s note in the page’s language, its seed ids as document titles (issue 20 item 5)', async () => {
    const user = userEvent.setup();
    const choice = { zh: 'seed003 篇6 第三十八条(一)7 规定了统计周期，没有规定报送日。', en: 'seed003 篇6 第三十八条(一)7 sets the periods but no filing day.' };
    await renderSignedIn(wangjg, {
      'reports.definitions': () => ({ ...meta, definitions: [{ ...definition, choice, heads: measureHeads(definition) }] }),
      'reports.run': () => result,
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const note = await screen.findByTestId('report-choice');
    expect(note.textContent).toBe('《四川**实业集团有限公司客户投诉管理办法(试行)》第三十八条(一)7 规定了统计周期，没有规定报送日。');
    expect(note.getAttribute('lang')).toBe('zh-CN');
    await user.click(screen.getByTestId('lang-toggle'));
    await waitFor(() => expect(screen.getByTestId('report-choice').textContent).toContain('sets the periods but no filing day'));
    expect(screen.getByTestId('report-choice').getAttribute('lang')).toBe('en');
  });

  it('names class and cause codes by the site’s rule pack and the site by its name, in the chosen language; a code the pack does not know stays as it is', async () => {
    const byClassAndCause = assembleReport(
      { definition: { ...definition, dimensions: ['class', 'cause', 'site'] }, period, bucket: 'week', buckets, asOf: '2026-03-20T00:00:00.000Z', siteId: 's', unit: null },
      {
        measures: [{ group_key: buckets[1], received__n: 3, complaints__n: 3 }],
        dimensions: [
          { dimension: 'class', rows: [{ value: 'ordinary', label: null, bucket: buckets[1], n: 2 }, { value: 'retired-class', label: null, bucket: buckets[1], n: 1 }] },
          { dimension: 'cause', rows: [{ value: 'unclear', label: null, bucket: buckets[1], n: 3 }] },
          { dimension: 'site', rows: [{ value: 'site-1', label: null, bucket: buckets[1], n: 3 }] },
        ],
      },
      () => undefined,
    );
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'reports.definitions': () => meta,
      'reports.run': () => byClassAndCause,
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const classes = await screen.findByTestId('dimension-class');
    expect(classes.textContent).toContain('一般投诉');
    expect(classes.textContent).not.toContain('ordinary');
    expect(classes.textContent).toContain('retired-class');
    expect(screen.getByTestId('dimension-cause').textContent).toContain('投诉对象不明确');
    await waitFor(() => expect(screen.getByTestId('dimension-site').textContent).toContain('阳42井站'));
    expect(screen.getByTestId('dimension-site').textContent).not.toContain('site-1');
  });

  it('shows the overdue counts a late plan enters (issue 17 §1.1) under their names in Chinese and English', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'reports.definitions': () => meta,
      'reports.run': () => result,
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('report-run'));
    const measures = await screen.findByTestId('report-measures');
    const overdue = () => measures.querySelector('tr[data-measure="overdueCases"] th')!;
    const latePlans = () => measures.querySelector('tr[data-measure="latePlans"] th')!;
    expect(overdue().textContent).toBe('逾期件数');
    expect(latePlans().textContent).toBe('逾期补录计划');
    expect(within(measures).getByTestId('total-overdueCases').textContent).toBe('2');
    expect(within(measures).getByTestId('total-latePlans').textContent).toBe('1');
    await act(() => setLanguage('en'));
    expect(overdue().textContent).toBe('Overdue cases');
    expect(latePlans().textContent).toBe('Late plans');
  });

  it('says the core’s reason for a period that has not begun, and shows no numbers', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'reports.definitions': () => meta,
      'reports.run': () => {
        throw ApiError.because('VALIDATION', 'reports.errors.futurePeriod', { date: { date: '2026-04-01' } }, 'period.key');
      },
      'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
      'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.type(await screen.findByTestId('report-period-key'), '{selectall}2026-04');
    await user.click(screen.getByTestId('report-run'));
    expect((await screen.findByRole('alert')).textContent).toContain('尚未开始');
    expect(screen.queryByTestId('report-result')).toBeNull();
  });

  it('enters a CSV export in the register with its purpose and row count before saving it, and saves nothing when the register refuses (issue 19 §4)', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    URL.createObjectURL = () => 'blob:report';
    URL.revokeObjectURL = () => undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    let refuse = false;
    try {
      const { bridge } = await renderSignedIn(wangjg, {
        'reports.definitions': () => meta,
        'reports.run': () => result,
        'reports.overdue': () => ({ complaints: { asOf: result.asOf, summary: [], cases: [] }, items: [] }),
        'reports.cadence': () => ({ period, today: '2026-03-20', schedules: [] }),
        'privacy.recordExport': (input: { subject: string; rowCount: number; reason?: string }) => {
          if (refuse) throw new ApiError('FORBIDDEN', 'no');
          return { id: 'a-1', at: result.asOf, userId: wangjg.id, userName: wangjg.displayName, action: 'export', subject: input.subject, recordId: null, rowCount: input.rowCount, reason: input.reason ?? null, place: 'YY42' };
        },
      });
      await user.click(screen.getByTestId('nav-reports'));
      await user.click(await screen.findByTestId('report-run'));
      await screen.findByTestId('report-measures');
      await user.type(screen.getByTestId('export-purpose'), '月度通报');
      await user.click(screen.getByTestId('export-csv'));
      await waitFor(() => expect(saved).toHaveLength(1));
      const [call] = bridge.callsTo('privacy.recordExport');
      expect(call!.input).toMatchObject({ subject: saved[0], reason: '月度通报' });
      expect((call!.input as { rowCount: number }).rowCount).toBeGreaterThan(0);

      refuse = true;
      await user.click(screen.getByTestId('export-csv'));
      await waitFor(() => expect(bridge.callsTo('privacy.recordExport')).toHaveLength(2));
      expect(saved).toHaveLength(1);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
