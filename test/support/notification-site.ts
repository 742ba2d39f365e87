import type { Role } from '../../shared/domain/roles';
import { rolesWithin } from '../../shared/domain/roles';
import { addHeadOfficeStaff } from './head-office-staff';
import { openTestCore, type TestCore } from './temp-core';

export const PEOPLE: Record<string, { name: string; roles: string[] }> = {
  wangjg: { name: '王建国', roles: ['station_lead'] },
  limei: { name: '李梅', roles: ['receiver'] },
  zhangwei: { name: '张伟', roles: ['handler'] },
  zhaoli: { name: '赵丽', roles: ['call_centre'] },
  liuqiang: { name: '刘强', roles: ['unit_head'] },
  chenzm: { name: '陈志明', roles: ['leader_in_charge'] },
  zhouht: { name: '周海涛', roles: ['general_manager'] },
};

/**
 * A fresh site on `pack` without demo records (so every notification is the
 * test's own), staffed like the demo: the same logins, names and roles, PIN 123456.
 */
export async function openSiteWithPack(pack = 'sichuan-group-p6'): Promise<TestCore> {
  const core = await openTestCore({ demo: false });
  const { session } = await core.call('setup.initialise', {
    site: { code: 'YY42', name: '阳42井站', organisation: '测试', profile: 'generic', rulePack: pack },
    admin: { login: 'wangjg', displayName: PEOPLE.wangjg!.name, roles: ['station_lead'], secretKind: 'pin', secret: '123456' },
  });
  for (const [login, person] of Object.entries(PEOPLE)) {
    if (login === 'wangjg') continue;
    const roles = person.roles as Role[];
    // Company-level posts come from head office's staff list: a station lead may not create them (issue 18 §1.4).
    if (rolesWithin(['station_lead'], roles)) await core.call('users.create', { login, displayName: person.name, roles, secretKind: 'pin', secret: '123456' }, session);
    else await addHeadOfficeStaff(core.context.store, [{ login, displayName: person.name, roles, unit: '' }]);
  }
  return core;
}

/** A site user's id, by login. */
export async function userIdOf(core: TestCore, login: string): Promise<string> {
  const users = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  return users.find((u) => u.displayName === PEOPLE[login]!.name)!.id;
}
