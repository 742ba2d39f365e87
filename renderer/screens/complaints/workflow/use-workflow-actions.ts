import { useEffect, useRef, useState } from 'react';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { api } from '../../../api/client';

/**
 * The 办理 panel's state: which step's form is open, which step just succeeded,
 * which steps hold a draft of this person's, and where focus goes after a step
 * is sent (the heading) or a form is closed (its button).
 */
export function useWorkflowActions(complaintId: string) {
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [done, setDone] = useState<WorkflowAction | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRefs = useRef<Partial<Record<WorkflowAction, HTMLButtonElement | null>>>({});
  const drafted = useDraftedActions(complaintId, open);

  const toggle = (action: WorkflowAction) => {
    setDone(null);
    setOpen((current) => (current === action ? null : action));
  };

  const finished = (action: WorkflowAction) => {
    setOpen(null);
    setDone(action);
    headingRef.current?.focus();
  };

  const cancelled = () => {
    const action = open;
    setOpen(null);
    if (action) buttonRefs.current[action]?.focus();
  };

  return { open, done, drafted, headingRef, buttonRefs, toggle, finished, cancelled };
}

/** Whenever no form is open (the case opened, a step sent or a form closed): which steps hold a draft of this person's. */
function useDraftedActions(complaintId: string, open: WorkflowAction | null): readonly WorkflowAction[] {
  const [drafted, setDrafted] = useState<readonly WorkflowAction[]>([]);
  useEffect(() => {
    if (open) return;
    let live = true;
    api
      .call('drafts.actionsOf', { complaintId })
      .then((found) => {
        if (!live) return;
        setDrafted(found);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [open, complaintId]);
  return drafted;
}
