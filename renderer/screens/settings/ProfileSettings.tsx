import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import type { ProfileEntry } from '../../../shared/api/profiles';
import { hasPermission } from '../../../shared/domain/roles';
import { api } from '../../api/client';
import { FormField } from '../../components/FormField';
import { errorText } from '../../lib/error-text';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useProfileStore } from '../../stores/profile-store';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';
import { packName, pick, templateTitle } from './rule-pack-text';
import { useCitation } from '../../components/SourceCitation';
import { noteLang, noteText, type ChoiceNote } from '../../../shared/sources/choice-note';

/**
 * Settings → 组织配置 (issue 17): the organisation profile the site runs —
 * its rule pack, forms, media categories and the interpretations where its
 * source is silent — and, for the station lead, choosing another.
 */
export function ProfileSettings() {
  const { t, i18n } = useTranslation();
  const profile = useProfileStore((s) => s.profile);
  const loaded = useProfileStore((s) => s.loaded);
  const load = useProfileStore((s) => s.load);
  const mayChange = useSessionStore((s) => !!s.user && hasPermission(s.user.roles, 'site.manage'));
  const [all, setAll] = useState<ApiOutput<'profiles.list'>>([]);

  useEffect(() => {
    void load();
    api.call('profiles.list', {}).then(setAll, () => setAll([]));
  }, [load]);

  return (
    <div className="panel" data-testid="profile-settings">
      <h3>{t('profiles.title')}</h3>
      <p className="muted">{t('profiles.intro')}</p>
      {loaded && !profile && <p className="notice" data-testid="profile-none">{t('profiles.none')}</p>}
      {profile && <ProfileDetails profile={profile} lang={i18n.language} />}
      {mayChange && <ChooseProfile profiles={all} current={profile?.id ?? null} />}
    </div>
  );
}

function ProfileDetails({ profile, lang }: { profile: ProfileEntry; lang: string }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const notes = [profile.rulePackChoice, profile.choice, profile.mediaChoice].filter((n): n is ChoiceNote => !!n);
  return (
    <dl className="details" data-testid="profile-current" data-profile={profile.id}>
      <div className="detail-item">
        <dt>{t('profiles.current')}</dt>
        <dd>
          {pick(profile.name, lang)} · {pick(profile.organisation, lang)}（{t('profiles.source', { source: cite(profile.source) })}，{t(`profiles.origin.${profile.origin}`)}）
        </dd>
      </div>
      <div className="detail-item">
        <dt>{t('profiles.rulePack')}</dt>
        <dd>{packName(profile.rulePack, lang)}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('profiles.templates')}</dt>
        <dd>{profile.templates.length ? profile.templates.map((id) => templateTitle(id, lang)).join(t('common.listSeparator')) : t('profiles.noTemplates')}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('profiles.mediaCategories')}</dt>
        <dd>{profile.mediaContentCategories.length ? profile.mediaContentCategories.map((c) => pick(c.label, lang)).join('、') : t('profiles.noMediaCategories')}</dd>
      </div>
      {notes.map((note) => (
        <div className="detail-item" key={note.en}>
          <dt>{t('profiles.choice')}</dt>
          <dd lang={noteLang(lang)} data-testid="profile-choice">{cite(noteText(note, lang))}</dd>
        </div>
      ))}
    </dl>
  );
}

function ChooseProfile({ profiles, current }: { profiles: ApiOutput<'profiles.list'>; current: string | null }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const setProfile = useProfileStore((s) => s.set);
  const loadSite = useSettingsStore((s) => s.loadSite);
  const [chosen, setChosen] = useState(current ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setChosen(current ?? ''), [current]);

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const site = await api.call('profiles.setSiteProfile', { profileId: chosen });
      const entry = profiles.find((p) => p.id === chosen) ?? null;
      setProfile(entry);
      // What applies changed: the checklist lists, the site record and its rule pack (its classes, its record fields) are read again.
      useChecklistsStore.getState().reset();
      await Promise.all([loadSite(), useSettingsStore.getState().loadRulePack()]);
      setSaved(t('profiles.saved', { name: entry ? pick(entry.name, i18n.language) : chosen, pack: packName(site.rulePack, i18n.language) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-row">
      <FormField id="profile-choose" label={t('profiles.choose')} error={error ? errorText(error, t) : undefined}>
        {(control) => (
          <select {...control} data-testid="profile-choose" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {!current && <option value="">{t('profiles.none')}</option>}
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(p.name, i18n.language)} · {pick(p.organisation, i18n.language)}（{cite(p.source)}）
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="button" className="button" data-testid="profile-save" disabled={busy || !chosen || chosen === current} onClick={() => void save()}>
        {busy ? t('profiles.saving') : t('profiles.save')}
      </button>
      {saved && (
        <p className="notice" role="status" data-testid="profile-saved">
          {saved}
        </p>
      )}
    </div>
  );
}
