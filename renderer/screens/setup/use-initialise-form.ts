import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileEntry } from '../../../shared/api/profiles';
import { SECRET_KINDS } from '../../../shared/api/users';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { secretProblem } from '../../lib/secret-check';
import { useSessionStore } from '../../stores/session-store';
import { pick } from '../settings/rule-pack-text';

/** Field keys are the dispatcher's issue paths, so server errors land under the right field. */
const FIELDS = ['site.profile', 'site.code', 'site.name', 'site.organisation', 'site.rulePack', 'admin.login', 'admin.displayName', 'admin.secret'] as const;
export type InitialiseField = (typeof FIELDS)[number];
export type SecretKind = (typeof SECRET_KINDS)[number];

/** The first site administrator is the site's lead: manages its users and settings. */
const ADMIN_ROLES = ['station_lead'] as const;
const DEFAULT_PROFILE = 'well-station';
const DEFAULT_RULE_PACK = 'sichuan-group-p6';

const INITIAL_VALUES: Record<InitialiseField, string> = {
  'site.profile': DEFAULT_PROFILE,
  'site.code': '',
  'site.name': '',
  'site.organisation': '',
  'site.rulePack': DEFAULT_RULE_PACK,
  'admin.login': 'admin',
  'admin.displayName': '',
  'admin.secret': '',
};

/** The first-run form's values and errors; submitting checks every field is filled and the secret is strong enough, then initialises the site. */
export function useInitialiseForm() {
  const { t, i18n } = useTranslation();
  const initialise = useSessionStore((s) => s.initialise);
  const [values, setValues] = useState<Record<InitialiseField, string>>(INITIAL_VALUES);
  const [secretKind, setSecretKind] = useState<SecretKind>('password');
  const [errors, setErrors] = useState<FieldErrors<InitialiseField>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const set = (field: InitialiseField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  // Choosing the organisation chooses its rule pack (which may still be changed) and fills its name where none was typed.
  const chooseProfile = (profile: ProfileEntry) =>
    setValues((v) => ({
      ...v,
      'site.profile': profile.id,
      'site.rulePack': profile.rulePack,
      ...(!v['site.organisation'].trim() ? { 'site.organisation': pick(profile.organisation, i18n.language) } : {}),
    }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<InitialiseField> = {};
    for (const field of FIELDS) if (!values[field].trim()) found[field] = t('errors.required');
    const secret = secretProblem(secretKind, values['admin.secret']);
    if (!found['admin.secret'] && secret) found['admin.secret'] = t(secret);
    setErrors(found);
    setOther([]);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      await initialise({
        site: { profile: values['site.profile'], code: values['site.code'], name: values['site.name'], organisation: values['site.organisation'], rulePack: values['site.rulePack'] },
        admin: { login: values['admin.login'], displayName: values['admin.displayName'], roles: [...ADMIN_ROLES], secretKind, secret: values['admin.secret'] },
      });
    } catch (error) {
      setBusy(false);
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([errorText(error, t), ...split.other]);
    }
  };
  return { values, secretKind, setSecretKind, errors, other, busy, set, chooseProfile, onSubmit };
}
