import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SECRET_KINDS } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/roles';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { secretProblem } from '../../lib/secret-check';
import { useSettingsStore } from '../../stores/settings-store';

const FIELDS = ['login', 'displayName', 'unit', 'roles', 'secret'] as const;
export type NewUserField = (typeof FIELDS)[number];
type SecretKind = (typeof SECRET_KINDS)[number];

export interface NewUserValues {
  login: string;
  displayName: string;
  unit: string;
  roles: Role[];
  secretKind: SecretKind;
  secret: string;
}

const EMPTY: NewUserValues = { login: '', displayName: '', unit: '', roles: [], secretKind: 'pin', secret: '' };

/** What must be filled in before the user is sent: login, name, a role, a strong enough secret. */
function checkNewUser(values: NewUserValues, t: TFunction): FieldErrors<NewUserField> {
  const found: FieldErrors<NewUserField> = {};
  if (!values.login.trim()) found.login = t('users.loginRequired');
  if (!values.displayName.trim()) found.displayName = t('users.displayNameRequired');
  if (values.roles.length === 0) found.roles = t('users.rolesRequired');
  const secret = values.secret ? secretProblem(values.secretKind, values.secret) : 'users.secretRequired';
  if (secret) found.secret = t(secret);
  return found;
}

/** `roles.2` (one bad entry) belongs under the roles checkboxes too. */
function rolesIssue<T extends { path: string }>(issue: T): T {
  return issue.path.startsWith('roles.') ? { ...issue, path: 'roles' } : issue;
}

/** The new user's values and errors; submitting checks them, creates the user and empties the form, naming whom it added. */
export function useAddUser() {
  const { t } = useTranslation();
  const createUser = useSettingsStore((s) => s.createUser);
  const [values, setValues] = useState<NewUserValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<NewUserField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof NewUserValues>(key: K, value: NewUserValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const found = checkNewUser(values, t);
    setErrors(found);
    setOther([]);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const { unit, ...rest } = values;
      const user = await createUser({ ...rest, login: rest.login.trim(), ...(unit.trim() ? { unit: unit.trim() } : {}) });
      setValues(EMPTY);
      setAdded(user.displayName);
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues.map(rolesIssue), FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };
  return { values, set, errors, other, added, busy, onSubmit };
}
