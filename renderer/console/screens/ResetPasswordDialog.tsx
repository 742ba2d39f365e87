import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN, resetPasswordRequestSchema, type StaffAccount } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useStaffStore } from '../stores/staff-store';

/** A new password for an account (10+ characters, typed twice); the account's sessions end, it signs in with the new one. */
export function ResetPasswordDialog({ account, onClose }: { account: StaffAccount; onClose(): void }) {
  const { t } = useTranslation();
  const resetPassword = useStaffStore((s) => s.resetPassword);
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ password?: string; again?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      password: resetPasswordRequestSchema.safeParse({ password }).success ? undefined : t('console.staff.passwordShort', { n: CONSOLE_PASSWORD_MIN }),
      again: password === again ? undefined : t('console.staff.passwordsDiffer'),
    };
    setErrors(found);
    if (found.password || found.again) return;
    setBusy(true);
    setFailure(null);
    try {
      await resetPassword(account.id, password);
      setDone(true);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="card console-dialog" aria-labelledby="reset-password-title" data-testid="reset-password-dialog" onCancel={onClose}>
      <h3 id="reset-password-title">{t('console.staff.resetTitle', { name: account.displayName, login: account.login })}</h3>
      {done ? (
        <>
          <p className="banner banner-success" role="status" data-testid="password-reset-done">
            {t('console.staff.resetDone', { login: account.login })}
          </p>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={onClose} autoFocus>
              {t('console.staff.close')}
            </button>
          </div>
        </>
      ) : (
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
      )}
    </dialog>
  );
}
