import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReferenceForm } from '../../renderer/console/screens/ReferenceForm';
import { CONSOLE_REPORT_PATHS } from '../../shared/sync/console-reports-api';
import { stubConsoleServer } from './console-server-stub';

const server = stubConsoleServer();
const sites = [
  { id: 's-hz', code: 'HZ01', name: '杭州支行' },
  { id: 's-sx', code: 'SX01', name: '绍兴支行' },
];

describe('console 保费与保单数 (ReferenceForm)', () => {
  it('sends the chosen site, the period and the whole numbers, and says it saved', async () => {
    server.routes = { [`POST ${CONSOLE_REPORT_PATHS.reference}`]: () => ({ status: 200, json: {} }) };
    const user = userEvent.setup();
    render(<ReferenceForm sites={sites} today="2026-12-08" />);
    expect((screen.getByTestId('reference-key') as HTMLInputElement).value).toBe('2026-12');
    await user.selectOptions(screen.getByTestId('reference-site'), 's-sx');
    await user.type(screen.getByTestId('reference-premium'), '120000');
    await user.type(screen.getByTestId('reference-policies'), '35');
    await user.click(screen.getByTestId('reference-save'));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(server.sent.find((s) => s.method === 'POST')?.body).toEqual({ siteId: 's-sx', period: { kind: 'month', key: '2026-12' }, premium: 120000, policies: 35 });
  });

  it('sends nothing for a count that is not a whole number and names the field', async () => {
    server.routes = {};
    const user = userEvent.setup();
    render(<ReferenceForm sites={sites} today="2026-12-08" />);
    await user.type(screen.getByTestId('reference-policies'), '3.5');
    await user.click(screen.getByTestId('reference-save'));
    expect(await screen.findByText(/policies/)).toBeTruthy();
    expect(server.sent.some((s) => s.method === 'POST')).toBe(false);
  });
});
