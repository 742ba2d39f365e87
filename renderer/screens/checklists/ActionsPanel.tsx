import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistAction, ChecklistRecord } from '../../../shared/api/checklists';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant, fromDateTimeLocal } from '../../lib/zoned-time';
import { useChecklistsStore } from '../../stores/checklists-store';
import { DateField } from '../../components/DateField';

/** The record's corrective actions, each tracked to closure: reported done by its owner, verified by someone else. */
export function ActionsPanel({ record, itemLabel }: { record: ChecklistRecord; itemLabel: (a: ChecklistAction) => string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <section className="panel" data-testid="checklist-actions">
      <h3>{t('checklists.actions.title')}</h3>
      {record.actions.length === 0 ? (
        <p className="muted">{t('checklists.actions.none')}</p>
      ) : (
        <ul className="checklist-actions">
          {record.actions.map((a) => (
            <li key={a.id} data-testid="checklist-action" data-status={a.status}>
              <p>
                <strong>{itemLabel(a)}</strong>：{a.problem}
              </p>
              <p>
                {t('checklists.actions.action')}：{a.action}
              </p>
              <p className="muted">
                {t('checklists.actions.owner')} {a.ownerName} · {t('checklists.actions.dueAt')} {formatInstant(a.dueAt, timeZone)} ·{' '}
                <span className={a.overdue ? 'badge badge-overdue' : 'badge'}>{a.overdue ? t('checklists.actions.overdue') : t(`checklists.actions.status.${a.status}`)}</span>
                {a.reopenCount > 0 && ` · ${t('checklists.actions.reopened', { count: a.reopenCount })}`}
              </p>
              {a.implementationNote && (
                <p>
                  {t('checklists.actions.note')}：{a.implementationNote}
                </p>
              )}
              {a.closeNote && (
                <p>
                  {t('checklists.actions.closeNote')}：{a.closeNote}
                </p>
              )}
              {a.mayComplete && <NoteForm action={a} mode="complete" />}
              {a.mayClose && <NoteForm action={a} mode="close" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** 登记整改完成 (a note), or 验证 (effective closes; not effective needs a new due time). */
function NoteForm({ action, mode }: { action: ChecklistAction; mode: 'complete' | 'close' }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const setRecord = useChecklistsStore((s) => s.setRecord);
  const { errors, other, busy, submit } = useFormSubmit(['note', 'newDueAt'] as const);
  const [note, setNote] = useState('');
  const [newDueAt, setNewDueAt] = useState('');

  const send = (effective: boolean) =>
    submit(note.trim() ? {} : { note: t('errors.required') }, async () => {
      const record =
        mode === 'complete'
          ? await api.call('checklists.completeAction', { actionId: action.id, version: action.version, note })
          : await api.call('checklists.closeAction', {
              actionId: action.id,
              version: action.version,
              effective,
              note,
              ...(effective ? {} : { newDueAt: fromDateTimeLocal(newDueAt, timeZone) ?? '' }),
            });
      setRecord(record);
    });

  const noteLabel = mode === 'complete' ? t('checklists.actions.note') : t('checklists.actions.closeNote');
  return (
    <div className="inline-form" data-testid={`action-${mode}-form`}>
      <ErrorBanner messages={other} />
      <label className="field-label" htmlFor={`${action.id}-${mode}-note`}>
        {noteLabel}
      </label>
      <input id={`${action.id}-${mode}-note`} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={errors.note ? true : undefined} data-testid="action-note" />
      {errors.note && <p className="field-error">{errors.note}</p>}
      {mode === 'close' && (
        <>
          <label className="field-label" htmlFor={`${action.id}-new-due`}>
            {t('checklists.actions.newDueAt')}
          </label>
          <DateField id={`${action.id}-new-due`} withTime value={newDueAt} onChange={(v) => setNewDueAt(v)} data-testid="action-new-due" />
          {errors.newDueAt && <p className="field-error">{errors.newDueAt}</p>}
        </>
      )}
      <div className="actions">
        {mode === 'complete' ? (
          <button type="button" className="button" disabled={busy} onClick={() => void send(true)} data-testid="action-complete">
            {t('checklists.actions.complete')}
          </button>
        ) : (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void send(true)} data-testid="action-close">
              {t('checklists.actions.effective')}
            </button>
            <button type="button" className="button secondary" disabled={busy} onClick={() => void send(false)} data-testid="action-reopen">
              {t('checklists.actions.notEffective')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
