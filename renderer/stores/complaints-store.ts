import { create } from 'zustand';
import type { Complaint, NewComplaint } from '../../shared/api/complaints';
import { api } from '../api/client';

const PAGE_SIZE = 50;

interface ComplaintsState {
  items: Complaint[];
  total: number;
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  /** Records opened in the detail view, by id. */
  byId: Record<string, Complaint>;
  load: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  create: (input: NewComplaint) => Promise<Complaint>;
  fetchOne: (id: string) => Promise<void>;
  /** Throws the ApiCallError, so the control can show it; the answer replaces the record in the caches. */
  overrideClass: (id: string, classCode: string | null, reason: string) => Promise<Complaint>;
  reset: () => void;
}

const initial = { items: [], total: 0, nextCursor: null, loading: false, error: null, byId: {} };

export const useComplaintsStore = create<ComplaintsState>()((set, get) => ({
  ...initial,

  load: async () => {
    set({ loading: true, error: null });
    try {
      const page = await api.call('complaints.list', { limit: PAGE_SIZE });
      set({ items: page.items, total: page.total, nextCursor: page.nextCursor, loading: false });
    } catch (error) {
      set({ loading: false, error });
    }
  },

  loadMore: async () => {
    const after = get().nextCursor;
    if (!after || get().loading) return;
    set({ loading: true, error: null });
    try {
      const page = await api.call('complaints.list', { limit: PAGE_SIZE, after });
      set((s) => ({ items: [...s.items, ...page.items], total: page.total, nextCursor: page.nextCursor, loading: false }));
    } catch (error) {
      set({ loading: false, error });
    }
  },

  create: async (input) => {
    const complaint = await api.call('complaints.create', input);
    // The list is reloaded when shown; until then the new record leads the cache.
    set((s) => ({ items: [complaint, ...s.items], total: s.total + 1, byId: { ...s.byId, [complaint.id]: complaint } }));
    return complaint;
  },

  fetchOne: async (id) => {
    set({ error: null });
    try {
      const complaint = await api.call('complaints.get', { id });
      set((s) => ({ byId: { ...s.byId, [id]: complaint } }));
    } catch (error) {
      set({ error });
    }
  },

  overrideClass: async (id, classCode, reason) => {
    const complaint = await api.call('complaints.overrideClass', { id, classCode, reason });
    set((s) => ({ byId: { ...s.byId, [id]: complaint }, items: s.items.map((c) => (c.id === id ? complaint : c)) }));
    return complaint;
  },

  reset: () => set(initial),
}));
