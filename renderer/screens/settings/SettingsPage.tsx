import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/domain/roles';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { currentLanguage, setLanguage } from '../../i18n/i18n';
import { useSessionStore } from '../../stores/session-store';
import { NotificationSettingsForm } from '../notifications/NotificationSettingsForm';
import { AccessLogPanel } from './AccessLogPanel';
import { DestructionPanel } from './DestructionPanel';
import { AddUserForm } from './AddUserForm';
import { ProcedureRoles } from './ProcedureRoles';
import { ProfileSettings } from './ProfileSettings';
import { RulePackView } from './RulePackView';
import { SiteInfo } from './SiteInfo';
import { UserList } from './UserList';
import { WorkingHoursForm } from './WorkingHoursForm';

/** Language names are shown in their own language, whatever the current one. */
const LANGUAGE_CHOICES = [
  { value: 'zh-CN', label: '中文（简体）' },
  { value: 'en', label: 'English' },
] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const roles = useSessionStore((s) => s.user?.roles ?? []);
  return (
    <section className="page">
      <h2 className="page-title">{t('settings.title')}</h2>
      <SiteInfo />
      <ProfileSettings />
      <div className="panel">
        <ChoiceGroup
          name="settings-language"
          legend={t('settings.language')}
          hint={t('settings.languageHint')}
          type="radio"
          choices={LANGUAGE_CHOICES}
          selected={[currentLanguage()]}
          onToggle={(lang) => void setLanguage(lang)}
        />
      </div>
      {hasPermission(roles, 'site.manage') && <WorkingHoursForm />}
      {hasPermission(roles, 'site.manage') && <NotificationSettingsForm />}
      {hasPermission(roles, 'users.read') && <UserList />}
      {hasPermission(roles, 'users.manage') && <AddUserForm />}
      {hasPermission(roles, 'privacy.auditRead') && <AccessLogPanel />}
      {hasPermission(roles, 'users.manage') && <ProcedureRoles />}
      {hasPermission(roles, 'privacy.auditRead') && <DestructionPanel />}
      {hasPermission(roles, 'complaint.read') && <RulePackView />}
    </section>
  );
}
