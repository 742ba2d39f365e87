import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { api } from '../../../api/client';
import { ActionFormFor } from './action-forms';
import { actionLabel } from './action-label';
import './workflow.css';

const FORM_ID = 'workflow-action-form';

/**
 * 办理: one button per step the core offers this person now (`workflow.actions`),
 * each opening its small form below. After a step succeeds the form closes,
 * the record shows its new state, and focus returns to the panel's heading.
 * A step left half typed (a draft, issue 20 item 1) is marked 有草稿; its form
 * brings the text back when opened. It does not open by itself: a form that
 * appeared unasked would close under the click meant to open it.
 */
export function WorkflowActions({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<WorkflowAction | null>(null);
  const [done, setDone] = useState<WorkflowAction | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRefs = useRef<Partial<Record<WorkflowAction, HTMLButtonElement | null>>>({});
  const { actions } = complaint.workflow;
  const [drafted, setDrafted] = useState<readonly WorkflowAction[]>([]);

  // Whenever no form is open (the case opened, a step sent or a form closed): which steps hold a draft of this person's.
  useEffect(() => {
    if (open) return;
    let live = true;
    api
      .call('drafts.actionsOf', { complaintId: complaint.id })
      .then((found) => {
        if (!live) return;
        setDrafted(found);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [open, complaint.id]);

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

  return (
    <section className="panel workflow-actions" data-testid="workflow-actions" aria-labelledby="workflow-actions-title">
      <h3 id="workflow-actions-title" ref={headingRef} tabIndex={-1}>
        {t('workflow.panel')}
      </h3>
      {done && (
        <p className="banner banner-success" role="status" data-testid="action-done">
          {t('workflow.done', { action: actionLabel(done, complaint.kind, t) })}
        </p>
      )}
      {actions.length === 0 ? (
        <p className="muted" data-testid="no-actions">
          {t('workflow.noActions')}
        </p>
      ) : (
        <div className="action-buttons">
          {actions.map((action) => (
            <button
              key={action}
              ref={(el) => {
                buttonRefs.current[action] = el;
              }}
              type="button"
              className={action === open ? 'button primary' : 'button'}
              aria-expanded={action === open}
              aria-controls={action === open ? FORM_ID : undefined}
              data-testid={`action-${action}`}
              onClick={() => toggle(action)}
            >
              {actionLabel(action, complaint.kind, t)}
              {drafted.includes(action) && action !== open && (
                <span className="draft-mark" data-testid={`draft-mark-${action}`}>
                  {' · '}
                  {t('workflow.hasDraft')}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
      {open && (
        <div id={FORM_ID}>
          <ActionFormFor key={open} action={open} complaint={complaint} onDone={finished} onCancel={cancelled} />
        </div>
      )}
    </section>
  );
}
