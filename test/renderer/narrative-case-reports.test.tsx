import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useNarrativeReportsStore } from '../../renderer/stores/narrative-reports-store';
import type { CaseListItem, NarrativeVersion } from '../../shared/api/narrative-reports';
import { ApiError } from '../../shared/api/errors';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import type { CaseFacts } from '../../shared/reports/narrative/case-facts';
import { isCaseKind } from '../../shared/reports/narrative/kind-schema';
import { detailOf, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

/**
 * 客户重大投诉专项报告 in the renderer against a fake core: offered on the
 * complaint's page only when the core offers it, opened on the 报表 page with
 * the case's facts, saved with the complaint as its scope, issued and printed
 * with the facts as frozen.
 */
const meta = { definitions: [], units: ['阳42井站'], restrictedUnit: null, today: '2026-12-02' };
const caseKind = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'sichuan-p6-major-complaint-report')!;
if (!isCaseKind(caseKind)) throw new Error('the special report is a case kind');
const complaint = { ...sampleComplaint, classCode: 'major' };
const serial = complaint.serial;

const facts: CaseFacts = {
  complaintId: complaint.id,
  serial,
  receivedAt: '2026-11-23T01:00:00.000Z',
  channel: 'phone',
  status: 'assigned',
  customerName: '周女士',
  content: '燃气泄漏造成损失',
  firstReceiverName: '李梅',
  handlerName: '张伟',
  unit: '维修班',
  grade: {
    packId: 'sichuan-group-p6',
    packVersion: '1.0.0',
    classCode: 'major',
    classLabel: { zh: '重大投诉', en: 'Major' },
    reasons: [{ label: { zh: '客户造成重大物质、经济、精神、人身伤害的投诉', en: 'Major harm' }, source: 'seed003 篇6 第十三条 第二类(一)', how: 'ticked' }],
    override: null,
  },
  steps: [
    { at: '2026-11-23T01:00:00.000Z', action: 'create', byName: '李梅' },
    { at: '2026-11-23T01:20:00.000Z', action: 'accept', byName: '赵丽' },
  ],
  deadlines: [
    { step: 'response', milestone: 'response', label: null, source: 'seed003 篇6 第十八条', due: '2026-11-23T01:05:00.000Z', outcome: 'missed' },
    { step: 'resolution', milestone: 'resolution', label: null, source: 'seed003 篇6 第十八条', due: '2026-12-02T10:00:00.000Z', outcome: 'pending' },
  ],
  escalations: 0,
  resolvedAt: null,
  closedAt: null,
};

const caseItem = (over: Partial<CaseListItem> = {}): CaseListItem => ({
  kindId: caseKind.id,
  complaint: { id: complaint.id, serial, receivedAt: facts.receivedAt, classLabel: facts.grade.classLabel },
  state: 'due',
  draftId: null,
  issued: null,
  ...over,
});

const version = (over: Partial<NarrativeVersion> = {}): NarrativeVersion => ({
  id: 'c1',
  kindId: caseKind.id,
  title: caseKind.title,
  period: null,
  complaint: { id: complaint.id, serial },
  dueDate: null,
  version: 1,
  status: 'draft',
  sections: {},
  statistics: null,
  caseFacts: facts,
  replaces: null,
  correctionReason: null,
  replacedBy: null,
  draftedByName: '赵丽',
  updatedAt: '2026-12-02T02:00:00.000Z',
  issued: null,
  ...over,
});

function handlers(saved: unknown[]) {
  return {
    'reports.definitions': () => meta,
    'narrativeReports.list': () => ({ kinds: [caseKind], today: '2026-12-02', items: [], cases: [caseItem()] }),
    'narrativeReports.forComplaint': () => ({ kind: caseKind, item: caseItem() }),
    'narrativeReports.saveDraft': (input: { sections: Record<string, string> }) => {
      saved.push(input);
      return version({ sections: input.sections });
    },
  };
}

describe('客户重大投诉专项报告', () => {
  beforeEach(() => useNarrativeReportsStore.setState({ year: null, listing: null, open: null, texts: {}, savedAt: null, printing: null, printCount: 0, error: null }));

  it('is offered on a major complaint’s page, opens with the case’s facts, saves with the complaint as scope, issues and prints them frozen', async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    const issued = version({ status: 'issued', sections: { keyProblem: '燃气泄漏', handling: '当日抢修' }, issued: { at: '2026-12-02T02:00:00.000Z', byName: '赵丽', role: 'call_centre' } });
    const issue = vi.fn(() => issued);
    const { bridge } = await openDetail(detailOf(complaint), wangjg, { ...handlers(saved), 'narrativeReports.issue': issue });
    const box = await screen.findByTestId('special-report');
    expect(bridge.callsTo('narrativeReports.forComplaint')[0]!.input).toEqual({ complaintId: complaint.id });
    expect(box.textContent).toContain('客户重大投诉专项报告');
    expect(box.textContent).toContain('待编制');
    await user.click(within(box).getByTestId('special-report-open'));

    expect(bridge.callsTo('narrativeReports.saveDraft')[0]!.input).toEqual({ kindId: caseKind.id, complaintId: complaint.id, sections: {} });
    const editor = await screen.findByTestId('narrative-version');
    expect(within(editor).getByTestId('narrative-title').textContent).toContain(`投诉 ${serial}`);
    const shown = within(editor).getByTestId('case-facts');
    expect(within(shown).getByTestId('case-facts-serial').textContent).toBe(serial);
    expect(within(shown).getByTestId('case-facts-class').textContent).toContain('重大投诉');
    expect(within(shown).getByTestId('case-facts-class').textContent).toContain('第十三条 第二类(一)');
    expect(within(shown).getByTestId('case-facts-deadlines').textContent).toContain('超时完成');
    expect(within(shown).getByTestId('case-facts-steps').textContent).toContain('赵丽');
    expect(editor.textContent).toContain('签发时冻结');
    // A case report has facts, not a period's statistics.
    expect(within(editor).queryByTestId('narrative-statistics')).toBeNull();

    await user.type(within(editor).getByTestId('narrative-section-keyProblem'), '燃气泄漏');
    await user.type(within(editor).getByTestId('narrative-section-handling'), '当日抢修');
    await waitFor(() => expect(saved.at(-1)).toMatchObject({ id: 'c1', complaintId: complaint.id, sections: { keyProblem: '燃气泄漏', handling: '当日抢修' } }), { timeout: 3000 });
    expect(saved.at(-1)).not.toHaveProperty('period');

    await user.click(within(editor).getByTestId('narrative-issue'));
    await user.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-dialog-confirm'));
    await screen.findByTestId('narrative-issued-text');
    expect(issue).toHaveBeenCalledOnce();
    expect(screen.getByTestId('narrative-version').textContent).toContain('签发时（');

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByTestId('narrative-print-button'));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    const sheet = screen.getByTestId('narrative-print');
    expect(sheet.textContent).toContain(`投诉 ${serial}`);
    expect(within(sheet).getByTestId('case-facts-serial').textContent).toBe(serial);
    expect(sheet.textContent).toContain('当日抢修');
    expect(sheet.textContent).toContain('呼叫中心');
    print.mockRestore();
  });

  it('is not offered when the core offers none, and lists the year’s cases on the 报表 page', async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    const { bridge } = await openDetail(detailOf(sampleComplaint), wangjg, { ...handlers(saved), 'narrativeReports.forComplaint': () => ({ kind: null, item: null }) });
    await waitFor(() => expect(bridge.callsTo('narrativeReports.forComplaint')).toHaveLength(1));
    expect(screen.queryByTestId('special-report')).toBeNull();

    await user.click(screen.getByTestId('nav-reports'));
    const cases = await screen.findByTestId('narrative-case-list');
    const row = within(cases).getByTestId(`narrative-case-${serial}`);
    expect(row.dataset.state).toBe('due');
    expect(row.textContent).toContain('重大投诉');
    expect(row.textContent).toContain('原文未规定');
  });

  it('says why the core refused a draft for a complaint that is not major', async () => {
    const user = userEvent.setup();
    await openDetail(detailOf(complaint), wangjg, {
      ...handlers([]),
      'narrativeReports.saveDraft': () => {
        throw ApiError.because('VALIDATION', 'narrativeReports.errors.notMajor', { serial });
      },
    });
    const box = await screen.findByTestId('special-report');
    await user.click(within(box).getByTestId('special-report-open'));
    // The refusal is said where it was asked for; the page stays.
    await waitFor(() => expect(box.textContent).toContain(`投诉 ${serial} 不是需要专项报告的等级`));
    expect(screen.getByTestId('complaint-detail')).toBeTruthy();
  });
});
