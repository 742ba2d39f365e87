import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { useDraft } from '../../../hooks/use-draft';
import { registerLeaveGuard } from '../../../lib/leave-guard';
import { useActionDraftNotice } from './action-draft-notice';

/** The draft's values the form still has (a field dropped since is ignored), over the form's own start. */
export function restoredValues<V extends Record<string, string>>(initial: V, data: Record<string, unknown>): V {
  const restored: Record<string, string> = { ...initial };
  for (const key of Object.keys(initial)) {
    const value = data[key];
    if (typeof value === 'string') restored[key] = value;
  }
  return restored as V;
}

/**
 * Keeps what is typed into one action form of one case as a draft in the core
 * until the action is sent or the draft dropped (issue 20 item 1), brings it
 * back when the same case and action are opened again, and asks before the
 * page, the case or the window is left while input is not yet saved.
 * `restore` puts values into the form.
 */
export function useActionDraft<V extends Record<string, string>>(complaintId: string, action: WorkflowAction, values: V, initial: V, restore: (values: V) => void) {
  const { t } = useTranslation();
  const draft = useDraft({ form: 'complaint-action', complaintId, action }, values, (data) => {
    const restored = restoredValues(initial, data);
    restore(restored);
    return restored;
  });
  const latest = useRef({ draft, initial, restore, t });
  latest.current = { draft, initial, restore, t };

  // Leaving the page or case, or closing the window, asks first while input is not yet saved as a draft.
  useEffect(() => {
    const warning = () => (latest.current.draft.unsaved() ? latest.current.t('workflow.leaveUnsaved') : null);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!warning()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unregister = registerLeaveGuard(warning);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unregister();
    };
  }, []);

  // The frame (ActionForm.tsx) shows 已恢复 … · 丢弃.
  const { restoredAt, savedAt } = draft;
  useEffect(() => {
    const discard = () => {
      const { initial: blank, restore: put, draft: control } = latest.current;
      put(blank);
      void control.discard(blank);
    };
    useActionDraftNotice.getState().show({ action, restoredAt, savedAt, discard });
  }, [action, restoredAt, savedAt]);
  useEffect(() => () => useActionDraftNotice.getState().clear(action), [action]);

  return draft;
}
