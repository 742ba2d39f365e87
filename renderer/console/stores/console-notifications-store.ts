import { create } from 'zustand';
import {
  acknowledgeResponseSchema,
  CONSOLE_NOTIFICATION_PATHS,
  notificationsResponseSchema,
  type ConsoleNotification,
  type NotificationsQuery,
} from '../../../shared/sync/console-notifications';
import { consoleCall, queryString } from '../api/console-client';
import { PAGE_SIZE } from './records-store';

interface ConsoleNotificationsState {
  query: NotificationsQuery;
  rows: ConsoleNotification[] | null;
  total: number;
  /** Head office's inbox still to acknowledge: the badge. */
  open: number;
  error: string | null;
  load(query: NotificationsQuery): Promise<void>;
  /** Throws the ConsoleApiError, shown on the row. */
  acknowledge(row: ConsoleNotification): Promise<void>;
}

/** The console's notifications page: head office's inbox by default, every site's on request. */
export const useConsoleNotifications = create<ConsoleNotificationsState>((set, get) => ({
  query: { scope: 'headOffice', state: 'open', offset: 0 },
  rows: null,
  total: 0,
  open: 0,
  error: null,
  load: async (query) => {
    set({ query });
    try {
      const page = await consoleCall('GET', `${CONSOLE_NOTIFICATION_PATHS.list}${queryString({ ...query, limit: PAGE_SIZE })}`, notificationsResponseSchema);
      set({ rows: page.rows, total: page.total, open: page.open, error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  acknowledge: async (row) => {
    await consoleCall('POST', CONSOLE_NOTIFICATION_PATHS.acknowledge(row.siteId, row.id), acknowledgeResponseSchema);
    await get().load(get().query);
  },
}));
