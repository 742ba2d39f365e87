import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureRoles as Mapping } from '../../../shared/api/procedure';
import { citationText } from '../../../shared/sources/citation';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSettingsStore } from '../../stores/settings-store';
import { pick } from './rule-pack-text';

/**
 * 岗位与流程 (users.manage): the station lead assigns the posts the site's
 * rule pack names (一级受理人, 网点负责人, 酒庄领导…) to the site's users, one
 * tick per post; a user may hold several. Each tick is saved at once. Until
 * anyone is assigned, the app's own roles apply (the hint says so).
 */
export function ProcedureRoles() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const loadUsers = useSettingsStore((s) => s.loadUsers);

  useEffect(() => void loadUsers(), [loadUsers]);
  useEffect(() => {
    api.call('procedure.roles', {}).then(setMapping, setFailure);
  }, []);

  if (!mapping) return failure ? <ErrorBanner messages={[errorText(failure, t)]} /> : null;
  if (mapping.roles.length === 0) {
    return (
      <div className="panel" data-testid="procedure-roles">
        <h3>{t('procedure.title')}</h3>
        <p className="muted">{t('procedure.none')}</p>
      </div>
    );
  }

  const save = async (userId: string, roleIds: string[]) => {
    setBusy(true);
    setFailure(null);
    try {
      setMapping(await api.call('procedure.setHolder', { userId, roleIds }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const unheld = mapping.roles.filter((role) => !mapping.holders.some((h) => h.roleIds.includes(role.id)));
  const anyHeld = mapping.holders.length > 0;

  return (
    <div className="panel" data-testid="procedure-roles">
      <h3>{t('procedure.title')}</h3>
      <p className="field-hint">{t('procedure.hint')}</p>
      {failure !== null && <ErrorBanner messages={[errorText(failure, t)]} />}
      {anyHeld && unheld.length > 0 && (
        <p className="banner banner-hint" role="status" data-testid="procedure-unheld">
          {t('procedure.unheld', { roles: unheld.map((r) => pick(r.name, lang)).join('、') })}
        </p>
      )}
      <HoldersTable mapping={mapping} busy={busy} onToggle={(userId, roleIds) => void save(userId, roleIds)} />
    </div>
  );
}

/** A tick per active user and post; each tick sends the user's posts at once. */
function HoldersTable({ mapping, busy, onToggle }: { mapping: Mapping; busy: boolean; onToggle: (userId: string, roleIds: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const users = useSettingsStore((s) => s.users);
  const held = (userId: string) => mapping.holders.find((h) => h.userId === userId)?.roleIds ?? [];
  const toggle = (userId: string, roleId: string, on: boolean) => onToggle(userId, on ? [...held(userId), roleId] : held(userId).filter((r) => r !== roleId));
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('procedure.user')}</th>
          {mapping.roles.map((role) => (
            <th scope="col" key={role.id} title={citationText(role.source, lang)}>
              {pick(role.name, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(users ?? [])
          .filter((u) => u.active)
          .map((user) => (
            <tr key={user.id} data-testid={`procedure-user-${user.login}`}>
              <th scope="row">{user.displayName}</th>
              {mapping.roles.map((role) => (
                <td key={role.id}>
                  <input
                    type="checkbox"
                    aria-label={`${user.displayName}：${pick(role.name, lang)}`}
                    data-testid={`procedure-${user.login}-${role.id}`}
                    checked={held(user.id).includes(role.id)}
                    disabled={busy}
                    onChange={(e) => toggle(user.id, role.id, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
