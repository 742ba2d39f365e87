import { create, type StoreApi } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { NotificationItem } from '../../shared/api/notifications';
import { api } from '../api/client';

type Show = 'open' | 'all';

interface NotificationsState {
  /** For the badge in the navigation: unread and overdue. */
  summary: { unread: number; overdue: number } | null;
  inbox: { items: NotificationItem[]; unread: number; open: number } | null;
  show: Show;
  /** A load is on its way: the list on screen may be older than the last write or the chosen view. */
  loading: boolean;
  error: unknown;
  loadSummary: () => Promise<void>;
  load: (show?: Show) => Promise<void>;
  /** The writes throw the ApiCallError (forms show field errors); each reloads the inbox and the badge. */
  acknowledge: (item: NotificationItem) => Promise<void>;
  confirmPhone: (input: ApiInput<'notifications.confirmPhone'>) => Promise<void>;
  recordWritten: (input: ApiInput<'notifications.recordWritten'>) => Promise<void>;
  markRead: (ids: string[]) => Promise<void>;
  reset: () => void;
}

type Set = StoreApi<NotificationsState>['setState'];
type Get = StoreApi<NotificationsState>['getState'];
type Empty = Pick<NotificationsState, 'summary' | 'inbox' | 'show' | 'loading' | 'error'>;

const EMPTY: Empty = { summary: null, inbox: null, show: 'open', loading: false, error: null };

/** The badge's numbers and the inbox; `reset` forgets both. */
function loadActions(set: Set, get: Get): Pick<NotificationsState, 'loadSummary' | 'load' | 'reset'> {
  // Loads can overlap (a write's reload and a click on 全部); only the latest one's answer is shown,
  // so a slower, older answer never replaces a newer list.
  let latestLoad = 0;
  return {
    loadSummary: async () => {
      try {
        set({ summary: await api.call('notifications.summary', {}) });
      } catch {
        // The badge stays as it was; the inbox page shows errors.
      }
    },

    load: async (show) => {
      const wanted = show ?? get().show;
      const ticket = ++latestLoad;
      // The view is chosen at once, so a reload started before this answer arrives asks for the same view.
      set({ show: wanted, loading: true });
      try {
        const inbox = await api.call('notifications.inbox', { show: wanted });
        if (ticket === latestLoad) set({ inbox, error: null, loading: false });
      } catch (error) {
        if (ticket === latestLoad) set({ error, loading: false });
      }
    },

    reset: () => {
      latestLoad += 1;
      set({ ...EMPTY });
    },
  };
}

/** The writes; each reloads the inbox and the badge once done. */
function writeActions(get: Get): Pick<NotificationsState, 'acknowledge' | 'confirmPhone' | 'recordWritten' | 'markRead'> {
  const reload = async () => {
    await Promise.all([get().load(), get().loadSummary()]);
  };
  return {
    acknowledge: async (item) => {
      await api.call('notifications.acknowledge', { id: item.id, version: item.version });
      await reload();
    },

    confirmPhone: async (input) => {
      await api.call('notifications.confirmPhone', input);
      await reload();
    },

    recordWritten: async (input) => {
      await api.call('notifications.recordWritten', input);
      await reload();
    },

    markRead: async (ids) => {
      if (ids.length === 0) return;
      await api.call('notifications.markRead', { ids });
      await reload();
    },
  };
}

/** A thin cache of the inbox; who may do what is decided in the core (the item's can* flags say it). */
export const useNotificationsStore = create<NotificationsState>()((set, get) => ({
  ...EMPTY,
  ...loadActions(set, get),
  ...writeActions(get),
}));
