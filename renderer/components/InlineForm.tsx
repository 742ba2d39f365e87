import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner';

export interface InlineFormProps {
  /** Test ids `<prefix>-form-<name>`, `<prefix>-submit`, `<prefix>-cancel`. */
  prefix: string;
  name: string;
  title: string;
  busy: boolean;
  /** Problems that belong to no field. */
  other: readonly string[];
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  className?: string;
  /** Buttons between the main one and 取消 (e.g. 保存草稿 beside 提交). */
  extraButtons?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of the small forms that open in place on the detail screen (a
 * workflow step, a case record): title, problems that belong to no field, the
 * buttons. Focus starts in the first field; Escape cancels and Ctrl+Enter
 * submits from anywhere, a text area included.
 */
export function InlineForm({ prefix, name, title, busy, other, submitLabel, busyLabel, cancelLabel, onSubmit, onCancel, className, extraButtons, children }: InlineFormProps) {
  const ref = useRef<HTMLFormElement>(null);
  const titleId = `${prefix}-form-${name}-title`;

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
      className={className ? `action-form ${className}` : 'action-form'}
      data-testid={`${prefix}-form-${name}`}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h4 id={titleId}>{title}</h4>
      <ErrorBanner messages={other} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid={`${prefix}-submit`} disabled={busy} aria-keyshortcuts="Control+Enter">
          {busy ? busyLabel : submitLabel}
        </button>
        {extraButtons}
        <button type="button" className="button" data-testid={`${prefix}-cancel`} onClick={onCancel} disabled={busy} aria-keyshortcuts="Escape">
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
