import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useNarrativeReportsStore } from '../../renderer/stores/narrative-reports-store';
import type { NarrativeListItem, NarrativeVersion } from '../../shared/api/narrative-reports';
import { ApiError } from '../../shared/api/errors';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import type { ReportResult } from '../../shared/reports/result';
import { renderSignedIn, wangjg } from './fixtures';

/** 分析报告 on the 报表 page against a fake core: the year's list, a draft written and saved as typed, 签发 after confirmation, the issued version printed and corrected. */
const meta = { definitions: [], units: ['阳42井站'], restrictedUnit: null, today: '2026-12-02' };
const kind = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'sichuan-p6-analysis-report')!;
const november = { kind: 'month' as const, key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' };

const statistics: ReportResult = {
  definitionId: 'sichuan-p6-analysis',
  title: { zh: '客户投诉分析报告', en: 'Customer complaint analysis' },
  source: 'seed003 篇6',
  period: november,
  bucket: 'month',
  buckets: ['2026-11'],
  asOf: '2026-12-02T02:00:00.000Z',
  siteId: 's1',
  unit: null,
  dueDate: null,
  measures: [{ measure: 'complaints', kind: 'count', label: { zh: '投诉件数', en: 'Complaints' }, note: { zh: '', en: '' }, source: 'seed003', hours: null, target: null }],
  rows: [],
  total: { complaints: { numerator: 7, denominator: null, value: 7, met: null } },
  tables: [{ dimension: 'channel', source: 'x', rows: [{ value: 'phone', label: null, counts: [7], total: 7, share: 1 }], bucketTotals: [7], total: 7 }],
};

const version = (over: Partial<NarrativeVersion>): NarrativeVersion => ({
  id: 'v1',
  kindId: kind.id,
  title: kind.title,
  period: november,
  complaint: null,
  dueDate: null,
  version: 1,
  status: 'draft',
  sections: {},
  statistics,
  caseFacts: null,
  replaces: null,
  correctionReason: null,
  replacedBy: null,
  draftedByName: '赵丽',
  updatedAt: '2026-12-02T02:00:00.000Z',
  issued: null,
  ...over,
});

const item = (over: Partial<NarrativeListItem>): NarrativeListItem => ({ kindId: kind.id, period: november, dueDate: null, state: 'due', draftId: null, issued: null, ...over });
const october = { kind: 'month' as const, key: '2026-10', firstDay: '2026-10-01', lastDay: '2026-10-31' };

function stubs(items: NarrativeListItem[]) {
  const saved: unknown[] = [];
  return {
    saved,
    handlers: {
      'reports.definitions': () => meta,
      'narrativeReports.list': () => ({ kinds: [kind], today: '2026-12-02', items, cases: [] }),
      'narrativeReports.saveDraft': (input: { sections: Record<string, string> }) => {
        saved.push(input);
        return version({ sections: input.sections });
      },
    },
  };
}

describe('分析报告 on the 报表 page', () => {
  beforeEach(() => useNarrativeReportsStore.setState({ year: null, listing: null, open: null, texts: {}, savedAt: null, printing: null, printCount: 0, error: null }));

  it('lists the year’s periods with their state, starts a draft, saves it as typed and issues it after confirmation', async () => {
    const user = userEvent.setup();
    const { handlers, saved } = stubs([item({}), item({ period: october, state: 'issued', issued: { id: 'old', version: 2, issuedAt: '2026-11-05T02:00:00.000Z', issuedByName: '赵丽' } })]);
    const issue = vi.fn(() => version({ status: 'issued', sections: { overview: '本月七件', analysis: '噪声' }, issued: { at: '2026-12-02T02:00:00.000Z', byName: '赵丽', role: 'call_centre' } }));
    const { bridge } = await renderSignedIn(wangjg, { ...handlers, 'narrativeReports.issue': issue });
    await user.click(screen.getByTestId('nav-reports'));
    const panel = await screen.findByTestId('narrative-reports');
    const list = await within(panel).findByTestId('narrative-list');
    expect(within(list).getByTestId('narrative-item-2026-11').textContent).toContain('待编制');
    expect(within(list).getByTestId('narrative-item-2026-10').textContent).toContain('已签发 · 第 2 版 · 赵丽 于');
    await user.click(within(panel).getByTestId('narrative-open-2026-11'));
    expect(bridge.callsTo('narrativeReports.saveDraft')[0]!.input).toEqual({ kindId: kind.id, period: { kind: 'month', key: '2026-11' }, sections: {} });
    const editor = await within(panel).findByTestId('narrative-version');
    expect(within(editor).getByTestId('narrative-measures').textContent).toContain('7');
    expect(editor.textContent).toContain('分析');
    await user.type(within(editor).getByTestId('narrative-section-overview'), '本月七件');
    await user.type(within(editor).getByTestId('narrative-section-analysis'), '噪声');
    await waitFor(() => expect(saved.at(-1)).toMatchObject({ id: 'v1', sections: { overview: '本月七件', analysis: '噪声' } }), { timeout: 3000 });

    await user.click(within(editor).getByTestId('narrative-issue'));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('冻结');
    await user.click(within(dialog).getByTestId('confirm-dialog-cancel'));
    expect(issue).not.toHaveBeenCalled();
    await user.click(within(editor).getByTestId('narrative-issue'));
    await user.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-dialog-confirm'));
    const issued = await within(panel).findByTestId('narrative-issued-text');
    expect(issue).toHaveBeenCalledOnce();
    expect(issued.textContent).toContain('本月七件');
    expect(within(panel).getByTestId('narrative-signed').textContent).toContain('赵丽');
    expect(within(panel).queryByTestId('narrative-section-overview')).toBeNull();
  });

  it('prints an issued version as a paper sheet and corrects it by a new version with a reason', async () => {
    const user = userEvent.setup();
    const issuedVersion = version({ status: 'issued', sections: { overview: '概况', analysis: '分析正文' }, issued: { at: '2026-12-02T02:00:00.000Z', byName: '赵丽', role: 'call_centre' } });
    const { handlers } = stubs([item({ state: 'issued', issued: { id: 'v1', version: 1, issuedAt: '2026-12-02T02:00:00.000Z', issuedByName: '赵丽' } })]);
    const reissue = vi.fn(() => version({ id: 'v2', version: 2, sections: issuedVersion.sections, replaces: { id: 'v1', version: 1 }, correctionReason: '漏写原因' }));
    const { bridge } = await renderSignedIn(wangjg, { ...handlers, 'narrativeReports.get': () => issuedVersion, 'narrativeReports.reissue': reissue });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('narrative-open-2026-11'));
    await user.click(await screen.findByTestId('narrative-print-button'));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    const sheet = screen.getByTestId('narrative-print');
    expect(sheet.classList.contains('paper-sheet')).toBe(true);
    expect(sheet.textContent).toContain('分析正文');
    expect(sheet.textContent).toContain('签发人（签字）');
    print.mockRestore();

    await user.type(screen.getByTestId('narrative-reissue-reason'), '漏写原因');
    await user.click(screen.getByTestId('narrative-reissue'));
    expect(bridge.callsTo('narrativeReports.reissue')[0]!.input).toEqual({ id: 'v1', reason: '漏写原因' });
    expect((await screen.findByTestId('narrative-replaces')).textContent).toContain('更正第 1 版，原因：漏写原因');
    expect(screen.getByTestId('narrative-version').dataset.status).toBe('draft');
  });

  it('says why the core refused to issue', async () => {
    const user = userEvent.setup();
    const { handlers } = stubs([item({ draftId: 'v1' })]);
    await renderSignedIn(wangjg, {
      ...handlers,
      'narrativeReports.get': () => version({ sections: { overview: 'a', analysis: 'b' } }),
      'narrativeReports.issue': () => {
        throw ApiError.because('FORBIDDEN', 'narrativeReports.errors.wrongSigner');
      },
    });
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(await screen.findByTestId('narrative-open-2026-11'));
    await user.click(await screen.findByTestId('narrative-issue'));
    await user.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-dialog-confirm'));
    expect(await within(screen.getByTestId('narrative-reports')).findByText(/只有报告规定的签发人可以签发/)).toBeTruthy();
  });
});
