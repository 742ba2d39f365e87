import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN, createStaffRequestSchema } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useStaffStore } from '../stores/staff-store';

type Field = 'login' | 'displayName' | 'password';

/** Login, name, a first password (10+ characters) and whether the account manages the others. */
export function CreateStaffForm() {
  const { t } = useTranslation();
  const create = useStaffStore((s) => s.create);
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const messages: Record<Field, string> = {
    login: t('console.staff.loginFormat'),
    displayName: t('console.staff.nameRequired'),
    password: t('console.staff.passwordShort', { n: CONSOLE_PASSWORD_MIN }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server parses with, field by field.
    const parsed = createStaffRequestSchema.safeParse({ login, displayName, password, admin });
    setErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), messages[i.path[0] as Field]])));
    setCreated(null);
    if (!parsed.success) return;
    setBusy(true);
    setFailure(null);
    try {
      await create(parsed.data);
      setCreated(t('console.staff.created', { login: parsed.data.login }));
      setLogin('');
      setDisplayName('');
      setPassword('');
      setAdmin(false);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form console-inline-form" onSubmit={(e) => void submit(e)} noValidate data-testid="create-staff-form">
      <h3>{t('console.staff.createTitle')}</h3>
      {created && (
        <p className="banner banner-success" role="status" data-testid="staff-created">
          {created}
        </p>
      )}
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="field-row">
        <FormField id="staff-login" label={t('console.staff.login')} hint={t('console.staff.loginHint')} error={errors.login} required>
          {(control) => <input {...control} type="text" autoComplete="off" value={login} onChange={(e) => setLogin(e.target.value)} />}
        </FormField>
        <FormField id="staff-name" label={t('console.staff.displayName')} error={errors.displayName} required>
          {(control) => <input {...control} type="text" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </FormField>
        <FormField id="staff-password" label={t('console.staff.firstPassword')} hint={t('console.staff.passwordHint', { n: CONSOLE_PASSWORD_MIN })} error={errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
      </div>
      <label className="console-checkbox">
        <input type="checkbox" data-testid="staff-admin" checked={admin} onChange={(e) => setAdmin(e.target.checked)} /> {t('console.staff.adminChoice')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="create-staff" disabled={busy}>
          {busy ? t('console.staff.creating') : t('console.staff.create')}
        </button>
      </div>
    </form>
  );
}
