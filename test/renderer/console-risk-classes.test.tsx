import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RiskClassesScreen } from '../../renderer/console/screens/RiskClassesScreen';
import { CONSOLE_CREDIT_MONTHLY_PATHS } from '../../shared/sync/console-credit-monthly-api';
import { currentHeadOfficeMonth } from '../../renderer/console/screens/CreditMonthPanel';
import { useConsoleCreditMonthStore, useConsoleCreditStore, useConsoleRiskStore } from '../../renderer/console/stores/console-risk-store';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_CREDIT_PATHS, CONSOLE_RISK_PATHS, type ConsoleCreditList, type ConsoleRiskList } from '../../shared/sync/console-risk-api';
import { stubConsoleServer } from './console-server-stub';

/* Issue 19 §3: head office's read-only list of the sites' risk-classed customers, with counts and filters. */

const server = stubConsoleServer();

const row = (over: Partial<ConsoleRiskList['rows'][number]>): ConsoleRiskList['rows'][number] => ({
  siteId: 's-sx',
  siteCode: 'SX01',
  siteName: '绍兴支行',
  customerId: 'c-1',
  customerName: '绍兴纺织公司',
  riskClass: 'class1',
  fromClass: 'class2',
  since: '2026-11-20T02:00:00.000Z',
  reason: '须清收退出，联系人电话 138****5678',
  decisionNote: '信审会审议通过',
  changes: 2,
  packVersion: '1',
  ...over,
});

const counts = { class1: 1, class2: 1, class3: 0, normal: 0 };
const all: ConsoleRiskList = { rows: [row({}), row({ siteCode: 'HZ01', siteId: 's-hz', customerId: 'c-2', customerName: null, riskClass: 'class2', fromClass: 'normal', changes: 1 })], total: 2, counts, offset: 0, limit: 50 };

const noGradings: ConsoleCreditList = { today: '2026-12-12', rows: [], total: 0, counts: { A: 0, B: 0, C: 0, overdue: 0 }, offset: 0, limit: 50 };

beforeEach(() => {
  useConsoleRiskStore.setState({ query: { offset: 0 }, list: null, error: null });
  useConsoleCreditStore.setState({ query: { offset: 0 }, list: null, error: null });
  server.routes[`GET ${CONSOLE_CREDIT_PATHS.list}?offset=0&limit=50`] = () => ({ status: 200, json: noGradings });
  useConsoleCreditMonthStore.setState({ query: { month: '' }, view: null, error: null });
  server.routes[`GET ${CONSOLE_CREDIT_MONTHLY_PATHS.month}?month=${currentHeadOfficeMonth()}`] = () => ({ status: 200, json: { month: currentHeadOfficeMonth(), evaluations: [], reports: [] } });
  useSitesStore.setState({ sites: [] } as never);
  server.routes[`GET ${CONSOLE_PATHS.sites}`] = () => ({ status: 200, json: { sites: [] } });
});

describe('console: risk classes', () => {
  it('lists the current class per site with the counts per class, and filters by class and name', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_RISK_PATHS.list}?offset=0&limit=50`] = () => ({ status: 200, json: all });
    server.routes[`GET ${CONSOLE_RISK_PATHS.list}?offset=0&riskClass=class2&limit=50`] = () => ({ status: 200, json: { ...all, rows: [all.rows[1]], total: 1 } });
    server.routes[`GET ${CONSOLE_RISK_PATHS.list}?offset=0&riskClass=class2&q=%E7%BB%8D%E5%85%B4&limit=50`] = () => ({ status: 200, json: { ...all, rows: [], total: 0 } });
    render(<RiskClassesScreen />);

    const table = await screen.findByTestId('risk-classes-table');
    await waitFor(() => expect(within(table).getAllByTestId('risk-class-row')).toHaveLength(2));
    // The sites' risk meetings (第二篇 三、) are asked for per period and site below the list.
    expect(within(screen.getByTestId('console-risk-meetings')).getByTestId('console-risk-meetings-run')).toBeTruthy();
    const [first, second] = within(table).getAllByTestId('risk-class-row');
    expect(first!.textContent).toContain('SX01');
    expect(first!.textContent).toContain('第一类（退出管理）');
    expect(first!.textContent).toContain('（原第二类（预警管理））');
    expect(first!.textContent).toContain('138****5678');
    expect(second!.textContent).toContain('网点尚未同步客户档案');
    expect([...screen.getByTestId('risk-counts').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['第一类（退出管理）：1 户', '第二类（预警管理）：1 户', '第三类（观察类）：0 户', '正常类（未分入三类）：0 户']);
    expect(screen.getAllByTestId('list-count')[0]!.textContent).toContain('2');

    await user.selectOptions(screen.getByTestId('risk-class-filter'), 'class2');
    await waitFor(() => expect(within(screen.getByTestId('risk-classes-table')).getAllByTestId('risk-class-row')).toHaveLength(1));
    await user.type(screen.getByTestId('risk-search'), '绍兴');
    await user.click(screen.getByTestId('risk-search-submit'));
    await waitFor(() => expect(within(screen.getByTestId('risk-classes-table')).queryAllByTestId('risk-class-row')).toHaveLength(0));
    expect(within(screen.getByTestId('risk-classes-table').parentElement!).getByText('没有记录。')).toBeTruthy();
    // Read-only: nothing to press on a row.
    expect(within(screen.getByTestId('risk-classes-table')).queryByRole('button')).toBeNull();
  });

  it('says why the list could not be read', async () => {
    server.routes[`GET ${CONSOLE_RISK_PATHS.list}?offset=0&limit=50`] = () => ({ status: 400, json: { error: { code: 'invalid_body', message: '参数错误 / bad query' } } });
    render(<RiskClassesScreen />);
    expect((await screen.findByRole('alert')).textContent).toContain('参数错误');
  });

  it('lists the credit gradings in force with the review day, and filters the overdue ones', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_RISK_PATHS.list}?offset=0&limit=50`] = () => ({ status: 200, json: all });
    const overdueRow = { siteId: 's-sx', siteCode: 'SX01', siteName: '绍兴支行', customerId: 'c-1', customerName: '绍兴纺织公司', grade: 'B' as const, creditLimit: 50_000, approvedAt: '2026-09-11T02:00:00.000Z', reviewDueOn: '2026-12-11', reviewOverdue: true, reason: '评定', packVersion: '1' };
    const gradings: ConsoleCreditList = { ...noGradings, rows: [overdueRow, { ...overdueRow, customerId: 'c-2', customerName: '绍兴机械厂', grade: 'A', creditLimit: 0, reviewDueOn: '2026-12-12', reviewOverdue: false }], total: 2, counts: { A: 1, B: 1, C: 0, overdue: 1 } };
    server.routes[`GET ${CONSOLE_CREDIT_PATHS.list}?offset=0&limit=50`] = () => ({ status: 200, json: gradings });
    server.routes[`GET ${CONSOLE_CREDIT_PATHS.list}?offset=0&overdue=true&limit=50`] = () => ({ status: 200, json: { ...gradings, rows: [overdueRow], total: 1 } });
    render(<RiskClassesScreen />);
    const panel = await screen.findByTestId('console-credit');
    await waitFor(() => expect(within(panel).getAllByTestId('credit-row')).toHaveLength(2));
    const [first, second] = within(panel).getAllByTestId('credit-row');
    expect(first!.dataset.overdue).toBe('true');
    expect(first!.textContent).toContain('已逾期');
    expect(first!.textContent).toContain('50,000');
    expect(second!.dataset.overdue).toBe('false');
    expect(within(panel).getByTestId('credit-overdue-filter').parentElement!.textContent).toContain('只看复查已逾期（1）');
    await user.click(within(panel).getByTestId('credit-overdue-filter'));
    await waitFor(() => expect(within(panel).getAllByTestId('credit-row')).toHaveLength(1));
  });
});
