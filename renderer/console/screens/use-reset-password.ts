import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN, resetPasswordRequestSchema, type StaffAccount } from '../../../shared/sync/console-api';
import { useStaffStore } from '../stores/staff-store';

/** The state of `ResetPasswordDialog`: the new password typed twice, checked with the server's schema, then set. */
export function useResetPassword(account: StaffAccount) {
  const { t } = useTranslation();
  const resetPassword = useStaffStore((s) => s.resetPassword);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ password?: string; again?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

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

  return { password, setPassword, again, setAgain, errors, failure, done, busy, submit };
}

export type ResetPasswordState = ReturnType<typeof useResetPassword>;
