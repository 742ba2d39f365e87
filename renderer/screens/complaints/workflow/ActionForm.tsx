import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintKind } from '../../../../shared/domain/complaint-vocabulary';
import type { WorkflowAction } from '../../../../shared/domain/workflow';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { actionLabel } from './action-label';

interface ActionFormShellProps {
  action: WorkflowAction;
  kind: ComplaintKind;
  busy: boolean;
  other: readonly string[];
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of every action form: its title, problems that belong to no
 * field, and 确定/取消. Focus starts in the first field; Escape cancels and
 * Ctrl+Enter submits from anywhere, a text area included.
 */
export function ActionForm({ action, kind, busy, other, onSubmit, onCancel, children }: ActionFormShellProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const label = actionLabel(action, kind, t);
  const titleId = `action-form-${action}-title`;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <form
      ref={ref}
      className="action-form"
      data-testid={`action-form-${action}`}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h4 id={titleId}>{label}</h4>
      <ErrorBanner messages={other} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="action-submit" disabled={busy} aria-keyshortcuts="Control+Enter">
          {busy ? t('workflow.submitting') : label}
        </button>
        <button type="button" className="button" data-testid="action-cancel" onClick={onCancel} disabled={busy} aria-keyshortcuts="Escape">
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
