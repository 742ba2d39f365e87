import { useTranslation } from 'react-i18next';
import type { ExtensionPolicy } from '../../../../shared/api/workflow';
import { REPLY_METHODS, type EXTENSION_TYPES } from '../../../../shared/domain/workflow';
import { citationText } from '../../../../shared/sources/citation';
import { currentLanguage } from '../../../i18n/i18n';
import { useTimeZone } from '../../../hooks/use-time-zone';
import type { ActionInput } from '../../../stores/complaints-store';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';
import { ActionForm } from './ActionForm';
import { DateTimeField, RadioField, SelectField, TextAreaField } from './fields';
import { handlingLimitOf } from './handling-limit';
import { instantOf, timeProblem } from './time-check';
import { useActionForm, type ActionFormProps, type Problems } from './use-action-form';

type Values = { extensionType: string; reason: string; newDueAt: string; customerConsentAt: string; consentMethod: string; callCentreToldAt: string };

/** What the site's pack asks of a consented extension (篇6 第二十七条): the consent's way and, within minutes, a call. */
interface ConsentRule {
  byConsent: boolean;
  notice: boolean;
}

function problems(v: Values, rule: ConsentRule, timeZone: string, now: Date): Problems<Values> {
  const found: Problems<Values> = {};
  if (!v.extensionType) found.extensionType = 'extensionTypeRequired';
  if (!v.reason.trim()) found.reason = 'extensionReasonRequired';
  const due = timeProblem(v.newDueAt, timeZone, 'future', now);
  if (due) found.newDueAt = due;
  if (v.extensionType === 'multi_department') {
    const consent = v.customerConsentAt ? timeProblem(v.customerConsentAt, timeZone, 'past', now) : 'consentRequired';
    if (consent) found.customerConsentAt = consent;
    if (rule.byConsent && !v.consentMethod) found.consentMethod = 'consentMethodMissing';
    const told = v.callCentreToldAt ? timeProblem(v.callCentreToldAt, timeZone, 'past', now) : 'noticeMissing';
    if (rule.notice && told) found.callCentreToldAt = told;
  }
  return found;
}

/** Call only after `problems` found nothing. */
function toAction(v: Values, rule: ConsentRule, timeZone: string): Extract<ActionInput, { type: 'requestExtension' }> {
  const multi = v.extensionType === 'multi_department';
  return {
    type: 'requestExtension',
    extensionType: multi ? 'multi_department' : 'special_circumstance',
    reason: v.reason.trim(),
    newDueAt: instantOf(v.newDueAt, timeZone),
    ...(multi ? { customerConsentAt: instantOf(v.customerConsentAt, timeZone) } : {}),
    ...(multi && rule.byConsent ? { consentMethod: v.consentMethod as (typeof REPLY_METHODS)[number] } : {}),
    ...(multi && rule.notice ? { callCentreToldAt: instantOf(v.callCentreToldAt, timeZone) } : {}),
  };
}

/**
 * 申请延期, from assignment on, overdue or not: special circumstances go to the vice-president in charge
 * (篇6 第十八条); several departments need the customer's agreement (第二十七条) — where the pack says so it
 * takes effect on that consent, with its way and the call to the call centre within 3 minutes.
 */
export function RequestExtensionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { complaint } = props;
  const policy = complaint.workflow.extensionPolicy;
  const form = useActionForm<Values>(props, { extensionType: '', reason: '', newDueAt: '', customerConsentAt: '', consentMethod: '', callCentreToldAt: '' });
  const { values, set, errors } = form;
  const multi = values.extensionType === 'multi_department';
  const byConsent = policy.byConsent?.types.includes(values.extensionType as (typeof EXTENSION_TYPES)[number]) ? policy.byConsent : null;
  const rule: ConsentRule = { byConsent: Boolean(byConsent), notice: Boolean(byConsent?.noticeWithinMinutes) };
  const limit = handlingLimitOf(complaint);
  const currentDue = limit && !limit.done ? limit.due : undefined;
  const send = () => void form.submit(problems(values, rule, timeZone, new Date()), () => toAction(values, rule, timeZone));
  const typeHint = byConsent
    ? t('workflow.byConsentHint', { source: citationText(byConsent.source, currentLanguage()) })
    : values.extensionType && policy.source
      ? t('workflow.approvalHint', { source: citationText(policy.source, currentLanguage()) })
      : undefined;
  return (
    <ActionForm action="requestExtension" kind={complaint.kind} busy={form.busy} other={form.other} record={form.record} onSubmit={send} onCancel={props.onCancel}>
      <RadioField
        name="extensionType"
        label={t('workflow.extensionType')}
        required
        hint={typeHint}
        options={[
          { value: 'special_circumstance', label: t('workflow.extensionSpecial') },
          { value: 'multi_department', label: t('workflow.extensionMultiDepartment') },
        ]}
        value={values.extensionType}
        onChange={(v) => set('extensionType', v)}
        error={errors.extensionType}
      />
      <TextAreaField name="reason" label={t('workflow.extensionReason')} required maxLength={1000} value={values.reason} onChange={(v) => set('reason', v)} error={errors.reason} />
      <div className="field-row">
        <DateTimeField
          name="newDueAt"
          label={t('workflow.newDueAt')}
          required
          hint={currentDue ? t('workflow.currentDue', { due: formatInstant(currentDue, timeZone) }) : undefined}
          value={values.newDueAt}
          onChange={(v) => set('newDueAt', v)}
          error={errors.newDueAt}
        />
        {multi && (
          <DateTimeField
            name="customerConsentAt"
            label={t('workflow.customerConsentAt')}
            required
            value={values.customerConsentAt}
            onChange={(v) => set('customerConsentAt', v)}
            error={errors.customerConsentAt}
          />
        )}
      </div>
      {multi && byConsent && <ConsentFields byConsent={byConsent} form={form} />}
    </ActionForm>
  );
}

/** The way the customer agreed and when the call centre was phoned, for an extension the pack lets the consent carry (篇6 第二十七条). */
function ConsentFields({ byConsent, form }: { byConsent: NonNullable<ExtensionPolicy['byConsent']>; form: ReturnType<typeof useActionForm<Values>> }) {
  const { t, i18n } = useTranslation();
  const { values, set, errors } = form;
  return (
    <div className="field-row">
      <SelectField
        name="consentMethod"
        label={t('workflow.consentMethod')}
        required
        placeholder={t('workflow.replyMethodPlaceholder')}
        options={REPLY_METHODS.map((m) => ({ value: m, label: t(`replyMethods.${m}`) }))}
        value={values.consentMethod}
        onChange={(v) => set('consentMethod', v)}
        error={errors.consentMethod}
      />
      {byConsent.noticeWithinMinutes && (
        <DateTimeField
          name="callCentreToldAt"
          label={t('workflow.callCentreToldAt', { to: byConsent.noticeTo ? pick(byConsent.noticeTo, i18n.language) : '' })}
          required
          hint={t('workflow.noticeHint', { minutes: byConsent.noticeWithinMinutes, source: citationText(byConsent.source, i18n.language) })}
          value={values.callCentreToldAt}
          onChange={(v) => set('callCentreToldAt', v)}
          error={errors.callCentreToldAt}
        />
      )}
    </div>
  );
}
