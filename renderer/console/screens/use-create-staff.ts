import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PASSWORD_MIN, createStaffRequestSchema } from '../../../shared/sync/console-api';
import { useStaffStore } from '../stores/staff-store';

export type StaffField = 'login' | 'displayName' | 'password';

/** The state of `CreateStaffForm`: checked with the schema the server parses with, created, then cleared. */
export function useCreateStaff() {
  const { t } = useTranslation();
  const create = useStaffStore((s) => s.create);
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<StaffField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const messages: Record<StaffField, string> = {
    login: t('console.staff.loginFormat'),
    displayName: t('console.staff.nameRequired'),
    password: t('console.staff.passwordShort', { n: CONSOLE_PASSWORD_MIN }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server parses with, field by field.
    const parsed = createStaffRequestSchema.safeParse({ login, displayName, password, admin });
    setErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), messages[i.path[0] as StaffField]])));
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

  return { login, setLogin, displayName, setDisplayName, password, setPassword, admin, setAdmin, errors, failure, created, busy, submit };
}
