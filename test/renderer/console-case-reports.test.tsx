import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { queryString } from '../../renderer/console/api/console-client';
import { ComplaintCaseReportLink } from '../../renderer/console/screens/ComplaintCaseReportLink';
import { ConsoleCaseReportsPanel } from '../../renderer/console/screens/ConsoleCaseReportsPanel';
import { ConsoleNarrativeScreen } from '../../renderer/console/screens/ConsoleNarrativeScreen';
import { useConsoleCaseReportsStore } from '../../renderer/console/stores/console-case-reports-store';
import { useConsoleNav } from '../../renderer/console/stores/console-nav-store';
import type { CaseFacts } from '../../shared/reports/narrative/case-facts';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import { CONSOLE_CASE_REPORT_PATHS, type ConsoleCaseReportList, type ConsoleCaseReportRow } from '../../shared/sync/console-case-reports-api';
import { CONSOLE_NARRATIVE_PATHS, type ConsoleNarrativeVersion } from '../../shared/sync/console-narrative-api';
import { stubConsoleServer } from './console-server-stub';

/** 专项报告收报情况 at head office: the server's page shown as sent (count, newest version, correction, signer), paged; one opened read-only; a complaint's detail links to its report. */
const server = stubConsoleServer();
const sites = [
  { id: 's-sc1', code: 'SC01', name: '阳42井站' },
  { id: 's-sc2', code: 'SC02', name: '营业网点' },
];
const KIND = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'sichuan-p6-major-complaint-report')!;
const MAJOR = { zh: '重大投诉', en: 'Major complaint' };

function row(siteId: string, code: string, serial: string, version: number): ConsoleCaseReportRow {
  return {
    siteId,
    siteCode: code,
    siteName: sites.find((s) => s.id === siteId)!.name,
    kindId: KIND.id,
    title: KIND.title,
    complaint: { id: `c-${serial}`, serial },
    classLabel: MAJOR,
    received: {
      id: `v-${serial}`,
      version,
      issuedAt: '2026-12-02T02:00:00.000Z',
      issuedRole: 'station_lead',
      issuedByName: '王建国',
      firstIssuedAt: '2026-11-03T02:00:00.000Z',
      correction: version > 1 ? { replacesVersion: version - 1, reason: '补回访结果' } : null,
    },
  };
}

const NOVEMBER = { kind: 'month' as const, key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' };
const listPath = (offset: number, siteId?: string) => `GET ${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ kind: 'month', key: '2026-11', siteId, limit: 50, offset })}`;
const page = (offset: number, rows: ConsoleCaseReportRow[], total: number): ConsoleCaseReportList => ({ period: NOVEMBER, total, offset, limit: 50, rows });

beforeEach(() => {
  useConsoleCaseReportsStore.setState({ query: null, list: null, error: null });
  useConsoleNav.setState({ route: { page: 'reports' } });
});

describe('console: case reports received', () => {
  it('asks for the period and site chosen, shows the count and a row per report, pages, and opens one', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 50 }, (_, i) => row('s-sc1', 'SC01', `SC01-2026-${String(i + 1).padStart(4, '0')}`, 1));
    first[0] = row('s-sc1', 'SC01', 'SC01-2026-0001', 2);
    server.routes[listPath(0, 's-sc1')] = () => ({ status: 200, json: page(0, first, 51) });
    server.routes[listPath(50, 's-sc1')] = () => ({ status: 200, json: page(50, [row('s-sc1', 'SC01', 'SC01-2026-0051', 1)], 51) });
    render(<ConsoleCaseReportsPanel sites={sites} today="2026-12-12" />);
    await user.clear(screen.getByTestId('console-case-reports-key'));
    await user.type(screen.getByTestId('console-case-reports-key'), '2026-11');
    await user.selectOptions(screen.getByTestId('console-case-reports-site'), 's-sc1');
    await user.click(screen.getByTestId('console-case-reports-run'));
    expect((await screen.findByTestId('console-case-reports-count')).textContent).toBe('共 51 份专项报告');
    const rows = () => screen.getByTestId('console-case-reports-rows').querySelectorAll('tbody tr');
    expect(rows()).toHaveLength(50);
    expect(rows()[0]!.textContent).toContain('SC01 阳42井站');
    expect(rows()[0]!.textContent).toContain('SC01-2026-0001');
    expect(rows()[0]!.textContent).toContain('重大投诉');
    expect(rows()[0]!.textContent).toContain('第 2 版更正第 1 版：补回访结果');
    expect(rows()[0]!.textContent).toContain('王建国');
    expect(screen.getByTestId('pager-text').textContent).toContain('51');
    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.getAttribute('data-serial')).toBe('SC01-2026-0051');
    await user.click(within(rows()[0] as HTMLElement).getByRole('button', { name: '查看投诉 SC01-2026-0051 的专项报告' }));
    expect(useConsoleNav.getState().route).toEqual({ page: 'narrativeReport', siteId: 's-sc1', id: 'v-SC01-2026-0051' });
  });

  it('says the server’s reason for a bad period', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ kind: 'month', key: '2027-01', limit: 50, offset: 0 })}`] = () => ({
      status: 400,
      json: { error: { code: 'invalid_body', message: '统计期 2027-01 尚未开始 / the period 2027-01 has not begun' } },
    });
    render(<ConsoleCaseReportsPanel sites={sites} today="2026-12-12" />);
    await user.clear(screen.getByTestId('console-case-reports-key'));
    await user.type(screen.getByTestId('console-case-reports-key'), '2027-01');
    await user.click(screen.getByTestId('console-case-reports-run'));
    expect((await screen.findByRole('alert')).textContent).toContain('尚未开始');
    expect(screen.queryByTestId('console-case-reports-rows')).toBeNull();
  });

  it('a complaint’s detail links to its received 专项报告, and shows nothing when none arrived', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ siteId: 's-sc1', complaintId: 'c-1' })}`] = () => ({ status: 200, json: { period: null, total: 1, offset: 0, limit: 50, rows: [row('s-sc1', 'SC01', 'SC01-2026-0001', 2)] } });
    server.routes[`GET ${CONSOLE_CASE_REPORT_PATHS.list}${queryString({ siteId: 's-sc1', complaintId: 'c-2' })}`] = () => ({ status: 200, json: { period: null, total: 0, offset: 0, limit: 50, rows: [] } });
    const { unmount } = render(<ComplaintCaseReportLink siteId="s-sc1" complaintId="c-1" />);
    const link = await screen.findByTestId('complaint-case-report-link');
    expect(link.textContent).toContain('第 2 版');
    await user.click(link);
    expect(useConsoleNav.getState().route).toEqual({ page: 'narrativeReport', siteId: 's-sc1', id: 'v-SC01-2026-0001' });
    unmount();
    render(<ComplaintCaseReportLink siteId="s-sc1" complaintId="c-2" />);
    await waitFor(() => expect(server.sent.some((s) => s.path.includes('complaintId=c-2'))).toBe(true));
    expect(screen.queryByTestId('complaint-case-reports')).toBeNull();
  });

  it('opens a case report read-only: its frozen facts, its text, a link to the complaint, and its A4 sheet', async () => {
    const user = userEvent.setup();
    const facts: CaseFacts = {
      complaintId: 'c-1',
      serial: 'SC01-2026-0001',
      receivedAt: '2026-11-01T02:00:00.000Z',
      channel: 'phone',
      status: 'in_progress',
      customerName: '张*',
      content: '停气未提前通知',
      firstReceiverName: '李梅',
      handlerName: '王建国',
      unit: null,
      grade: { packId: 'sichuan-group-p6', packVersion: '1', classCode: 'major', classLabel: MAJOR, reasons: [], override: null },
      steps: [{ at: '2026-11-01T02:00:00.000Z', action: 'create', byName: '李梅' }],
      deadlines: [],
      escalations: 0,
      resolvedAt: null,
      closedAt: null,
    };
    const version: ConsoleNarrativeVersion = {
      site: { code: 'SC01', name: '阳42井站' },
      rulePackId: 'sichuan-group-p6',
      kind: KIND,
      version: {
        id: 'v-1',
        kindId: KIND.id,
        title: KIND.title,
        period: null,
        complaint: { id: 'c-1', serial: 'SC01-2026-0001' },
        caseFacts: facts,
        dueDate: null,
        version: 1,
        status: 'issued',
        sections: { keyProblem: '停气前未通知用户', handling: '当日恢复供气' },
        statistics: null,
        replaces: null,
        correctionReason: null,
        replacedBy: null,
        draftedByName: '李梅',
        updatedAt: '2026-11-03T02:00:00.000Z',
        issued: { at: '2026-11-03T02:00:00.000Z', byName: '王建国', role: 'station_lead' },
      },
    };
    server.routes[`GET ${CONSOLE_NARRATIVE_PATHS.version('s-sc1', 'v-1')}`] = () => ({ status: 200, json: version });
    render(<ConsoleNarrativeScreen siteId="s-sc1" id="v-1" />);
    expect((await screen.findByTestId('console-narrative-version')).textContent).toBe('第 1 版');
    // The facts on screen and on the A4 sheet, as frozen at 签发.
    expect(screen.getAllByTestId('case-facts-serial').map((e) => e.textContent)).toEqual(['SC01-2026-0001', 'SC01-2026-0001']);
    expect(within(screen.getByTestId('console-narrative-sections')).getByText('停气前未通知用户')).toBeTruthy();
    expect(screen.getByTestId('narrative-print').getAttribute('data-version')).toBe('1');
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByTestId('console-narrative-complaint'));
    expect(useConsoleNav.getState().route).toEqual({ page: 'complaint', siteId: 's-sc1', id: 'c-1' });
  });
});
