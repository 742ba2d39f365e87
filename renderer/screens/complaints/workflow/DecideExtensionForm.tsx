import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { ActionForm } from './ActionForm';
import { RadioField, TextAreaField } from './fields';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { decision: string; note: string };

function problems(v: Values): Problems<Values> {
  return v.decision ? {} : { decision: 'decisionRequired' };
}

/** 审批延期: the pending request shown as asked, then 批准 or 不批准 with a note (篇6 第十八条). */
export function DecideExtensionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const pending = complaint.workflow.extensions.find((x) => x.status === 'pending');
  const form = useActionForm<Values>(props, { decision: '', note: '' });
  const { values, set, errors } = form;
  const send = () => {
    if (!pending) return;
    void form.submit(problems(values), () => ({
      type: 'decideExtension',
      extensionId: pending.id,
      approve: values.decision === 'approve',
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    }));
  };
  return (
    <ActionForm action="decideExtension" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      {!pending ? (
        <p className="muted">{t('workflow.noPendingExtension')}</p>
      ) : (
        <>
          <dl className="pending-extension" data-testid="pending-extension" aria-label={t('workflow.pendingExtension')}>
            <dt>{t('workflow.extensionType')}</dt>
            <dd>{t(`extensionTypes.${pending.extensionType}`)}</dd>
            <dt>{t('workflow.extensionReason')}</dt>
            <dd className="content-text">{pending.reason}</dd>
            <dt>{t('workflow.newDueAt')}</dt>
            <dd>{formatInstant(pending.newDueAt, timeZone)}</dd>
            {pending.customerConsentAt && (
              <>
                <dt>{t('workflow.customerConsentAt')}</dt>
                <dd>{formatInstant(pending.customerConsentAt, timeZone)}</dd>
              </>
            )}
            <dt>{t('workflow.requested')}</dt>
            <dd>
              {pending.requestedByName} · {formatInstant(pending.requestedAt, timeZone)}
            </dd>
          </dl>
          <RadioField
            name="decision"
            label={t('workflow.decision')}
            required
            options={[
              { value: 'approve', label: t('workflow.approve') },
              { value: 'refuse', label: t('workflow.refuse') },
            ]}
            value={values.decision}
            onChange={(v) => set('decision', v)}
            error={errors.decision}
          />
          <TextAreaField name="note" label={t('workflow.decisionNote')} hint={t('workflow.optional')} rows={2} maxLength={1000} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
        </>
      )}
    </ActionForm>
  );
}
