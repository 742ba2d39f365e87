import { create } from 'zustand';
import type { AnswerOpinion, NewOpinionEntry, OpinionBookOverview, OpinionEntry } from '../../shared/api/opinion-book';
import { api } from '../api/client';

interface OpinionBookState {
  overview: OpinionBookOverview | null;
  error: unknown;
  load: () => Promise<void>;
  /** The writes throw the ApiCallError, so the forms can show field errors; each reloads the overview. */
  record: (input: NewOpinionEntry) => Promise<OpinionEntry>;
  check: (note: string) => Promise<void>;
  answer: (input: AnswerOpinion) => Promise<OpinionEntry>;
  toComplaint: (entry: OpinionEntry) => Promise<{ id: string; serial: string }>;
  reset: () => void;
}

/** A thin cache of the 客户意见簿 overview; the rules (daily check, reply required) live in the core. */
export const useOpinionBookStore = create<OpinionBookState>()((set, get) => ({
  overview: null,
  error: null,

  load: async () => {
    try {
      set({ overview: await api.call('opinionBook.overview', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },

  record: async (input) => {
    const entry = await api.call('opinionBook.record', input);
    await get().load();
    return entry;
  },

  check: async (note) => {
    set({ overview: await api.call('opinionBook.check', note ? { note } : {}), error: null });
  },

  answer: async (input) => {
    const entry = await api.call('opinionBook.answer', input);
    await get().load();
    return entry;
  },

  toComplaint: async (entry) => {
    const { complaint } = await api.call('opinionBook.toComplaint', { id: entry.id, version: entry.version });
    await get().load();
    return complaint;
  },

  reset: () => set({ overview: null, error: null }),
}));
