import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SECRET_KINDS, type User } from '../../../shared/api/users';
import { isApiCallError } from '../../api/api-call-error';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { secretProblem } from '../../lib/secret-check';
import { useSettingsStore } from '../../stores/settings-store';

const FIELDS = ['secret', 'ownSecret'] as const;
type Field = (typeof FIELDS)[number];
type SecretKind = (typeof SECRET_KINDS)[number];

/**
 * A new PIN or password for an account, with the person's own PIN or password
 * re-entered: the core verifies it and counts a wrong one as a failed sign-in
 * of theirs. The account's sessions end; it signs in with the new secret.
 */
export function ResetSecretForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { secretKind, setSecretKind, secret, setSecret, ownSecret, setOwnSecret, errors, other, done, busy, submit } = useResetSecret(user);

  return (
    <div className="panel" data-testid="reset-secret-form" aria-labelledby="reset-secret-title">
      <h3 id="reset-secret-title">{t('accounts.resetTitle', { name: user.displayName, login: user.login })}</h3>
      {done ? (
        <ResetDone name={user.displayName} onClose={onClose} />
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="muted">{t('accounts.resetBody', { name: user.displayName })}</p>
          <ErrorBanner messages={other} />
          <ChoiceGroup
            name="reset-secretKind"
            legend={t('users.secretKind')}
            type="radio"
            choices={SECRET_KINDS.map((kind) => ({ value: kind, label: t(`secretKinds.${kind}`) }))}
            selected={[secretKind]}
            onToggle={(kind) => setSecretKind(kind)}
          />
          <FormField id="reset-secret" label={t('accounts.newSecret')} error={errors.secret} required>
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" inputMode={secretKind === 'pin' ? 'numeric' : undefined} value={secret} onChange={(e) => setSecret(e.target.value)} />
            )}
          </FormField>
          <FormField id="reset-ownSecret" label={t('accounts.ownSecret')} hint={t('accounts.ownSecretHint')} error={errors.ownSecret} required>
            {(control) => <input {...control} type="password" autoComplete="current-password" value={ownSecret} onChange={(e) => setOwnSecret(e.target.value)} />}
          </FormField>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('accounts.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy} data-testid="reset-secret-submit">
              {t('accounts.resetConfirm')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function ResetDone({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="banner banner-success" role="status" data-testid="reset-secret-done">
        {t('accounts.resetDone', { name })}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('accounts.close')}
        </button>
      </div>
    </>
  );
}

/** A refusal about a field is shown under it alone; anything else above the form. */
function refusalOf(error: unknown, t: TFunction): { fields: FieldErrors<Field>; other: string[] } {
  const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
  return { fields: split.fields, other: hasErrors(split.fields) ? split.other : [errorText(error, t), ...split.other] };
}

/** The form's state and its submission: checked here first (a typo is not a failed sign-in), then by the core. */
function useResetSecret(user: User) {
  const { t } = useTranslation();
  const resetUserSecret = useSettingsStore((s) => s.resetUserSecret);
  const [secretKind, setSecretKind] = useState<SecretKind>(user.secretKind);
  const [secret, setSecret] = useState('');
  const [ownSecret, setOwnSecret] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = secret ? secretProblem(secretKind, secret) : 'users.secretRequired';
    const found: FieldErrors<Field> = { ...(problem ? { secret: t(problem) } : {}), ...(ownSecret ? {} : { ownSecret: t('accounts.ownSecretRequired') }) };
    setErrors(found);
    setOther([]);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      await resetUserSecret({ userId: user.id, secretKind, secret, ownSecret });
      setDone(true);
    } catch (error) {
      const refusal = refusalOf(error, t);
      setErrors(refusal.fields);
      setOther(refusal.other);
      setOwnSecret('');
    } finally {
      setBusy(false);
    }
  };
  return { secretKind, setSecretKind, secret, setSecret, ownSecret, setOwnSecret, errors, other, done, busy, submit };
}
