import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useCreateStaff } from './use-create-staff';

/** Login, name, a first password (10+ characters) and whether the account manages the others. */
export function CreateStaffForm() {
  const { t } = useTranslation();
  const { login, setLogin, displayName, setDisplayName, password, setPassword, admin, setAdmin, errors, failure, created, busy, submit } = useCreateStaff();

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
