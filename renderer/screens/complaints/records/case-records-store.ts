import { create } from 'zustand';
import type { CaseRecords } from '../../../../shared/api/case-records';
import type { ApiInput } from '../../../../shared/api/contract';
import { api } from '../../../api/client';
import { useComplaintsStore } from '../../../stores/complaints-store';
import { useSessionStore } from '../../../stores/session-store';

/** The write methods of the case records; each answers with the case's records as they are now. */
export type CaseRecordsWrite =
  | 'caseRecords.saveReport'
  | 'caseRecords.reviewReport'
  | 'caseRecords.addCompensation'
  | 'caseRecords.decideCompensation'
  | 'caseRecords.deliverCompensation'
  | 'caseRecords.addCapa'
  | 'caseRecords.completeCapa'
  | 'caseRecords.verifyCapa'
  | 'caseRecords.addSanction';

interface CaseRecordsState {
  /** By `userId:complaintId`: what a person may do differs per person, so one person never sees another's answer. */
  byKey: Record<string, CaseRecords>;
  error: unknown;
  fetch: (complaintId: string) => Promise<void>;
  /** One write; throws the ApiCallError so the form can show it. The complaint is re-read too: its handling log has the new event. */
  write: <M extends CaseRecordsWrite>(method: M, input: ApiInput<M>, complaintId: string) => Promise<CaseRecords>;
}

export function recordsKey(complaintId: string): string {
  return `${useSessionStore.getState().user?.id ?? ''}:${complaintId}`;
}

/** A thin cache of `caseRecords.get` answers; the core decides everything. */
export const useCaseRecordsStore = create<CaseRecordsState>()((set) => ({
  byKey: {},
  error: null,

  fetch: async (complaintId) => {
    const key = recordsKey(complaintId);
    set({ error: null });
    try {
      const records = await api.call('caseRecords.get', { complaintId });
      set((s) => ({ byKey: { ...s.byKey, [key]: records } }));
    } catch (error) {
      set({ error });
    }
  },

  write: async (method, input, complaintId) => {
    const records = (await api.call(method, input)) as CaseRecords;
    set((s) => ({ byKey: { ...s.byKey, [recordsKey(complaintId)]: records } }));
    void useComplaintsStore.getState().fetchOne(complaintId);
    return records;
  },
}));

/** The records of one complaint for the signed-in person, or undefined until they arrive. */
export function useCaseRecords(complaintId: string): CaseRecords | undefined {
  const key = useSessionStore((s) => `${s.user?.id ?? ''}:${complaintId}`);
  return useCaseRecordsStore((s) => s.byKey[key]);
}
