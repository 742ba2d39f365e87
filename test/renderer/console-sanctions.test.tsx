import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConsoleSanctionPanel } from '../../renderer/console/screens/ConsoleSanctionPanel';
import { CONSOLE_SANCTION_PATHS, type ConsoleSanctionRollup } from '../../shared/sync/console-sanctions-api';
import { stubConsoleServer } from './console-server-stub';

/** 罚款与扣分汇总 at head office: the server's sums per site and person shown as sent; a refusal said. */
const server = stubConsoleServer();
const sites = [
  { id: 's-yy', code: 'YY42', name: '阳42井站' },
  { id: 's-ab', code: 'AB01', name: '营业部' },
];
const rollup: ConsoleSanctionRollup = {
  period: { kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' },
  sites: [
    { siteId: 's-ab', siteCode: 'AB01', amount: 0, points: 15, entries: 1 },
    { siteId: 's-yy', siteCode: 'YY42', amount: 3000, points: 0, entries: 4 },
  ],
  units: [],
  persons: [{ siteId: 's-yy', personId: 'u-zhang', personName: '张伟', unit: '阳42井站', amount: 1500, points: 0, entries: 1 }],
  months: [],
  total: { amount: 3000, points: 15, entries: 5 },
};

describe('console: fines and points across sites', () => {
  it('asks for the period and site chosen and shows the sums per site and person', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_SANCTION_PATHS.rollup}?kind=month&key=2026-11&siteId=s-yy`] = () => ({ status: 200, json: rollup });
    render(<ConsoleSanctionPanel sites={sites} today="2026-11-23" />);
    await user.selectOptions(screen.getByTestId('console-sanctions-site'), 's-yy');
    await user.click(screen.getByTestId('console-sanctions-run'));
    const bySite = await screen.findByTestId('console-sanctions-sites');
    expect([...bySite.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['AB010.00151', 'YY423000.0004', '合计3000.00155']);
    expect(within(screen.getByTestId('console-sanctions-persons')).getByText('张伟').closest('tr')!.textContent).toBe('YY42张伟阳42井站1500.0001');
  });

  it('says the server’s reason for a bad period', async () => {
    const user = userEvent.setup();
    server.routes[`GET ${CONSOLE_SANCTION_PATHS.rollup}?kind=month&key=2026-13`] = () => ({ status: 400, json: { error: { code: 'invalid_body', message: '没有这个统计期：2026-13 / no such period: 2026-13' } } });
    render(<ConsoleSanctionPanel sites={sites} today="2026-11-23" />);
    await user.clear(screen.getByTestId('console-sanctions-key'));
    await user.type(screen.getByTestId('console-sanctions-key'), '2026-13');
    await user.click(screen.getByTestId('console-sanctions-run'));
    expect((await screen.findByRole('alert')).textContent).toContain('没有这个统计期');
    expect(screen.queryByTestId('console-sanctions-sites')).toBeNull();
  });
});
