import { create, type StoreApi } from 'zustand';
import { complaintListItemSchema, type Complaint, type ComplaintDetail, type ComplaintListItem, type NewComplaint, type WorkList } from '../../shared/api/complaints';
import type { WorkflowActionInput } from '../../shared/api/workflow';
import { api } from '../api/client';

const PAGE_SIZE = 50;

/** What the screen sends for one workflow step (optional notes may be left out). */
export type ActionInput = WorkflowActionInput;

const LIST_ITEM_KEYS = Object.keys(complaintListItemSchema.shape) as (keyof ComplaintListItem)[];

interface ComplaintsState {
  items: ComplaintListItem[];
  /** The first page's count (later pages do not recount); null before the first answer. */
  total: number | null;
  /** The core stopped counting at its cap: show "500+". */
  totalCapped: boolean;
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  /** The work list shown and the search text; kept here so returning from a record keeps them. */
  list: WorkList;
  query: string;
  /** The unit the cases were assigned to ('' = every unit). */
  unit: string;
  /** Records opened in the detail view, with their workflow, by id. */
  byId: Record<string, ComplaintDetail>;
  load: () => Promise<void>;
  loadMore: () => Promise<void>;
  setList: (list: WorkList) => Promise<void>;
  setQuery: (query: string) => Promise<void>;
  setUnit: (unit: string) => Promise<void>;
  /** Throws the ApiCallError, so the form can show field errors. */
  create: (input: NewComplaint) => Promise<Complaint>;
  fetchOne: (id: string) => Promise<void>;
  /** Throws the ApiCallError, so the control can show it; the answer replaces the record in the caches. */
  overrideClass: (id: string, classCode: string | null, reason: string) => Promise<ComplaintDetail>;
  /** One workflow step on the version the person saw. Throws the ApiCallError; the answer replaces the record in the caches. */
  /** One step, with the values of the record fields the pack asks at it (by field id). */
  act: (id: string, version: number, action: ActionInput, recordFields?: Record<string, string>) => Promise<ComplaintDetail>;
  reset: () => void;
}

const initial = {
  items: [],
  total: null,
  totalCapped: false,
  nextCursor: null,
  loading: false,
  error: null,
  list: 'all' as WorkList,
  query: '',
  unit: '',
  byId: {},
};

/** Each list request is numbered, so an answer to an older tab or search that arrives late is dropped. */
let latestRequest = 0;

/** A detail as the list shows it: only the list's columns, so rows stay small whatever they came from. */
function listRow(detail: ComplaintDetail): ComplaintListItem {
  return Object.fromEntries(LIST_ITEM_KEYS.map((key) => [key, detail[key]])) as ComplaintListItem;
}

type Set = StoreApi<ComplaintsState>['setState'];
type Get = StoreApi<ComplaintsState>['getState'];

/** The list's filters as the core takes them: the work list, the trimmed search, the unit. */
function filtersOf(get: Get) {
  const { list, query, unit } = get();
  const trimmed = query.trim();
  return { list, ...(trimmed ? { query: trimmed } : {}), ...(unit ? { unit } : {}) };
}

/** The list: its first page, the next ones, and the filters that reload it. */
function listActions(set: Set, get: Get): Pick<ComplaintsState, 'load' | 'loadMore' | 'setList' | 'setQuery' | 'setUnit'> {
  const filters = () => filtersOf(get);
  return {
    load: async () => {
      const request = ++latestRequest;
      set({ loading: true, error: null });
      try {
        const page = await api.call('complaints.list', { limit: PAGE_SIZE, ...filters() });
        if (request !== latestRequest) return;
        set({ items: page.items, total: page.total, totalCapped: page.totalCapped, nextCursor: page.nextCursor, loading: false });
      } catch (error) {
        if (request === latestRequest) set({ loading: false, error });
      }
    },

    loadMore: async () => {
      const after = get().nextCursor;
      if (!after || get().loading) return;
      const request = ++latestRequest;
      set({ loading: true, error: null });
      try {
        const page = await api.call('complaints.list', { limit: PAGE_SIZE, after, ...filters() });
        if (request !== latestRequest) return;
        // Later pages carry no count: the first page's stands.
        set((s) => ({ items: [...s.items, ...page.items], nextCursor: page.nextCursor, loading: false }));
      } catch (error) {
        if (request === latestRequest) set({ loading: false, error });
      }
    },

    setList: async (list) => {
      set({ list, items: [], total: null, totalCapped: false, nextCursor: null });
      await get().load();
    },

    setQuery: async (query) => {
      if (query === get().query) return;
      set({ query });
      await get().load();
    },

    setUnit: async (unit) => {
      if (unit === get().unit) return;
      set({ unit, items: [], total: null, totalCapped: false, nextCursor: null });
      await get().load();
    },
  };
}

/** One record: creating, reading and acting on it; each answer replaces the record in the caches. */
function recordActions(set: Set): Pick<ComplaintsState, 'create' | 'fetchOne' | 'overrideClass' | 'act'> {
  const replace = (detail: ComplaintDetail) =>
    set((s) => ({ byId: { ...s.byId, [detail.id]: detail }, items: s.items.map((c) => (c.id === detail.id ? listRow(detail) : c)) }));
  return {
    // The list reloads whenever it is shown, so a new record needs no place in the cache.
    create: (input) => api.call('complaints.create', input),

    fetchOne: async (id) => {
      set({ error: null });
      try {
        replace(await api.call('complaints.get', { id }));
      } catch (error) {
        set({ error });
      }
    },

    overrideClass: async (id, classCode, reason) => {
      const detail = await api.call('complaints.overrideClass', { id, classCode, reason });
      replace(detail);
      return detail;
    },

    act: async (id, version, action, recordFields) => {
      const detail = await api.call('complaints.act', { id, version, action, ...(recordFields && Object.keys(recordFields).length > 0 ? { recordFields } : {}) });
      replace(detail);
      return detail;
    },
  };
}

export const useComplaintsStore = create<ComplaintsState>()((set, get) => ({
  ...initial,
  ...listActions(set, get),
  ...recordActions(set),
  reset: () => set(initial),
}));
