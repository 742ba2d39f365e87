import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §4: the personal-information self-check (seed002 客户管理制度1 第二十六–三十八条) starts with the
 * evidence of this store: accounts with the full-data right, on the demo PIN, their PIN days, disabled and
 * never-used accounts, sign-ins, the access register since the last self-check, destruction records. The
 * computed passes (第三十一条, 第三十七条) follow the counts; the evidence is never typed.
 */

let core: TestCore;
afterEach(() => core?.close());

const TEMPLATE = 'privacy.personal-info-self-check';

async function postalSite() {
  core = await openTestCore();
  const lead = await core.signIn('wangjg');
  await core.call('profiles.setSiteProfile', { profileId: 'postal-outlet' }, lead);
  return lead;
}

const start = (session: string) => core.call('checklists.start', { templateId: TEMPLATE, resume: false }, session);

describe('the self-check’s evidence from the store', () => {
  it('starts on version 1.1.0 with the accounts that may see personal data in full, and no other account', async () => {
    const lead = await postalSite();
    const users = await core.call('users.list', {}, lead);
    const record = await start(lead);
    expect(record.templateVersion).toBe('1.1.0');
    const readers = users.filter((u) => u.active && u.roles.some((r) => ['station_lead', 'call_centre', 'unit_head'].includes(r)));
    expect(record.answers['a34-readers-count']).toBe(readers.length);
    for (const u of readers) expect(record.answers['a34-readers-names']).toContain(u.displayName);
    expect(record.answers['a34-readers-names']).not.toContain('李梅');
  });

  it('第三十一条: every demo account on 123456 fails the check; with each PIN changed but one it still fails, with none it passes', async () => {
    const lead = await postalSite();
    const onDemoPin = (await core.call('users.list', {}, lead)).filter((u) => u.active && u.login !== 'admin');
    let record = await start(lead);
    expect(record.answers['a31-default-count']).toBe(onDemoPin.length);
    // One PIN changed through the app; the same (non-demo) hash then given to every other account but the lead's.
    const limei = onDemoPin.find((u) => u.login === 'limei')!;
    await core.call('users.resetSecret', { userId: limei.id, ownSecret: '123456', secretKind: 'pin', secret: '246810' }, lead);
    const db = core.context.store.read;
    const changed = (db.prepare('SELECT secret_hash FROM users WHERE id = ?').get(limei.id) as { secret_hash: string }).secret_hash;
    db.prepare("UPDATE users SET secret_hash = ? WHERE login NOT IN ('wangjg', 'admin')").run(changed);
    record = await core.call('checklists.refreshEvidence', { id: record.id, version: record.version }, lead);
    expect(record.answers['a31-default-count']).toBe(1);
    expect(record.answers['a31-default-names']).toBe('王建国');
    db.prepare("UPDATE users SET secret_hash = ? WHERE login = 'wangjg'").run(changed);
    record = await core.call('checklists.refreshEvidence', { id: record.id, version: record.version }, lead);
    expect(record.answers['a31-default-count']).toBe(0);
    expect(record.answers['a31-default-names']).toBe('无');
    expect(record.answers['a35-secret-ages']).toContain('王建国');
  });

  it('第三十八条: a disabled account is listed with its day and leaves the active lists; a new account is never signed in', async () => {
    const lead = await postalSite();
    const users = await core.call('users.list', {}, lead);
    const zhangwei = users.find((u) => u.login === 'zhangwei')!;
    await core.call('users.setActive', { userId: zhangwei.id, active: false }, lead);
    await core.call('users.create', { login: 'newbie', displayName: '新同事', roles: ['receiver'], secretKind: 'pin', secret: '975310' }, lead);
    const record = await start(lead);
    expect(record.answers['a38-disabled']).toMatch(new RegExp(`${zhangwei.displayName}（\\d{4}-\\d{2}-\\d{2} 禁用）`));
    expect(record.answers['a38-never-signed-in']).toContain('新同事');
    expect(record.answers['a38-never-signed-in']).not.toContain('王建国');
    expect(record.answers['a38-last-sign-ins']).toMatch(/王建国 \d{4}-\d{2}-\d{2}/);
    expect(record.answers['a38-last-sign-ins']).not.toContain(zhangwei.displayName);
    expect(record.answers['a31-default-names']).not.toContain('新同事');
  });

  it('第三十七条: the register since the last completed self-check; an export entry without its place fails the computed check', async () => {
    const lead = await postalSite();
    await core.call('privacy.recordExport', { subject: '投诉台帐', rowCount: 12, reason: '月度上报' }, lead);
    await core.call('privacy.recordExport', { subject: '投诉台帐', rowCount: 3 }, lead);
    let record = await start(lead);
    expect(record.answers['a37-register']).toBe('首次自查，全部登记：查看完整个人信息 0 次；导出 2 次（未写用途 1 次）；删除、销毁 0 次');
    expect(record.answers['a37-incomplete-count']).toBe(0);
    // An entry as an older program or a damaged import may have left it: no place.
    core.context.store.read.prepare('DROP TRIGGER IF EXISTS personal_data_access_no_update').run();
    const triggers = core.context.store.read.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'personal_data_access'").all() as { name: string }[];
    for (const { name } of triggers) core.context.store.read.prepare(`DROP TRIGGER "${name}"`).run();
    core.context.store.read.prepare("UPDATE personal_data_access SET place = '' WHERE reason IS NULL").run();
    record = await core.call('checklists.refreshEvidence', { id: record.id, version: record.version }, lead);
    expect(record.answers['a37-incomplete-count']).toBe(1);
  });

  it('refuses a typed evidence answer', async () => {
    const lead = await postalSite();
    const record = await start(lead);
    const typed = await core.dispatch({ method: 'checklists.saveAnswers', input: { id: record.id, version: record.version, itemId: 'a31-default-count', value: 0 }, session: lead });
    expect(typed.ok ? null : typed.error).toMatchObject({ code: 'VALIDATION', reason: { key: 'checklists.errors.fromStoreItem' } });
  });

  it('a record started on 1.0.0 keeps its shape: no evidence is read into it', async () => {
    const lead = await postalSite();
    const record = await start(lead);
    core.context.store.read.prepare("UPDATE checklist_records SET template_version = '1.0.0', answers = '{}' WHERE id = ?").run(record.id);
    const refused = await core.dispatch({ method: 'checklists.refreshEvidence', input: { id: record.id, version: record.version }, session: lead });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CONFLICT', reason: { key: 'checklists.errors.noStoreEvidence' } });
  });
});
