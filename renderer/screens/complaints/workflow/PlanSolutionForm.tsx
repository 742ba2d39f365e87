import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { ActionForm } from './ActionForm';
import { DateTimeField, TextAreaField } from './fields';
import { handlingLimitOf, limitPassed } from './handling-limit';
import { PersonSelect } from './PersonSelect';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { resolverId: string; measures: string; dueAt: string };

function problems(v: Values, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.resolverId) found.resolverId = 'resolverRequired';
  if (!v.measures.trim()) found.measures = 'measuresRequired';
  const due = timeProblem(v.dueAt, timeZone, 'future', now);
  if (due) found.dueAt = due;
  return found;
}

/** 登记解决方案: 解决人、解决措施、解决时限, all three (篇6 第十七条). The measures start from what the receiver proposed at intake. */
export function PlanSolutionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { resolverId: complaint.assigneeId ?? '', measures: complaint.proposedSolution ?? '', dueAt: '' });
  const { values, set, errors } = form;
  // The rule's own limit: a later one needs an approved extension first, which the core checks; once it has
  // passed, the plan is a late plan and the case stays overdue (issue 17 §1.1).
  const limit = handlingLimitOf(complaint);
  const late = limitPassed(complaint, new Date());
  const ruleDue = limit && !limit.done ? limit.due : undefined;
  const send = () =>
    void form.submit(problems(values, timeZone, new Date()), () => ({
      type: 'planSolution',
      resolverId: values.resolverId,
      measures: values.measures.trim(),
      dueAt: instantOf(values.dueAt, timeZone),
    }));
  return (
    <ActionForm action="planSolution" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      {late && ruleDue && (
        <p className="banner banner-warning" data-testid="late-plan-hint">
          {t('workflow.latePlanHint', { limit: formatInstant(ruleDue, timeZone) })}
        </p>
      )}
      <PersonSelect name="resolverId" label={t('workflow.resolver')} value={values.resolverId} onChange={(v) => set('resolverId', v)} error={errors.resolverId} excludeId={complaint.subjectUserId} />
      <TextAreaField name="measures" label={t('workflow.measures')} required rows={4} value={values.measures} onChange={(v) => set('measures', v)} error={errors.measures} />
      <DateTimeField
        name="dueAt"
        label={t('workflow.solutionDue')}
        required
        hint={ruleDue && !late ? t('workflow.ruleDue', { due: formatInstant(ruleDue, timeZone) }) : undefined}
        value={values.dueAt}
        onChange={(v) => set('dueAt', v)}
        error={errors.dueAt}
      />
    </ActionForm>
  );
}
