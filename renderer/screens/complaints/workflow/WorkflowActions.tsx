import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { ActionFormFor } from './action-forms';
import { actionLabel } from './action-label';
import { useWorkflowActions } from './use-workflow-actions';
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
  const { open, done, drafted, headingRef, buttonRefs, toggle, finished, cancelled } = useWorkflowActions(complaint.id);
  const { actions } = complaint.workflow;

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
        <ActionButtons complaint={complaint} open={open} drafted={drafted} buttonRefs={buttonRefs} onToggle={toggle} />
      )}
      {open && (
        <div id={FORM_ID}>
          <ActionFormFor key={open} action={open} complaint={complaint} onDone={finished} onCancel={cancelled} />
        </div>
      )}
    </section>
  );
}

type ButtonsProps = {
  complaint: ComplaintDetail;
  open: WorkflowAction | null;
  drafted: readonly WorkflowAction[];
  buttonRefs: RefObject<Partial<Record<WorkflowAction, HTMLButtonElement | null>>>;
  onToggle: (action: WorkflowAction) => void;
};

/** One button per step offered now; the open one pressed, one with a draft marked 有草稿. */
function ActionButtons({ complaint, open, drafted, buttonRefs, onToggle }: ButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="action-buttons">
      {complaint.workflow.actions.map((action) => (
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
          onClick={() => onToggle(action)}
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
  );
}
