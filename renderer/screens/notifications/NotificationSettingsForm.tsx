import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationSettings } from '../../../shared/api/notifications';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { api } from '../../api/client';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { errorText } from '../../lib/error-text';
import { roleText } from '../settings/rule-pack-text';

const TERMS = ['immediatelyMinutes', 'promptlyMinutes', 'unstatedMinutes'] as const;
type Term = (typeof TERMS)[number];
const LABELS = { immediatelyMinutes: 'notifications.settings.immediately', promptlyMinutes: 'notifications.settings.promptly', unstatedMinutes: 'notifications.settings.unstated' } as const;
/** The chain is the ticked roles in this order: from the station up to the general manager, then the rest. */
const CHAIN_ORDER: readonly Role[] = ['station_lead', 'unit_head', 'leader_in_charge', 'general_manager', ...ROLES.filter((r) => !['station_lead', 'unit_head', 'leader_in_charge', 'general_manager'].includes(r))];

/** The form's state: loaded settings, the typed values and chain, and the save. */
function useSettingsForm() {
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [values, setValues] = useState<Record<Term, string>>({ immediatelyMinutes: '', promptlyMinutes: '', unstatedMinutes: '' });
  const [chain, setChain] = useState<Role[]>([]);
  const [reminderDays, setReminderDays] = useState('');
  const [saved, setSaved] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { errors, other, busy, submit } = useFormSubmit([...TERMS, 'escalationChain', 'reportReminderWorkingDays'] as const);

  const show = (s: NotificationSettings) => {
    setSettings(s);
    setValues({ immediatelyMinutes: String(s.immediatelyMinutes ?? ''), promptlyMinutes: String(s.promptlyMinutes ?? ''), unstatedMinutes: String(s.unstatedMinutes ?? '') });
    setChain(s.escalationChain);
    setReminderDays(String(s.reportReminderWorkingDays ?? ''));
  };
  useEffect(() => {
    api.call('notifications.settings', {}).then(show, setLoadError);
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setSaved(false);
    const minutes = (v: string) => (v.trim() === '' ? null : Number(v));
    const ok = await submit({}, async () => {
      show(
        await api.call('notifications.setSettings', {
          immediatelyMinutes: minutes(values.immediatelyMinutes),
          promptlyMinutes: minutes(values.promptlyMinutes),
          unstatedMinutes: minutes(values.unstatedMinutes),
          escalationChain: CHAIN_ORDER.filter((r) => chain.includes(r)),
          reportReminderWorkingDays: minutes(reminderDays),
          version: settings.version,
        }),
      );
    });
    setSaved(ok);
  };
  return { settings, values, setValues, chain, setChain, reminderDays, setReminderDays, saved, loadError, errors, other, busy, onSubmit };
}

/**
 * 通知设置 (site.manage): the minutes a source's 立即 / 及时 / no time mean at
 * this site, the escalation chain, and how many working days before a
 * narrative report's due day its signer is reminded. Values the sources give are not here:
 * they are the pack's.
 */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const { settings, values, setValues, chain, setChain, reminderDays, setReminderDays, saved, loadError, errors, other, busy, onSubmit } = useSettingsForm();
  return (
    <div className="panel" data-testid="notification-settings">
      <h3>{t('notifications.settings.title')}</h3>
      <p className="field-hint">{t('notifications.settings.intro')}</p>
      {loadError !== null && <ErrorBanner messages={[errorText(loadError, t)]} />}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorBanner messages={other} />
        {saved && (
          <p className="banner banner-success" role="status">
            {t('notifications.settings.saved')}
          </p>
        )}
        <div className="field-row">
          {TERMS.map((term) => (
            <FormField key={term} id={`notify-${term}`} label={t(LABELS[term])} hint={t('notifications.settings.noLimit')} error={errors[term]}>
              {(control) => (
                <input {...control} type="number" min={1} data-testid={`notify-${term}`} value={values[term]} onChange={(e) => setValues((v) => ({ ...v, [term]: e.target.value }))} />
              )}
            </FormField>
          ))}
        </div>
        <ChoiceGroup
          name="notify-chain"
          legend={t('notifications.settings.chain')}
          hint={t('notifications.settings.chainHint')}
          type="checkbox"
          choices={CHAIN_ORDER.map((role) => ({ value: role, label: roleText(role, t) }))}
          selected={chain}
          error={errors.escalationChain}
          onToggle={(role, checked) => setChain((c) => (checked ? [...c, role] : c.filter((r) => r !== role)))}
        />
        <FormField id="notify-report-reminder-days" label={t('notifications.settings.reminderDays')} hint={t('notifications.settings.reminderDaysHint')} error={errors.reportReminderWorkingDays}>
          {(control) => (
            <input {...control} type="number" min={1} max={20} data-testid="notify-report-reminder-days" value={reminderDays} onChange={(e) => setReminderDays(e.target.value)} />
          )}
        </FormField>
        <button type="submit" className="button" data-testid="notify-settings-save" disabled={busy || !settings}>
          {t('notifications.settings.save')}
        </button>
      </form>
    </div>
  );
}
