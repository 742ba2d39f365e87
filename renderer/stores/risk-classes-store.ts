import { create } from 'zustand';
import type { ApiInput } from '../../shared/api/contract';
import type { CustomerRisk, RiskOverview } from '../../shared/api/risk-classes';
import { api } from '../api/client';

interface RiskClassesState {
  /** Risk classes of the customer files opened, by customer id. */
  byCustomer: Record<string, CustomerRisk>;
  overview: RiskOverview | undefined;
  error: unknown;
  fetchOne: (customerId: string) => Promise<void>;
  loadOverview: () => Promise<void>;
  /** These throw the ApiCallError, so the form shows why; the answer re-reads the customer's classes. */
  propose: (input: ApiInput<'riskClasses.propose'>) => Promise<void>;
  fileScreening: (input: ApiInput<'riskClasses.fileScreening'>) => Promise<void>;
  review: (customerId: string, input: ApiInput<'riskClasses.review'>) => Promise<void>;
  decide: (customerId: string, input: ApiInput<'riskClasses.decide'>) => Promise<void>;
}

/** A thin cache of the risk classes (seed000 第二篇): every step re-reads what was stored. */
export const useRiskClassesStore = create<RiskClassesState>()((set, get) => ({
  byCustomer: {},
  overview: undefined,
  error: null,

  fetchOne: async (customerId) => {
    set({ error: null });
    try {
      const risk = await api.call('riskClasses.get', { customerId });
      set((s) => ({ byCustomer: { ...s.byCustomer, [customerId]: risk } }));
    } catch (error) {
      set({ error });
    }
  },

  loadOverview: async () => {
    try {
      set({ overview: await api.call('riskClasses.overview', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },

  propose: async (input) => {
    await api.call('riskClasses.propose', input);
    await get().fetchOne(input.customerId);
  },

  fileScreening: async (input) => {
    await api.call('riskClasses.fileScreening', input);
    await get().fetchOne(input.customerId);
  },

  review: async (customerId, input) => {
    await api.call('riskClasses.review', input);
    await get().fetchOne(customerId);
  },

  decide: async (customerId, input) => {
    await api.call('riskClasses.decide', input);
    await get().fetchOne(customerId);
  },
}));
