import { create } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { Customer, CustomerFile, CustomerSummary } from '../../shared/api/customers';
import { api } from '../api/client';

interface CustomersState {
  /** Files opened on the customer screen, by id. */
  byId: Record<string, CustomerFile>;
  /** Customers showing complaint signs; undefined until asked. */
  flagged: CustomerSummary[] | undefined;
  error: unknown;
  fetchOne: (id: string) => Promise<void>;
  loadFlagged: () => Promise<void>;
  /** These throw the ApiCallError, so the form can show field errors; the answer refreshes the file. */
  create: (input: ApiInput<'customers.create'>) => Promise<Customer>;
  update: (input: ApiInput<'customers.update'>) => Promise<void>;
  flag: (input: ApiInput<'customers.flag'>) => Promise<void>;
  addFollowUp: (input: ApiInput<'customers.addFollowUp'>) => Promise<void>;
  /** The kept file comes back; the duplicate is read again so its page shows where it went. */
  merge: (input: ApiInput<'customers.merge'>) => Promise<void>;
  reset: () => void;
}

const initial = { byId: {}, flagged: undefined, error: null };

/** A thin cache of customer files: every change re-reads the file, so the screen shows what was stored. */
export const useCustomersStore = create<CustomersState>()((set, get) => {
  const store = (file: CustomerFile) => set((s) => ({ byId: { ...s.byId, [file.id]: file } }));
  return {
    ...initial,

    fetchOne: async (id) => {
      set({ error: null });
      try {
        store(await api.call('customers.get', { id }));
      } catch (error) {
        set({ error });
      }
    },

    loadFlagged: async () => {
      try {
        set({ flagged: await api.call('customers.flagged', {}) });
      } catch (error) {
        set({ error });
      }
    },

    create: (input) => api.call('customers.create', input),

    update: async (input) => {
      await api.call('customers.update', input);
      await get().fetchOne(input.id);
    },

    flag: async (input) => {
      await api.call('customers.flag', input);
      set({ flagged: undefined });
      await get().fetchOne(input.id);
    },

    addFollowUp: async (input) => {
      store(await api.call('customers.addFollowUp', input));
    },

    merge: async (input) => {
      store(await api.call('customers.merge', input));
      set({ flagged: undefined });
      await get().fetchOne(input.duplicateId);
    },

    reset: () => set(initial),
  };
});
