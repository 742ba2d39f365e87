import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CreditMonthPanel, currentHeadOfficeMonth } from '../../renderer/console/screens/CreditMonthPanel';
import { useConsoleCreditMonthStore } from '../../renderer/console/stores/console-risk-store';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_CREDIT_MONTHLY_PATHS, type ConsoleCreditMonth } from '../../shared/sync/console-credit-monthly-api';
import { stubConsoleServer } from './console-server-stub';

/* Issue 19 §2: head office reads a month of the sites' 《客户授信额度执行评价表》 and supervisors' reports (第三十九条、第四十条). */

const server = stubConsoleServer();

const NOVEMBER: ConsoleCreditMonth = {
  month: '2026-11',
  evaluations: [
    {
      siteId: 's-sx',
      siteCode: 'SX01',
      siteName: '绍兴支行',
      customerId: 'c-1',
      customerName: '绍兴纺织公司',
      creditLimit: 80_000,
      balance: 80_001,
      shipments: 60_000,
      payments: 50_000,
      overdueAmount: 5_000,
      overdueDays: 10,
      overLimit: true,
      filledByName: '王建国',
      checkedByName: '刘强',
      opinion: '已电话138****5678催收',
      proposedLimit: 60_000,
      decision: null,
    },
  ],
  reports: [{ siteId: 's-sx', siteCode: 'SX01', siteName: '绍兴支行', filedByName: '刘强', filedOn: '2026-12-01', late: true, text: '经营正常', customers: 1 }],
};

beforeEach(() => {
  useConsoleCreditMonthStore.setState({ query: { month: '' }, view: null, error: null });
  useSitesStore.setState({ sites: [] } as never);
  server.routes[`GET ${CONSOLE_PATHS.sites}`] = () => ({ status: 200, json: { sites: [] } });
  server.routes[`GET ${CONSOLE_CREDIT_MONTHLY_PATHS.month}?month=${currentHeadOfficeMonth()}`] = () => ({ status: 200, json: { month: currentHeadOfficeMonth(), evaluations: [], reports: [] } });
  server.routes[`GET ${CONSOLE_CREDIT_MONTHLY_PATHS.month}?month=2026-11`] = () => ({ status: 200, json: NOVEMBER });
});

describe('console: a month of credit execution evaluations and reports', () => {
  it("opens on head office's month, then shows another month's lines and reports", async () => {
    const user = userEvent.setup();
    render(<CreditMonthPanel />);
    await waitFor(() => expect(useConsoleCreditMonthStore.getState().view?.month).toBe(currentHeadOfficeMonth()));
    expect(screen.getAllByText('没有记录。')).toHaveLength(2);
    const input = screen.getByTestId('console-credit-month-input');
    await user.clear(input);
    await user.type(input, '2026-11');
    await user.click(screen.getByTestId('console-credit-month-show'));
    const row = await screen.findByTestId('console-evaluation-row');
    expect(row.getAttribute('data-over-limit')).toBe('true');
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['SX01', '绍兴纺织公司', '80,000', '80,001', '5,000 元，10 天', '超限', '刘强：已电话138****5678催收']);
    const reports = within(screen.getByTestId('console-credit-reports')).getByRole('listitem');
    expect(reports.textContent).toContain('刘强 于 2026年12月1日 提交');
    expect(reports.textContent).toContain('（逾期提交）');
  });
});
