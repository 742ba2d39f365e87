import { create } from 'zustand';
import type { WorkflowAction } from '../../../../shared/domain/workflow';

/** What the open action form's draft shows: restored from when, last saved when, and how to drop it. */
export interface ActionDraftNotice {
  action: WorkflowAction;
  restoredAt: string | null;
  savedAt: string | null;
  discard: () => void;
}

interface ActionDraftNoticeState {
  notice: ActionDraftNotice | null;
  show: (notice: ActionDraftNotice) => void;
  clear: (action: WorkflowAction) => void;
}

/**
 * The draft's notice travels from the form's state (use-action-form.ts) to the
 * form's frame (ActionForm.tsx) through here, so that no action form has to
 * pass it on by hand. One action form is open at a time.
 */
export const useActionDraftNotice = create<ActionDraftNoticeState>()((set) => ({
  notice: null,
  show: (notice) => set({ notice }),
  clear: (action) => set((s) => (s.notice?.action === action ? { notice: null } : s)),
}));
