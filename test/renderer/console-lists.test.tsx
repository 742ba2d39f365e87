import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistsScreen } from '../../renderer/console/screens/ChecklistsScreen';
import { ComplaintsScreen } from '../../renderer/console/screens/ComplaintsScreen';
import { NotificationsScreen } from '../../renderer/console/screens/NotificationsScreen';
import { useConsoleNotifications } from '../../renderer/console/stores/console-notifications-store';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { useChecklistsPage, useComplaintClasses, useComplaintsPage } from '../../renderer/console/stores/records-store';
import { CONSOLE_PATHS, type ComplaintRow } from '../../shared/sync/console-api';
import { CONSOLE_NOTIFICATION_PATHS } from '../../shared/sync/console-notifications';
import { stubConsoleServer, type Answer } from './console-server-stub';

/** Issue 20 item 16: the console's lists send their filters and sorting to the server, keep them in the screen's store, and say how many match. */
const server = stubConsoleServer();

const row: ComplaintRow = { siteId: 's1', siteCode: 'YY42', id: 'c1', serial: 'YY42-1', kind: 'complaint', classCode: 'major', status: 'in_progress', receivedAt: '2026-11-01T02:00:00.000Z', dueAt: null, overdue: false, summary: '水压低', updatedAt: '2026-11-01T02:00:00.000Z' };

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
  useComplaintClasses.setState({ siteId: null, classes: [] });
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

  it('complaints: the class filter offers the rule packs’ classes (for the site picked) and is sent apart from the kind', async () => {
    const sites = [{ id: 's1', code: 'YY42', name: '阳42井站', createdAt: '2026-01-01T00:00:00.000Z', recordsReceived: 1, lastSyncAt: null, backlog: null, profile: null, devices: [] }];
    const allClasses = [
      { code: 'general', label: { zh: '一般投诉件', en: 'General complaint' } },
      { code: 'major', label: { zh: '重大投诉件 / 重大投诉', en: 'Major complaint' } },
    ];
    const siteClasses = [...allClasses.slice(0, 1), { code: 'difficult', label: { zh: '疑难投诉件', en: 'Difficult complaint' } }, { code: 'major', label: { zh: '重大投诉件', en: 'Major complaint' } }];
    server.routes = new Proxy({} as Record<string, Answer>, {
      get: (_target, key) => {
        if (typeof key !== 'string') return undefined;
        if (key.startsWith(`GET ${CONSOLE_PATHS.complaintClasses}`)) return () => ({ status: 200, json: { classes: key.includes('siteId=s1') ? siteClasses : allClasses } });
        if (key.startsWith(`GET ${CONSOLE_PATHS.complaints}`)) return () => ({ status: 200, json: { rows: [row], total: 3, offset: 0, limit: 50 } });
        return key === `GET ${CONSOLE_PATHS.sites}` ? () => ({ status: 200, json: { sites } }) : undefined;
      },
    });
    useSitesStore.setState({ sites });
    const user = userEvent.setup();
    render(<ComplaintsScreen />);
    // The row names its class as the pack does, not by its code.
    expect((await screen.findByTestId('complaint-class')).textContent).toBe('重大投诉件 / 重大投诉');
    const options = () => [...screen.getByTestId('class-filter').querySelectorAll('option')].map((o) => o.textContent);
    expect(options()).toEqual(['全部等级', '一般投诉件', '重大投诉件 / 重大投诉']);

    await user.selectOptions(screen.getByTestId('class-filter'), 'major');
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ classCode: 'major', offset: '0' }));
    expect(lastQuery(CONSOLE_PATHS.complaints).kind).toBeUndefined();
    await user.selectOptions(screen.getByTestId('kind-filter'), 'complaint');
    await waitFor(() => expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ classCode: 'major', kind: 'complaint' }));
    // The filters are labelled apart: 类型 for the kind, 等级 for the class.
    expect(screen.getByTestId('kind-filter').closest('label')!.textContent).toContain('类型');
    expect(screen.getByTestId('class-filter').closest('label')!.textContent).toContain('等级');

    // A site picked: its pack's classes, every one of them.
    await user.selectOptions(screen.getByTestId('site-filter'), 's1');
    await waitFor(() => expect(options()).toEqual(['全部等级', '一般投诉件', '疑难投诉件', '重大投诉件']));
    expect(lastQuery(CONSOLE_PATHS.complaints)).toMatchObject({ siteId: 's1', classCode: 'major', kind: 'complaint' });
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
