import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSettingsStore } from '../../stores/settings-store';

export function UserList() {
  const { t } = useTranslation();
  const users = useSettingsStore((s) => s.users);
  const error = useSettingsStore((s) => s.usersError);
  const loadUsers = useSettingsStore((s) => s.loadUsers);

  useEffect(() => {
    void loadUsers();
  }, [loadUsers]);

  return (
    <div className="panel">
      <h3>{t('settings.users')}</h3>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {users.length === 0 ? (
        <p className="muted">{t('settings.noUsers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="user-list">
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.login')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.unit')}</th>
                <th scope="col">{t('users.secretKind')}</th>
                <th scope="col">{t('users.status')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className={user.active ? undefined : 'inactive'}>
                  <td>{user.displayName}</td>
                  <td className="mono">{user.login}</td>
                  <td>{user.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator'))}</td>
                  <td>{user.unit ?? ''}</td>
                  <td>{t(`secretKinds.${user.secretKind}`)}</td>
                  <td>{user.active ? t('users.active') : t('users.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
