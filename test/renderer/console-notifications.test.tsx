import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationsScreen } from '../../renderer/console/screens/NotificationsScreen';
import { useConsoleNotifications } from '../../renderer/console/stores/console-notifications-store';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { CONSOLE_NOTIFICATION_PATHS, type ConsoleNotification } from '../../shared/sync/console-notifications';
import { stubConsoleServer } from './console-server-stub';

const server = stubConsoleServer();
afterEach(() => {
  useConsoleNotifications.setState({ query: { scope: 'headOffice', state: 'open', offset: 0 }, rows: null, total: 0, open: 0, error: null });
  useSitesStore.setState({ sites: null });
});

const filed: ConsoleNotification = {
  siteId: 's1',
  siteCode: 'YY42',
  id: 'n-1',
  complaintId: 'c-1',
  serial: 'YY42-20261123-0001',
  obligation: 'major.closed.head-office',
  event: 'closed',
  level: 0,
  notify: [{ zh: '总公司（报备处理方案）', en: 'Head office (the handling plan filed)' }],
  recipients: ['head_office'],
  copies: [],
  toHeadOffice: true,
  confirmByPhone: false,
  source: 'seed003 篇5 4.5.5',
  startsAt: '2026-11-23T02:00:00.000Z',
  dueAt: '2026-11-26T09:30:00.000Z',
  createdAt: '2026-11-23T02:00:00.000Z',
  acknowledgedAt: null,
  acknowledgedByName: null,
  acknowledgedAtHeadOffice: false,
  phoneConfirmedAt: null,
  writtenDueAt: null,
  writtenAt: null,
  escalatedAt: null,
  overdue: false,
  emailedAt: '2026-11-23T02:01:00.000Z',
  canAcknowledge: true,
};

describe('console 通知', () => {
  it('lists head office’s inbox, acknowledges one, and switches to every site’s overdue ones', async () => {
    let acknowledged = false;
    const page = (rows: ConsoleNotification[]) => ({ status: 200, json: { rows, total: rows.length, open: acknowledged ? 0 : 1, offset: 0, limit: 50 } });
    server.routes = {
      [`GET ${CONSOLE_PATHS.sites}`]: () => ({ status: 200, json: { sites: [] } }),
      [`GET ${CONSOLE_NOTIFICATION_PATHS.list}?scope=headOffice&state=open&offset=0&limit=50`]: () => page(acknowledged ? [] : [filed]),
      [`GET ${CONSOLE_NOTIFICATION_PATHS.list}?scope=all&state=open&offset=0&limit=50`]: () => page([]),
      [`GET ${CONSOLE_NOTIFICATION_PATHS.list}?scope=all&state=overdue&offset=0&limit=50`]: () => page([{ ...filed, id: 'n-2', recipients: ['handler'], toHeadOffice: false, overdue: true, canAcknowledge: false, emailedAt: null }]),
      [`POST ${CONSOLE_NOTIFICATION_PATHS.acknowledge('s1', 'n-1')}`]: () => {
        acknowledged = true;
        return { status: 200, json: { notification: { ...filed, acknowledgedAt: '2026-11-23T03:00:00.000Z', acknowledgedByName: '张总部', acknowledgedAtHeadOffice: true, canAcknowledge: false }, cursor: 7 } };
      },
    };
    const user = userEvent.setup();
    render(<NotificationsScreen />);
    const row = await screen.findByTestId('console-notification-row');
    expect(row.textContent).toContain('总公司（报备处理方案）');
    expect(row.textContent).toContain('总部');
    expect(row.textContent).toContain('《客户投诉管理办法》4.5.5');
    expect(row.textContent).toContain('已于 2026-11-23 10:01 发送邮件');
    expect(screen.getByTestId('console-notifications-open').textContent).toBe('待总部确认 1 条');

    await user.click(within(row).getByTestId('console-notification-acknowledge'));
    await waitFor(() => expect(screen.queryByTestId('console-notification-row')).toBeNull());
    expect(server.sent.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual([CONSOLE_NOTIFICATION_PATHS.acknowledge('s1', 'n-1')]);
    expect(screen.getByTestId('console-notifications-open').textContent).toBe('待总部确认 0 条');

    await user.selectOptions(screen.getByTestId('notifications-scope'), 'all');
    await user.selectOptions(screen.getByTestId('notifications-state'), 'overdue');
    const overdue = await screen.findByTestId('console-notification-row');
    expect(overdue.textContent).toContain('投诉处理专人');
    expect(overdue.textContent).toContain('已超时');
    expect(within(overdue).queryByTestId('console-notification-acknowledge')).toBeNull();
  });
});
