import { useTranslation } from 'react-i18next';
import { SECRET_KINDS } from '../../../shared/api/users';
import { ROLES, rolesWithin } from '../../../shared/domain/roles';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import type { FieldErrors } from '../../lib/field-errors';
import { useSessionStore } from '../../stores/session-store';
import { useAddUser, type NewUserField, type NewUserValues } from './use-add-user';

interface FieldsProps {
  values: NewUserValues;
  errors: FieldErrors<NewUserField>;
  set: <K extends keyof NewUserValues>(key: K, value: NewUserValues[K]) => void;
}

/** Login, name and unit. */
function NameFields({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The roles, those above the person's own greyed with why. */
function RoleChoices({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  const myRoles = useSessionStore((s) => s.user)?.roles ?? [];
  return (
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
  );
}

/** A PIN or a password, and the secret itself. */
function SecretFields({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
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
          <input {...control} type="password" autoComplete="new-password" inputMode={values.secretKind === 'pin' ? 'numeric' : undefined} value={values.secret} onChange={(e) => set('secret', e.target.value)} />
        )}
      </FormField>
    </>
  );
}

/**
 * Shown only to users whose roles grant users.manage (the core checks it
 * again). A role above the person's own (shared/domain/roles.ts) is shown
 * greyed with why: only head office or someone holding its rights grants it.
 */
export function AddUserForm() {
  const { t } = useTranslation();
  const { values, set, errors, other, added, busy, onSubmit } = useAddUser();
  const fields = { values, errors, set };
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
        <NameFields {...fields} />
        <RoleChoices {...fields} />
        <SecretFields {...fields} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy} data-testid="add-user">
            {busy ? t('users.adding') : t('users.add')}
          </button>
        </div>
      </form>
    </div>
  );
}
