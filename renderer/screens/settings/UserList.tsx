import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/api/users';
import { hasPermission, rolesWithin } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';
import { ResetSecretForm } from './ResetSecretForm';
import { UserActions } from './UserActions';

/**
 * The site's accounts. Someone who may manage accounts also disables,
 * enables and resets the PIN of those whose roles are all within their own
 * rights (shared/domain/roles.ts); the core checks it again.
 */
export function UserList() {
  const { t } = useTranslation();
  const users = useSettingsStore((s) => s.users);
  const error = useSettingsStore((s) => s.usersError);
  const loadUsers = useSettingsStore((s) => s.loadUsers);
  const setUserActive = useSettingsStore((s) => s.setUserActive);
  const me = useSessionStore((s) => s.user);
  const manage = me !== null && hasPermission(me.roles, 'users.manage');
  const [resetting, setResetting] = useState<User | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void loadUsers(), [loadUsers]);
  const changeActive = async (user: User, active: boolean) => {
    setBusy(true);
    setDone(null);
    setFailure(null);
    try {
      await setUserActive(user.id, active);
      setDone(t(active ? 'accounts.enabled' : 'accounts.disabled', { name: user.displayName }));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="panel">
        <h3>{t('settings.users')}</h3>
        <ErrorBanner messages={[error, failure].filter(Boolean).map((e) => errorText(e, t))} />
        {done && (
          <p className="banner banner-success" role="status" data-testid="user-change-done">
            {done}
          </p>
        )}
        {users.length === 0 ? (
          <p className="muted">{t('settings.noUsers')}</p>
        ) : (
          <UserTable
            users={users}
            me={me}
            manage={manage}
            busy={busy}
            onSetActive={(user, active) => void changeActive(user, active)}
            onReset={(user) => {
              setDone(null);
              setResetting(user);
            }}
          />
        )}
      </div>
      {resetting && <ResetSecretForm key={resetting.id} user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}

interface UserRowProps {
  user: User;
  me: User | null;
  /** The signed-in person may manage accounts: the row has an actions cell. */
  manage: boolean;
  busy: boolean;
  onSetActive: (active: boolean) => void;
  onReset: () => void;
}

function UserRow({ user, me, manage, busy, onSetActive, onReset }: UserRowProps) {
  const { t } = useTranslation();
  return (
    <tr className={user.active ? undefined : 'inactive'} data-testid={`user-row-${user.login}`}>
      <td>
        {user.displayName}
        {user.id === me?.id && t('accounts.you')}
      </td>
      <td className="mono">{user.login}</td>
      <td>{user.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator'))}</td>
      <td>{user.unit ?? ''}</td>
      <td>{t(`secretKinds.${user.secretKind}`)}</td>
      <td>{user.active ? t('users.active') : t('users.inactive')}</td>
      {manage && me && (
        <td>
          <UserActions user={user} me={me} mayChange={rolesWithin(me.roles, user.roles)} busy={busy} onSetActive={onSetActive} onReset={onReset} />
        </td>
      )}
    </tr>
  );
}

interface UserTableProps extends Pick<UserRowProps, 'me' | 'manage' | 'busy'> {
  users: User[];
  onSetActive: (user: User, active: boolean) => void;
  onReset: (user: User) => void;
}

function UserTable({ users, me, manage, busy, onSetActive, onReset }: UserTableProps) {
  const { t } = useTranslation();
  return (
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
            {manage && <th scope="col">{t('accounts.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} me={me} manage={manage} busy={busy} onSetActive={(active) => onSetActive(user, active)} onReset={() => onReset(user)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
