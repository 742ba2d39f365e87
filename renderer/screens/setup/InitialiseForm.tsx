import { useEffect, useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import type { ProfileEntry } from '../../../shared/api/profiles';
import { api } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { SECRET_KINDS } from '../../../shared/api/users';
import { isApiCallError } from '../../api/api-call-error';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { hasErrors, issuesByField, type FieldErrors } from '../../lib/field-errors';
import { secretProblem } from '../../lib/secret-check';
import { pick } from '../settings/rule-pack-text';
import { useSessionStore } from '../../stores/session-store';
import { useCitation } from '../../components/SourceCitation';

/** Field keys are the dispatcher's issue paths, so server errors land under the right field. */
const FIELDS = ['site.profile', 'site.code', 'site.name', 'site.organisation', 'site.rulePack', 'admin.login', 'admin.displayName', 'admin.secret'] as const;
type Field = (typeof FIELDS)[number];
type SecretKind = (typeof SECRET_KINDS)[number];

/** The first site administrator is the site's lead: manages its users and settings. */
const ADMIN_ROLES = ['station_lead'] as const;
const DEFAULT_PROFILE = 'well-station';
const DEFAULT_RULE_PACK = 'sichuan-group-p6';

export function InitialiseForm({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const initialise = useSessionStore((s) => s.initialise);
  const [values, setValues] = useState<Record<Field, string>>({
    'site.profile': DEFAULT_PROFILE,
    'site.code': '',
    'site.name': '',
    'site.organisation': '',
    'site.rulePack': DEFAULT_RULE_PACK,
    'admin.login': 'admin',
    'admin.displayName': '',
    'admin.secret': '',
  });
  const [secretKind, setSecretKind] = useState<SecretKind>('password');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [packs, setPacks] = useState<ApiOutput<'rules.shippedPacks'>>([]);

  useEffect(() => {
    // Without the list the field still holds the default pack; the core checks the id either way.
    api.call('rules.shippedPacks', {}).then(setPacks, () => setPacks([]));
  }, []);

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
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
    const found: FieldErrors<Field> = {};
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

  const text = (field: Field, label: string, hint?: string, autoFocus = false) => (
    <FormField id={field.replace('.', '-')} label={label} hint={hint} error={errors[field]} required>
      {(control) => (
        <input {...control} type="text" value={values[field]} autoFocus={autoFocus} onChange={(e) => set(field)(e.target.value)} />
      )}
    </FormField>
  );

  return (
    <section className="card wide">
      <h2>{t('setup.title')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        <h3>{t('setup.siteSection')}</h3>
        <ProfileField value={values['site.profile']} error={errors['site.profile']} onChoose={chooseProfile} />
        {text('site.code', t('setup.code'), t('setup.codeHint'), true)}
        {text('site.name', t('setup.name'))}
        {text('site.organisation', t('setup.organisation'))}
        <FormField id="site-rulePack" label={t('setup.rulePack')} hint={t('setup.rulePackHint')} error={errors['site.rulePack']} required>
          {(control) => (
            <select {...control} data-testid="setup-rulePack" value={values['site.rulePack']} onChange={(e) => set('site.rulePack')(e.target.value)}>
              {/* Until the packs are read, the chosen pack's id stays the value but is never shown. */}
              {packs.length === 0 && <option value={values['site.rulePack']}>…</option>}
              {packs.map((pack) => (
                <option key={pack.id} value={pack.id}>
                  {pick(pack.name, i18n.language)}（{cite(pack.source)}）
                </option>
              ))}
            </select>
          )}
        </FormField>
        <h3>{t('setup.adminSection')}</h3>
        <p className="field-hint">{t('setup.adminNote')}</p>
        {text('admin.login', t('users.login'), t('users.loginHint'))}
        {text('admin.displayName', t('users.displayName'))}
        <ChoiceGroup
          name="setup-secretKind"
          legend={t('users.secretKind')}
          type="radio"
          choices={SECRET_KINDS.map((kind) => ({ value: kind, label: t(`secretKinds.${kind}`) }))}
          selected={[secretKind]}
          onToggle={(kind) => setSecretKind(kind)}
        />
        <FormField id="admin-secret" label={t('users.secret')} error={errors['admin.secret']} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              inputMode={secretKind === 'pin' ? 'numeric' : undefined}
              value={values['admin.secret']}
              onChange={(e) => set('admin.secret')(e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('setup.submitting') : t('setup.submit')}
          </button>
          <button type="button" className="button" onClick={onBack} disabled={busy}>
            {t('setup.back')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** 所属组织 (issue 17): the organisation profile, which decides the site's forms and its default rule pack. */
function ProfileField({ value, error, onChoose }: { value: string; error: string | undefined; onChoose: (profile: ProfileEntry) => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const [profiles, setProfiles] = useState<ProfileEntry[]>([]);
  useEffect(() => {
    // Without the list the field still holds the default; the core checks the id either way.
    api.call('profiles.list', {}).then(setProfiles, () => setProfiles([]));
  }, []);
  return (
    <FormField id="site-profile" label={t('profiles.setupLabel')} hint={t('profiles.setupHint')} error={error} required>
      {(control) => (
        <select
          {...control}
          data-testid="setup-profile"
          value={value}
          onChange={(e) => {
            const profile = profiles.find((p) => p.id === e.target.value);
            if (profile) onChoose(profile);
          }}
        >
          {profiles.length === 0 && <option value={value}>…</option>}
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {pick(profile.name, i18n.language)} · {pick(profile.organisation, i18n.language)}（{cite(profile.source)}）
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
