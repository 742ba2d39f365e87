import { useTranslation } from 'react-i18next';
import type { CustomerFile } from '../../../shared/api/customers';
import { FOLLOW_UP_METHODS, type FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useSessionStore } from '../../stores/session-store';
import { PersonSelect } from '../complaints/workflow/PersonSelect';
import { CustomerSignBadge } from './CustomerSignBadge';
import { useCustomerSign, type CustomerSignForm } from './use-customer-sign';

/**
 * 投诉苗头 (seed001 S1 (二)): 对于已出现明显投诉苗头的客户，要实行重点跟踪安抚政策，
 * 客服等部门重点跟进，适时予以电话或物质慰问. The flag with its reason and owner,
 * the follow-ups, and the forms the signed-in person may use.
 */
export function CustomerSignPanel({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const form = useCustomerSign(file);
  const mayFlag = !!user && hasPermission(user.roles, 'customer.flag');
  const isOwner = !!user && file.sign?.followUpOwnerId === user.id;

  return (
    <section className="customer-file-section" data-testid="customer-sign-panel">
      <h3>{t('customers.signReason')}</h3>
      <ErrorBanner messages={form.other} />
      {file.sign ? (
        <>
          <SignDetails file={file} />
          {(mayFlag || isOwner) && <FollowUpForm form={form} />}
          {mayFlag && (
            <button type="button" className="button" data-testid="customer-unflag" disabled={form.busy} onClick={form.unflag}>
              {t('customers.unflag')}
            </button>
          )}
        </>
      ) : mayFlag ? (
        <FlagForm form={form} />
      ) : (
        <p className="muted">{t('customers.notFlagged')}</p>
      )}
    </section>
  );
}

/** The flag, who set it and when, its follow-up owner, and the follow-ups so far. */
function SignDetails({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  if (!file.sign) return null;
  return (
    <>
      <p>
        <CustomerSignBadge sign={file.sign} withReason />
      </p>
      <p className="muted">
        {t('customers.signedBy', { name: file.sign.flaggedByName, time: formatInstant(file.sign.flaggedAt, timeZone) })} · {t('customers.followUpOwner')}：
        <strong data-testid="follow-up-owner">{file.sign.followUpOwnerName}</strong>
      </p>
      <h4>{t('customers.followUps')}</h4>
      {file.followUps.length === 0 ? (
        <p className="muted">{t('customers.followUpsEmpty')}</p>
      ) : (
        <ul data-testid="follow-ups">
          {file.followUps.map((f) => (
            <li key={f.id}>
              {formatInstant(f.at, timeZone)} · {f.byName} · {f.method ? t(`followUpMethods.${f.method}`) : t('customers.followUpMethodOther')}：{f.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A follow-up: its method (or other) and what was done. */
function FollowUpForm({ form }: { form: CustomerSignForm }) {
  const { t } = useTranslation();
  return (
    <form className="form" onSubmit={form.onFollowUp} noValidate>
      <FormField id="follow-up-method" label={t('customers.followUpMethod')}>
        {(control) => (
          <select {...control} data-testid="follow-up-method" value={form.method} onChange={(e) => form.setMethod(e.target.value as FollowUpMethod | '')}>
            <option value="">{t('customers.followUpMethodOther')}</option>
            {FOLLOW_UP_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`followUpMethods.${m}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="follow-up-note" label={t('customers.followUpNote')} error={form.errors.note} required>
        {(control) => <textarea {...control} rows={2} maxLength={1000} data-testid="follow-up-note" value={form.note} onChange={(e) => form.setNote(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" data-testid="follow-up-add" disabled={form.busy}>
        {t('customers.followUpAdd')}
      </button>
    </form>
  );
}

/** Flagging a customer: the reason and who follows up. */
function FlagForm({ form }: { form: CustomerSignForm }) {
  const { t } = useTranslation();
  return (
    <form className="form" onSubmit={form.onFlag} noValidate data-testid="customer-flag-form">
      <FormField id="flag-reason" label={t('customers.flagReason')} hint={t('customers.flagReasonHint')} error={form.errors['sign.reason']} required>
        {(control) => <textarea {...control} rows={2} maxLength={500} data-testid="flag-reason" value={form.reason} onChange={(e) => form.setReason(e.target.value)} />}
      </FormField>
      <PersonSelect name="followUpOwner" label={t('customers.flagOwner')} value={form.owner} onChange={form.setOwner} error={form.errors['sign.followUpOwnerId']} excludeId={null} />
      <button type="submit" className="button primary" data-testid="customer-flag" disabled={form.busy}>
        {t('customers.flag')}
      </button>
    </form>
  );
}
