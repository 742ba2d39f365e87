import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistsScreen } from '../../renderer/console/screens/ChecklistsScreen';
import { ComplaintsScreen } from '../../renderer/console/screens/ComplaintsScreen';
import { NotificationsScreen } from '../../renderer/console/screens/NotificationsScreen';
import { useConsoleNotifications } from '../../renderer/console/stores/console-notifications-store';
import { useChecklistsPage, useComplaintsPage } from '../../renderer/console/stores/records-store';
import { CONSOLE_PATHS, type ComplaintRow } from '../../shared/sync/console-api';
import { CONSOLE_NOTIFICATION_PATHS } from '../../shared/sync/console-notifications';
import { stubConsoleServer, type Answer } from './console-server-stub';

/** Issue 20 item 16: the console's lists send their filters and sorting to the server, keep them in the screen's store, and say how many match. */
const server = stubConsoleServer();

const row: ComplaintRow = { siteId: 's1', siteCode: 'YY42', id: 'c1', serial: 'YY42-1', kind: 'complaint', status: 'in_progress', receivedAt: '2026-11-01T02:00:00.000Z', dueAt: null, overdue: false, summary: '水压低', updatedAt: '2026-11-01T02:00:00.000Z' };

/** Every query of a list gets the same page; the test reads what was asked. */
function answerAll(prefix: string, json: unknown) {
  const answer: Answer = () => ({ status: 200, json });
  server.routes = new Proxy({} as Record<string, Answer>, {
    get: (_target, key) => (typeof key === 'string' && key.startsWith(`GET ${prefix}`) ? answer : key === `GET ${CONSOLE_PATHS.sites}` ? () => ({ status: 200, json: { sites: [] } }) : undefined),
  });
}

function lastQuery(prefix: string): Record<string, string> {
  const sent = server.sent.filter((s) => s.path.startsWith(prefix)).at(-1)!;
  return Object.fromEntries(new URL(sent.path, 'http://console').searchParams);
}

beforeEach(() => {
  useComplaintsPage.setState({ query: { offset: 0 }, rows: null, total: 0 });
  useChecklistsPage.setState({ query: { offset: 0 }, rows: null, total: 0 });
  useConsoleNotifications.setState({ query: { offset: 0 }, rows: null, total: 0 });
});

describe('console lists: filters, sorting, count', () => {
  it('complaints: kind, period (whole days in the site’s zone) and a sortable column go to the server; the count is shown', async () => {
    answerAll(CONSOLE_PATHS.complaints, { rows: [row], total: 131, offset: 0, limit: 50 });
    const user = userEvent.setup();
    render(<ComplaintsScreen />);
    expect((await screen.findByTestId('list-count')).textContent).toBe('共 131 条');

    await user.selectOptions(screen.getByTestId('kind-filter'), 'inquiry');
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ kind: 'inquiry', offset: '0' }));
    fireEvent.change(screen.getByTestId('period-from'), { target: { value: '2026-11-05' } });
    fireEvent.change(screen.getByTestId('period-to'), { target: { value: '2026-11-10' } });
    // Shanghai midnight of the 5th, to midnight after the 10th.
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ kind: 'inquiry', from: '2026-11-04T16:00:00.000Z', to: '2026-11-10T16:00:00.000Z' }));
    expect((screen.getByTestId('period-to') as HTMLInputElement).value).toBe('2026-11-10');

    await user.click(screen.getByTestId('sort-dueAt'));
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ sort: 'dueAt', dir: 'desc' }));
    await user.click(screen.getByTestId('sort-dueAt'));
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ sort: 'dueAt', dir: 'asc', kind: 'inquiry' }));
    expect(screen.getByTestId('sort-dueAt').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    // Kept in the screen's store: back from a case, the list asks the same again.
    expect(useComplaintsPage.getState().query).toMatchObject({ kind: 'inquiry', sort: 'dueAt', dir: 'asc', from: '2026-11-04T16:00:00.000Z' });
  });

  it('checklist results: template and period filters and sorting by completion go to the server; the count is shown', async () => {
    answerAll(CONSOLE_PATHS.checklists, { rows: [], total: 0, offset: 0, limit: 50 });
    const user = userEvent.setup();
    render(<ChecklistsScreen />);
    expect((await screen.findByTestId('list-count')).textContent).toBe('共 0 条');
    await user.selectOptions(screen.getByTestId('template-filter'), 'waiter-level');
    fireEvent.change(screen.getByTestId('period-from'), { target: { value: '2026-11-01' } });
    await user.click(screen.getByTestId('sort-completedAt'));
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.checklists)).toMatchObject({ templateId: 'waiter-level', from: '2026-10-31T16:00:00.000Z', sort: 'completedAt', dir: 'desc' }));
  });

  it('notifications: the period raised and sorting by due time go to the server; the count is shown', async () => {
    answerAll(CONSOLE_NOTIFICATION_PATHS.list, { rows: [], total: 7, open: 0, offset: 0, limit: 50 });
    const user = userEvent.setup();
    render(<NotificationsScreen />);
    expect((await screen.findByTestId('list-count')).textContent).toBe('共 7 条');
    fireEvent.change(screen.getByTestId('period-to'), { target: { value: '2026-11-30' } });
    await user.click(screen.getByTestId('sort-dueAt'));
    await waitFor(() => expect(lastQuery(CONSOLE_NOTIFICATION_PATHS.list)).toMatchObject({ to: '2026-11-30T16:00:00.000Z', sort: 'dueAt', dir: 'desc' }));
  });
});
