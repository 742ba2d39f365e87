import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleRiskMeetingsPanel } from '../../renderer/console/screens/ConsoleRiskMeetingsPanel';
import { i18n } from '../../renderer/i18n/i18n';
import { CONSOLE_RISK_MEETING_PATHS, type ConsoleRiskMeetingList } from '../../shared/sync/console-risk-meetings-api';
import { stubConsoleServer } from './console-server-stub';

/* Issue 19 §3: head office's read-only list of the sites' risk meetings (seed000 第二篇 三、) per site and period. */

const server = stubConsoleServer();
const SITES = [
  { id: 's-sx', code: 'SX01', name: '绍兴支行' },
  { id: 's-hz', code: 'HZ01', name: '杭州支行' },
];

const LIST: ConsoleRiskMeetingList = {
  period: { kind: 'quarter', key: '2026-Q4', firstDay: '2026-10-01', lastDay: '2026-12-31' },
  meetings: [
    {
      siteId: 's-sx',
      siteCode: 'SX01',
      siteName: '绍兴支行',
      id: 'm-1',
      heldOn: '2026-11-23',
      kinds: ['dynamicAnalysis', 'warningAnalysis'],
      attendees: ['王建国', '刘强'],
      customers: [
        { customerId: 'c-1', customerName: '绍兴某纺织有限公司' },
        { customerId: 'c-2', customerName: null },
      ],
      conclusions: '压缩敞口，联系人138****5678',
      recordedByName: '王建国',
      recordedAt: '2026-11-23T02:00:00.000Z',
    },
  ],
};

afterEach(async () => i18n.changeLanguage('zh-CN'));

async function ask(kind: string, key: string, site: string) {
  const user = userEvent.setup();
  render(<ConsoleRiskMeetingsPanel sites={SITES} />);
  const panel = await screen.findByTestId('console-risk-meetings');
  await user.selectOptions(within(panel).getByTestId('console-risk-meetings-kind'), kind);
  await user.clear(within(panel).getByTestId('console-risk-meetings-key'));
  await user.type(within(panel).getByTestId('console-risk-meetings-key'), key);
  if (site) await user.selectOptions(within(panel).getByTestId('console-risk-meetings-site'), site);
  await user.click(within(panel).getByTestId('console-risk-meetings-run'));
  return panel;
}

describe('console: risk meetings', () => {
  it('asks for the period and site chosen and lists each meeting: site, day, kinds, customers, attendees, conclusions', async () => {
    server.routes[`GET ${CONSOLE_RISK_MEETING_PATHS.list}?kind=quarter&key=2026-Q4&siteId=s-sx`] = () => ({ status: 200, json: LIST });
    const panel = await ask('quarter', '2026-Q4', 's-sx');
    const row = await within(panel).findByTestId('console-risk-meeting-row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual(['SX01', '2026年11月23日', '动态分析会、预警客户情况分析会', '绍兴某纺织有限公司、（网点尚未同步客户档案）', '王建国、刘强']);
    expect(cells[5]).toContain('压缩敞口，联系人138****5678');
    expect(cells[5]).toContain('王建国 于');
  });

  it('says when no site recorded a meeting in the period, in English too', async () => {
    await i18n.changeLanguage('en');
    server.routes[`GET ${CONSOLE_RISK_MEETING_PATHS.list}?kind=month&key=2026-10`] = () => ({ status: 200, json: { ...LIST, period: { kind: 'month', key: '2026-10', firstDay: '2026-10-01', lastDay: '2026-10-31' }, meetings: [] } });
    const panel = await ask('month', '2026-10', '');
    await waitFor(() => expect(panel.textContent).toContain('No site recorded a meeting in this period.'));
    expect(within(panel).queryByTestId('console-risk-meetings-table')).toBeNull();
  });
});
