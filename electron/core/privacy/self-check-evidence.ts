import { hasPermission, type Role } from '../../../shared/domain/roles';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import type { StoreEvidence } from '../../../shared/checklists/store-evidence';
import type { ReadDb } from '../db/handles';
import { DEMO_PIN } from '../demo/demo-credentials';
import { verifySecret } from '../users/passwords';
import { expiredCustomers } from './destruction';
import { accountRows, destructionsSince, lastCompletedAt, registerRowsSince, siteTimeZone, type AccountRow, type RegisterRow } from './self-check-evidence-repository';

/**
 * The evidence of the personal-information self-check (issue 19 §4, seed002 客户管理制度1 第二十六、三十一、
 * 三十四、三十五、三十七、三十八条), read from this store for shared/checklists/store-evidence.ts. Names, days
 * (the site's calendar) and counts only: no personal value of a customer, no secret.
 */

/** Names shown in one evidence text at most; the rest are counted. */
const MAX_NAMES = 40;
const NONE = '无';

function listed(names: readonly string[]): string {
  if (names.length === 0) return NONE;
  const shown = names.slice(0, MAX_NAMES).join('、');
  return names.length > MAX_NAMES ? `${shown} 等 ${names.length} 人` : shown;
}

/**
 * Active accounts whose PIN or password is still the one the app ships for its demo data (第三十一条: 不得使用
 * 供应商默认密码). Each check is a slow hash, so it runs before the record's transaction, one after another.
 */
export async function defaultSecretHolders(db: ReadDb): Promise<string[]> {
  const holders: string[] = [];
  for (const account of accountRows(db).filter((a) => a.active === 1)) {
    if (await verifySecret(DEMO_PIN, account.secret_hash)) holders.push(account.id);
  }
  return holders;
}

type Day = (iso: string) => string;

function accountEvidence(accounts: readonly AccountRow[], defaultHolders: ReadonlySet<string>, day: Day) {
  const active = accounts.filter((a) => a.active === 1);
  const disabled = accounts.filter((a) => a.active !== 1);
  const readers = active.filter((a) => hasPermission(JSON.parse(a.roles) as Role[], 'personal.readFull'));
  const onDefault = active.filter((a) => defaultHolders.has(a.id));
  const secretSet = (a: AccountRow) => a.secret_set_at ?? a.created_at;
  const neverSignedIn = active.filter((a) => a.last_sign_in_at === null);
  const signedIn = active.filter((a) => a.last_sign_in_at !== null).sort((a, b) => (a.last_sign_in_at! < b.last_sign_in_at! ? -1 : 1));
  return {
    fullReaderCount: readers.length,
    fullReaderNames: listed(readers.map((a) => a.display_name)),
    defaultSecretCount: onDefault.length,
    defaultSecretNames: listed(onDefault.map((a) => a.display_name)),
    secretAges: listed([...active].sort((a, b) => (secretSet(a) < secretSet(b) ? -1 : 1)).map((a) => `${a.display_name} ${day(secretSet(a))}`)),
    disabledNames: listed(disabled.map((a) => `${a.display_name}（${day(a.active_set_at ?? a.updated_at)} 禁用）`)),
    neverSignedInNames: listed(neverSignedIn.map((a) => a.display_name)),
    lastSignIns: listed(signedIn.map((a) => `${a.display_name} ${day(a.last_sign_in_at!)}`)),
  };
}

/** An export or deletion the register holds without its operator, time, place or matter (第三十七条). */
const incomplete = (row: RegisterRow) => row.action !== 'reveal' && [row.user_name, row.at, row.place, row.subject].some((v) => !v?.trim());

function registerSummary(rows: readonly RegisterRow[], since: string | null, day: Day): string {
  const reveals = rows.filter((r) => r.action === 'reveal');
  const byPerson = [...new Set(reveals.map((r) => r.user_name))].map((name) => `${name} ${reveals.filter((r) => r.user_name === name).length}`);
  const exports = rows.filter((r) => r.action === 'export');
  const noPurpose = exports.filter((r) => !r.reason?.trim()).length;
  const deletes = rows.filter((r) => r.action === 'delete').length;
  const period = since ? `自 ${day(since)} 上次自查以来` : '首次自查，全部登记';
  const revealText = reveals.length ? `查看完整个人信息 ${reveals.length} 次（${byPerson.join('、')}）` : '查看完整个人信息 0 次';
  return `${period}：${revealText}；导出 ${exports.length} 次（未写用途 ${noPurpose} 次）；删除、销毁 ${deletes} 次`;
}

/** Every fact of the self-check as this store holds it at `now`; `defaultHolders` from defaultSecretHolders. */
export function readStoreEvidence(db: ReadDb, templateId: string, now: Date, defaultHolders: readonly string[]): StoreEvidence {
  const timeZone = siteTimeZone(db);
  const day: Day = (iso) => siteDayOf(new Date(iso), timeZone);
  const since = lastCompletedAt(db, templateId);
  const register = registerRowsSince(db, since);
  const destroyed = destructionsSince(db, since);
  const awaiting = expiredCustomers(db, now).length;
  return {
    ...accountEvidence(accountRows(db), new Set(defaultHolders), day),
    registerSummary: registerSummary(register, since, day),
    registerIncompleteCount: register.filter(incomplete).length,
    destructionSummary: `${since ? `自 ${day(since)} 以来` : '全部'}销毁记录 ${destroyed.batches} 份（${destroyed.customers} 位客户）；保存期满待销毁的客户 ${awaiting} 位`,
  };
}
