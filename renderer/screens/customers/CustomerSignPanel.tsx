import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFile } from '../../../shared/api/customers';
import { FOLLOW_UP_METHODS, type FollowUpMethod } from '../../../shared/domain/customer-vocabulary';
import { hasPermission } from '../../../shared/domain/roles';
import { isApiCallError } from '../../api/api-call-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { issuesByField } from '../../lib/field-errors';
import { formatInstant } from '../../lib/zoned-time';
import { useCustomersStore } from '../../stores/customers-store';
import { useSessionStore } from '../../stores/session-store';
import { PersonSelect } from '../complaints/workflow/PersonSelect';
import { CustomerSignBadge } from './CustomerSignBadge';

/**
 * 投诉苗头 (seed001 S1 (二)): 对于已出现明显投诉苗头的客户，要实行重点跟踪安抚政策，
 * 客服等部门重点跟进，适时予以电话或物质慰问. The flag with its reason and owner,
 * the follow-ups, and the forms the signed-in person may use.
 */
export function CustomerSignPanel({ file }: { file: CustomerFile }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const { flag, addFollowUp } = useCustomersStore();
  const mayFlag = !!user && hasPermission(user.roles, 'customer.flag');
  const isOwner = !!user && file.sign?.followUpOwnerId === user.id;
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState('');
  const [method, setMethod] = useState<FollowUpMethod | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>, paths: readonly string[]) => {
    setBusy(true);
    try {
      await work();
      setErrors({});
      setOther([]);
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, paths) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  const onFlag = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      'sign.reason': reason.trim().length < 4 ? t('customers.flagReasonRequired') : undefined,
      'sign.followUpOwnerId': owner ? undefined : t('customers.flagOwnerRequired'),
    };
    setErrors(found);
    if (found['sign.reason'] || found['sign.followUpOwnerId']) return;
    void run(() => flag({ id: file.id, version: file.version, sign: { reason: reason.trim(), followUpOwnerId: owner } }), ['sign.reason', 'sign.followUpOwnerId']);
  };

  const onFollowUp = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < 2) {
      setErrors({ note: t('customers.followUpNoteRequired') });
      return;
    }
    void run(async () => {
      await addFollowUp({ id: file.id, note: note.trim(), ...(method ? { method } : {}) });
      setNote('');
      setMethod('');
    }, ['note', 'method']);
  };

  return (
    <section className="customer-file-section" data-testid="customer-sign-panel">
      <h3>{t('customers.signReason')}</h3>
      <ErrorBanner messages={other} />
      {file.sign ? (
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
          {(mayFlag || isOwner) && (
            <form className="form" onSubmit={onFollowUp} noValidate>
              <FormField id="follow-up-method" label={t('customers.followUpMethod')}>
                {(control) => (
                  <select {...control} data-testid="follow-up-method" value={method} onChange={(e) => setMethod(e.target.value as FollowUpMethod | '')}>
                    <option value="">{t('customers.followUpMethodOther')}</option>
                    {FOLLOW_UP_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t(`followUpMethods.${m}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField id="follow-up-note" label={t('customers.followUpNote')} error={errors.note} required>
                {(control) => <textarea {...control} rows={2} maxLength={1000} data-testid="follow-up-note" value={note} onChange={(e) => setNote(e.target.value)} />}
              </FormField>
              <button type="submit" className="button" data-testid="follow-up-add" disabled={busy}>
                {t('customers.followUpAdd')}
              </button>
            </form>
          )}
          {mayFlag && (
            <button type="button" className="button" data-testid="customer-unflag" disabled={busy} onClick={() => void run(() => flag({ id: file.id, version: file.version, sign: null }), [])}>
              {t('customers.unflag')}
            </button>
          )}
        </>
      ) : mayFlag ? (
        <form className="form" onSubmit={onFlag} noValidate data-testid="customer-flag-form">
          <FormField id="flag-reason" label={t('customers.flagReason')} hint={t('customers.flagReasonHint')} error={errors['sign.reason']} required>
            {(control) => <textarea {...control} rows={2} maxLength={500} data-testid="flag-reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <PersonSelect name="followUpOwner" label={t('customers.flagOwner')} value={owner} onChange={setOwner} error={errors['sign.followUpOwnerId']} excludeId={null} />
          <button type="submit" className="button primary" data-testid="customer-flag" disabled={busy}>
            {t('customers.flag')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('customers.notFlagged')}</p>
      )}
    </section>
  );
}
