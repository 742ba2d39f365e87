import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import type { ProfileEntry } from '../../../shared/api/profiles';
import { api } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { SECRET_KINDS } from '../../../shared/api/users';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { pick } from '../settings/rule-pack-text';
import { useCitation } from '../../components/SourceCitation';
import { useInitialiseForm, type InitialiseField, type SecretKind } from './use-initialise-form';

export function InitialiseForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { values, secretKind, setSecretKind, errors, other, busy, set, chooseProfile, onSubmit } = useInitialiseForm();
  const text = (field: InitialiseField, label: string, hint?: string, autoFocus = false) => (
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
        <RulePackField value={values['site.rulePack']} error={errors['site.rulePack']} onChange={set('site.rulePack')} />
        <h3>{t('setup.adminSection')}</h3>
        <p className="field-hint">{t('setup.adminNote')}</p>
        {text('admin.login', t('users.login'), t('users.loginHint'))}
        {text('admin.displayName', t('users.displayName'))}
        <SecretFields kind={secretKind} onKind={setSecretKind} value={values['admin.secret']} error={errors['admin.secret']} onChange={set('admin.secret')} />
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

/** The rule pack the site grades by: the shipped packs, each with its source. */
function RulePackField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const [packs, setPacks] = useState<ApiOutput<'rules.shippedPacks'>>([]);
  useEffect(() => {
    // Without the list the field still holds the default pack; the core checks the id either way.
    api.call('rules.shippedPacks', {}).then(setPacks, () => setPacks([]));
  }, []);
  return (
    <FormField id="site-rulePack" label={t('setup.rulePack')} hint={t('setup.rulePackHint')} error={error} required>
      {(control) => (
        <select {...control} data-testid="setup-rulePack" value={value} onChange={(e) => onChange(e.target.value)}>
          {/* Until the packs are read, the chosen pack's id stays the value but is never shown. */}
          {packs.length === 0 && <option value={value}>…</option>}
          {packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pick(pack.name, i18n.language)}（{cite(pack.source)}）
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The administrator's secret: a password or a PIN. */
function SecretFields({ kind, onKind, value, error, onChange }: { kind: SecretKind; onKind: (kind: SecretKind) => void; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        name="setup-secretKind"
        legend={t('users.secretKind')}
        type="radio"
        choices={SECRET_KINDS.map((k) => ({ value: k, label: t(`secretKinds.${k}`) }))}
        selected={[kind]}
        onToggle={(k) => onKind(k)}
      />
      <FormField id="admin-secret" label={t('users.secret')} error={error} required>
        {(control) => (
          <input {...control} type="password" autoComplete="new-password" inputMode={kind === 'pin' ? 'numeric' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
        )}
      </FormField>
    </>
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
