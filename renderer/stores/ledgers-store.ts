import { create } from 'zustand';
import type { LedgerRequest, LedgerSheet } from '../../shared/api/ledgers';
import { api } from '../api/client';

/** What the print view shows: the rows read for a period or case, or a blank ledger of so many lines. */
export type LedgerPaper = { kind: 'filled'; sheet: LedgerSheet } | { kind: 'blank'; ledgerId: string; rows: number; period: LedgerSheet['period']; unit: string | null };

interface LedgersState {
  units: string[];
  /** Increases with each print, so the page prints again for the same paper. */
  printCount: number;
  paper: LedgerPaper | null;
  loadUnits: () => Promise<void>;
  /** Reads the rows and puts them on paper; throws the ApiCallError, so the form can show field errors. */
  printSheet: (request: LedgerRequest) => Promise<LedgerSheet>;
  printBlank: (paper: Omit<Extract<LedgerPaper, { kind: 'blank' }>, 'kind'>) => void;
  reset: () => void;
}

/** A thin cache of the site's units and the ledger last put on paper; the ledger's rules live in the core and in shared/reports/ledgers. */
export const useLedgersStore = create<LedgersState>()((set) => ({
  units: [],
  printCount: 0,
  paper: null,

  loadUnits: async () => {
    set({ units: await api.call('ledgers.units', {}) });
  },

  printSheet: async (request) => {
    const sheet = await api.call('ledgers.sheet', request);
    set((s) => ({ paper: { kind: 'filled', sheet }, printCount: s.printCount + 1 }));
    return sheet;
  },

  printBlank: (paper) => set((s) => ({ paper: { kind: 'blank', ...paper }, printCount: s.printCount + 1 })),

  reset: () => set({ units: [], printCount: 0, paper: null }),
}));
