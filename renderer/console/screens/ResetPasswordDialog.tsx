import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN, type StaffAccount } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useResetPassword, type ResetPasswordState } from './use-reset-password';

/** A new password for an account (10+ characters, typed twice); the account's sessions end, it signs in with the new one. */
export function ResetPasswordDialog({ account, onClose }: { account: StaffAccount; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const state = useResetPassword(account);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="card console-dialog" aria-labelledby="reset-password-title" data-testid="reset-password-dialog" onCancel={onClose}>
      <h3 id="reset-password-title">{t('console.staff.resetTitle', { name: account.displayName, login: account.login })}</h3>
      {state.done ? <ResetDone login={account.login} onClose={onClose} /> : <ResetPasswordForm state={state} onClose={onClose} />}
    </dialog>
  );
}

/** The password was set: says so, with a button to close. */
function ResetDone({ login, onClose }: { login: string; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="banner banner-success" role="status" data-testid="password-reset-done">
        {t('console.staff.resetDone', { login })}
      </p>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('console.staff.close')}
        </button>
      </div>
    </>
  );
}

/** The new password, typed twice, with cancel and confirm. */
function ResetPasswordForm({ state, onClose }: { state: ResetPasswordState; onClose(): void }) {
  const { t } = useTranslation();
  const { password, setPassword, again, setAgain, errors, failure, busy, submit } = state;
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('console.staff.resetBody')}</p>
      <ErrorBanner messages={failure ? [failure] : []} />
      <FormField id="reset-password" label={t('console.staff.newPassword')} hint={t('console.staff.passwordHint', { n: CONSOLE_PASSWORD_MIN })} error={errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />}
      </FormField>
      <FormField id="reset-password-again" label={t('console.staff.passwordAgain')} error={errors.again} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('console.sites.cancel')}
        </button>
        <button type="submit" className="button primary" data-testid="confirm-reset-password" disabled={busy}>
          {t('console.staff.resetConfirm')}
        </button>
      </div>
    </form>
  );
}
