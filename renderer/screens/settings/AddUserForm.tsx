import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRET_KINDS } from '../../../shared/api/users';
import { ROLES, rolesWithin, type Role } from '../../../shared/domain/roles';
import { isApiCallError } from '../../api/api-call-error';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { secretProblem } from '../../lib/secret-check';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';

const FIELDS = ['login', 'displayName', 'unit', 'roles', 'secret'] as const;
type Field = (typeof FIELDS)[number];
type SecretKind = (typeof SECRET_KINDS)[number];

interface Values {
  login: string;
  displayName: string;
  unit: string;
  roles: Role[];
  secretKind: SecretKind;
  secret: string;
}

const EMPTY: Values = { login: '', displayName: '', unit: '', roles: [], secretKind: 'pin', secret: '' };

/**
 * Shown only to users whose roles grant users.manage (the core checks it
 * again). A role above the person's own (shared/domain/roles.ts) is shown
 * greyed with why: only head office or someone holding its rights grants it.
 */
export function AddUserForm() {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.user);
  const myRoles = me?.roles ?? [];
  const createUser = useSettingsStore((s) => s.createUser);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const found: FieldErrors<Field> = {};
    if (!values.login.trim()) found.login = t('users.loginRequired');
    if (!values.displayName.trim()) found.displayName = t('users.displayNameRequired');
    if (values.roles.length === 0) found.roles = t('users.rolesRequired');
    const secret = values.secret ? secretProblem(values.secretKind, values.secret) : 'users.secretRequired';
    if (secret) found.secret = t(secret);
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

  return (
    <div className="panel">
      <h3>{t('users.add')}</h3>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        {added && (
          <p className="banner banner-success" role="status">
            {t('users.added', { name: added })}
          </p>
        )}
        <div className="field-row">
          <FormField id="user-login" label={t('users.login')} hint={t('users.loginHint')} error={errors.login} required>
            {(control) => <input {...control} type="text" autoComplete="off" value={values.login} onChange={(e) => set('login', e.target.value)} />}
          </FormField>
          <FormField id="user-displayName" label={t('users.displayName')} error={errors.displayName} required>
            {(control) => <input {...control} type="text" value={values.displayName} onChange={(e) => set('displayName', e.target.value)} />}
          </FormField>
          <FormField id="user-unit" label={t('users.unit')} hint={t('users.unitHint')} error={errors.unit}>
            {(control) => <input {...control} type="text" value={values.unit} onChange={(e) => set('unit', e.target.value)} />}
          </FormField>
        </div>
        <ChoiceGroup
          name="user-roles"
          legend={t('users.roles')}
          type="checkbox"
          required
          choices={ROLES.map((role) => {
            const above = !rolesWithin(myRoles, [role]);
            return { value: role, label: t(`roles.${role}`), testId: `user-role-${role}`, disabled: above, ...(above ? { note: t('accounts.aboveOwn') } : {}) };
          })}
          selected={values.roles}
          onToggle={(role, checked) => set('roles', checked ? [...values.roles, role] : values.roles.filter((r) => r !== role))}
          error={errors.roles}
        />
        <ChoiceGroup
          name="user-secretKind"
          legend={t('users.secretKind')}
          type="radio"
          choices={SECRET_KINDS.map((kind) => ({ value: kind, label: t(`secretKinds.${kind}`) }))}
          selected={[values.secretKind]}
          onToggle={(kind) => set('secretKind', kind)}
        />
        <FormField id="user-secret" label={t('users.secret')} error={errors.secret} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              inputMode={values.secretKind === 'pin' ? 'numeric' : undefined}
              value={values.secret}
              onChange={(e) => set('secret', e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} data-testid="add-user">
            {busy ? t('users.adding') : t('users.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** `roles.2` (one bad entry) belongs under the roles checkboxes too. */
function rolesIssue<T extends { path: string }>(issue: T): T {
  return issue.path.startsWith('roles.') ? { ...issue, path: 'roles' } : issue;
}
