import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useColleagues } from '../../hooks/use-colleagues';
import { DateField } from '../../components/DateField';
import { useRaiseAction, type RaiseActionInput } from './use-raise-action';

/** 提出整改 from a failed item or row: the problem, the action, its owner and due time. */
export function RaiseActionForm({ name, problem, send, onClose }: { name: string; problem: string; send: (input: RaiseActionInput) => Promise<ChecklistRecord>; onClose: () => void }) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const { values, set, errors, other, busy, onSubmit } = useRaiseAction(problem, send, onClose);

  return (
    <form
      className="panel checklist-action-form"
      noValidate
      data-testid={`raise-action-form-${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <ErrorBanner messages={other} />
      <FormField id={`${name}-problem`} label={t('checklists.actions.problem')} error={errors.problem} required>
        {(p) => <textarea {...p} rows={2} value={values.problem} onChange={(e) => set('problem')(e.target.value)} data-testid="action-problem" />}
      </FormField>
      <FormField id={`${name}-action`} label={t('checklists.actions.action')} error={errors.action} required>
        {(p) => <textarea {...p} rows={2} value={values.action} onChange={(e) => set('action')(e.target.value)} data-testid="action-action" />}
      </FormField>
      <FormField id={`${name}-owner`} label={t('checklists.actions.owner')} error={errors.ownerId} required>
        {(p) => (
          <select {...p} value={values.ownerId} onChange={(e) => set('ownerId')(e.target.value)} data-testid="action-owner">
            <option value="">{t('checklists.choose')}</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${name}-due`} label={t('checklists.actions.dueAt')} error={errors.dueAt} required>
        {(p) => <DateField {...p} withTime value={values.dueAt} onChange={(v) => set('dueAt')(v)} data-testid="action-due" />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button" disabled={busy} data-testid="action-submit">
          {t('checklists.actions.submit')}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('checklists.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
