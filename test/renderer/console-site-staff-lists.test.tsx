import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SitesScreen } from '../../renderer/console/screens/SitesScreen';
import { StaffScreen } from '../../renderer/console/screens/StaffScreen';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { useStaffStore } from '../../renderer/console/stores/staff-store';
import { CONSOLE_PATHS, type SiteSummary, type StaffAccount } from '../../shared/sync/console-api';
import { CONSOLE_LIST_PATHS } from '../../shared/sync/console-lists-api';
import { stubConsoleServer, type Answer } from './console-server-stub';

/** Issue 20 item 16: the sites and staff screens send their filters, sorting and page to their own paged lists and say how many match. */
const server = stubConsoleServer();

const site: SiteSummary = { id: 's1', code: 'YY42', name: '阳42井站', createdAt: '2026-11-01T00:00:00.000Z', recordsReceived: 3, lastSyncAt: null, backlog: null, profile: null, devices: [] };
const account: StaffAccount = { id: 'u2', login: 'li.hq', displayName: '李总部', admin: false, personalReadFull: false, createdAt: '2026-11-02T00:00:00.000Z', disabledAt: null };

/** Every query of a list gets the same page; the test reads what was asked. */
function answerAll(prefix: string, json: unknown) {
  const answer: Answer = () => ({ status: 200, json });
  server.routes = new Proxy({} as Record<string, Answer>, {
    get: (_target, key) => (typeof key === 'string' && key.startsWith(`GET ${prefix}`) ? answer : undefined),
  });
}

function lastQuery(prefix: string): Record<string, string> {
  const sent = server.sent.filter((s) => s.path.startsWith(prefix)).at(-1)!;
  return Object.fromEntries(new URL(sent.path, 'http://console').searchParams);
}

beforeEach(() => {
  useSitesStore.setState({ sites: null, listQuery: { offset: 0 }, listRows: null, listTotal: 0, error: null });
  useStaffStore.setState({ accounts: null, query: { offset: 0 }, total: 0, error: null });
});

describe('sites and staff lists: filters, sorting, paging, count', () => {
  it('sites: code or name, device state, a sortable column and the next page go to the paged list, not the pickers’ list; the count is shown', async () => {
    answerAll(CONSOLE_LIST_PATHS.sites, { rows: [site], total: 131, offset: 0, limit: 50 });
    const user = userEvent.setup();
    render(<SitesScreen />);
    expect((await screen.findByTestId('list-count')).textContent).toBe('共 131 条');
    expect(within(screen.getByTestId('site-YY42')).getByText('阳42井站')).toBeTruthy();

    await user.type(screen.getByTestId('site-search'), ' 阳42 ');
    await user.click(screen.getByTestId('site-search-submit'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.sites)).toMatchObject({ q: '阳42', offset: '0' }));
    await user.selectOptions(screen.getByTestId('site-devices-filter'), 'revoked');
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.sites)).toMatchObject({ q: '阳42', devices: 'revoked' }));
    // Code is the default, ascending; another column starts descending, then turns.
    expect(screen.getByTestId('sort-code').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByTestId('sort-lastSync'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.sites)).toMatchObject({ sort: 'lastSync', dir: 'desc' }));
    await user.click(screen.getByTestId('sort-lastSync'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.sites)).toMatchObject({ sort: 'lastSync', dir: 'asc', devices: 'revoked' }));
    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.sites)).toMatchObject({ offset: '50', limit: '50', sort: 'lastSync' }));
    expect(server.sent.some((s) => s.path === CONSOLE_PATHS.sites)).toBe(false);
    expect(useSitesStore.getState().listQuery).toMatchObject({ q: '阳42', devices: 'revoked', sort: 'lastSync', dir: 'asc', offset: 50 });
  });

  it('staff: login or name, enabled or disabled, sorting by name and the next page go to the server; the count is shown', async () => {
    answerAll(CONSOLE_LIST_PATHS.staff, { rows: [account], total: 61, offset: 0, limit: 50 });
    const user = userEvent.setup();
    render(<StaffScreen />);
    expect((await screen.findByTestId('list-count')).textContent).toBe('共 61 条');
    await screen.findByTestId('staff-li.hq');

    await user.type(screen.getByTestId('staff-search'), '李');
    await user.click(screen.getByTestId('staff-search-submit'));
    await user.selectOptions(screen.getByTestId('staff-state-filter'), 'disabled');
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.staff)).toMatchObject({ q: '李', state: 'disabled', offset: '0' }));
    await user.click(screen.getByTestId('sort-name'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.staff)).toMatchObject({ sort: 'name', dir: 'desc', state: 'disabled' }));
    await user.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(lastQuery(CONSOLE_LIST_PATHS.staff)).toMatchObject({ offset: '50', sort: 'name', q: '李' }));
  });
});
