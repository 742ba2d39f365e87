import { useTranslation } from 'react-i18next';
import { pick } from '../../settings/rule-pack-text';
import { ActionForm } from './ActionForm';
import { TextAreaField } from './fields';
import { ReasonSelect } from './ReasonSelect';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';
import { noProblems, useConfirmStep } from './use-confirm-step';

type Values = { reasonCode: string; explanation: string };

function problems(v: Values): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.reasonCode) found.reasonCode = 'reasonRequired';
  if (!v.explanation.trim()) found.explanation = 'explanationRequired';
  return found;
}

/** 判定无效: one of the pack's invalid reasons, and what the customer was told (篇6 第十四条、第三十五条). */
export function MarkInvalidForm(props: ActionFormProps) {
  const { t, i18n } = useTranslation();
  const { complaint } = props;
  const form = useActionForm<Values>(props, { reasonCode: '', explanation: '' });
  const { values, set, errors } = form;
  const send = () => void form.submit(problems(values), () => ({ type: 'markInvalid', reasonCode: values.reasonCode, explanation: values.explanation.trim() }));
  // Asked once the reason and explanation are in: the reason chosen, and that statistics keep it as 无效投诉 (篇6 第十四条).
  const confirm = useConfirmStep(noProblems(problems(values)), send);
  const reason = complaint.workflow.invalidReasons.find((r) => r.code === values.reasonCode);
  return (
    <ActionForm action="markInvalid" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={confirm.ask} onCancel={props.onCancel}>
      <ReasonSelect name="reasonCode" label={t('workflow.invalidReason')} reasons={complaint.workflow.invalidReasons} value={values.reasonCode} onChange={(v) => set('reasonCode', v)} error={errors.reasonCode} />
      <TextAreaField name="explanation" label={t('workflow.explanation')} required value={values.explanation} onChange={(v) => set('explanation', v)} error={errors.explanation} />
      {confirm.dialog({
        title: t('confirm.markInvalid.title'),
        consequences: [
          t('confirm.markInvalid.reason', { reason: reason ? pick(reason.label, i18n.language) : values.reasonCode }),
          t('confirm.markInvalid.becomes', { status: t('complaintStatuses.invalid') }),
          t('confirm.markInvalid.final'),
        ],
        confirmLabel: t('workflow.actions.markInvalid'),
      })}
    </ActionForm>
  );
}
