import { afterEach, describe, expect, it } from 'vitest';
import type { OpinionEntry } from '../../shared/api/opinion-book';
import { countRows, openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

/** The demo site with its opinion book emptied: these tests count entries and checks from the first. */
async function openWithEmptyBook(): Promise<TestCore> {
  const opened = await openTestCore();
  opened.context.store.transaction((tx) => tx.exec('DELETE FROM opinion_book_entries; DELETE FROM opinion_book_checks;'));
  return opened;
}

/** Shanghai wall-clock time as a Date: the tests never read the machine's clock or its time of day. */
const sh = (local: string) => new Date(`${local}+08:00`);

const entry = { entryDate: '2026-11-23', entryType: 'complaint' as const, content: '柜台只开一个窗口，排队四十分钟，希望多开窗口。', contact: '139 1234 5678' };

async function refusal(method: 'opinionBook.check' | 'opinionBook.answer' | 'opinionBook.toComplaint' | 'opinionBook.record', input: unknown, login: string) {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) } as never);
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  return response.error;
}

describe('客户意见簿: the daily check (第九条(一) 每日查阅) in the site’s time zone', () => {
  it('counts a check for the Shanghai day it was made on, and warns again after Shanghai midnight', async () => {
    core = await openWithEmptyBook();
    core.clock.set(sh('2026-11-23T23:50')); // 15:50 UTC, still Monday in Shanghai
    // Sessions end after 15 idle minutes of the fake clock: sign in again after each jump.
    let clerk = await core.signIn('limei');
    let manager = await core.signIn('zhangwei');

    let overview = await core.call('opinionBook.overview', {}, clerk);
    expect(overview).toMatchObject({ today: '2026-11-23', checkedToday: false, lastCheck: null });

    const first = await core.call('opinionBook.record', entry, clerk);
    expect(first).toMatchObject({ entryNo: 1, reviewedAt: null, recordedByName: '李梅' });

    overview = await core.call('opinionBook.check', { note: '已查阅，新增 1 条' }, manager);
    expect(overview.checkedToday).toBe(true);
    expect(overview.todayChecks).toEqual([{ at: sh('2026-11-23T23:50').toISOString(), byName: '张伟', note: '已查阅，新增 1 条' }]);
    expect(overview.unanswered.map((e) => [e.entryNo, e.reviewedByName, e.reviewedAt])).toEqual([[1, '张伟', sh('2026-11-23T23:50').toISOString()]]);

    // 00:10 in Shanghai is still the 23rd in UTC: the check of 23:50 does not count for the new day.
    core.clock.set(sh('2026-11-24T00:10'));
    [clerk, manager] = [await core.signIn('limei'), await core.signIn('zhangwei')];
    overview = await core.call('opinionBook.overview', {}, clerk);
    expect(overview).toMatchObject({ today: '2026-11-24', checkedToday: false, todayChecks: [] });
    expect(overview.lastCheck?.at).toBe(sh('2026-11-23T23:50').toISOString());

    // An entry recorded after a check waits for the next one.
    const second = await core.call('opinionBook.record', { ...entry, entryDate: '2026-11-24', entryType: 'suggestion', contact: undefined }, clerk);
    expect(second.reviewedAt).toBeNull();
    await core.call('opinionBook.check', {}, manager);
    core.clock.set(sh('2026-11-24T23:59'));
    clerk = await core.signIn('limei');
    overview = await core.call('opinionBook.overview', {}, clerk);
    expect(overview).toMatchObject({ today: '2026-11-24', checkedToday: true });
    expect(overview.recent.find((e) => e.entryNo === 2)?.reviewedAt).toBe(sh('2026-11-24T00:10').toISOString());
    // The first entry keeps the check that first saw it.
    expect(overview.recent.find((e) => e.entryNo === 1)?.reviewedAt).toBe(sh('2026-11-23T23:50').toISOString());

    core.clock.set(sh('2026-11-25T00:00'));
    expect((await core.call('opinionBook.overview', {}, await core.signIn('limei'))).checkedToday).toBe(false);
  });

  it('refuses an entry dated after today (site day)', async () => {
    core = await openWithEmptyBook();
    core.clock.set(sh('2026-11-24T00:30')); // the 23rd in UTC
    const error = await refusal('opinionBook.record', { ...entry, entryDate: '2026-11-25' }, 'limei');
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'entryDate' }] });
    await expect(core.call('opinionBook.record', { ...entry, entryDate: '2026-11-24' }, await core.signIn('limei'))).resolves.toMatchObject({ entryNo: 1 });
  });

  it('gives Chinese field errors for an empty entry', async () => {
    core = await openWithEmptyBook();
    const error = await refusal('opinionBook.record', { entryDate: '', entryType: 'complaint', content: '  ' }, 'limei');
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'entryDate', message: '请填写日期（年-月-日）/ enter a date (yyyy-mm-dd)' },
        { path: 'content', message: '请照录客户所写内容' },
      ]),
    );
  });
});

describe('客户意见簿: handling opinion, signature and reply (第九条(四)(五))', () => {
  it('requires a reply time when the customer left contact details, and signs in the manager’s name', async () => {
    core = await openWithEmptyBook();
    const clerk = await core.signIn('limei');
    const withContact = await core.call('opinionBook.record', entry, clerk);
    const anonymous = await core.call('opinionBook.record', { ...entry, contact: undefined }, clerk);

    const error = await refusal('opinionBook.answer', { id: withContact.id, version: withContact.version, handlingOpinion: '已增开窗口' }, 'zhangwei');
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'customerRepliedAt' }] });
    expect(error.message).toContain('必须回复客户');

    core.clock.advance(60 * 60_000);
    const manager = await core.signIn('zhangwei');
    const answered = await core.call(
      'opinionBook.answer',
      { id: withContact.id, version: withContact.version, handlingOpinion: '已增开窗口，电话告知客户', customerRepliedAt: core.clock.now().toISOString() },
      manager,
    );
    expect(answered).toMatchObject({ handlingOpinion: '已增开窗口，电话告知客户', signedByName: '张伟', signedAt: core.clock.now().toISOString(), version: 2 });
    await expect(core.call('opinionBook.answer', { id: anonymous.id, version: 1, handlingOpinion: '已转告网点负责人' }, manager)).resolves.toMatchObject({ customerRepliedAt: null });
    expect((await core.call('opinionBook.overview', {}, manager)).unanswered).toEqual([]);

    // Someone who answered an older version is told it changed.
    expect(await refusal('opinionBook.answer', { id: withContact.id, version: 1, handlingOpinion: '重复', customerRepliedAt: core.clock.now().toISOString() }, 'wangjg')).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('客户意见簿 → 投诉登记', () => {
  it('creates the complaint through the complaint service, linked both ways, with audit and outbox rows in the same transaction', async () => {
    core = await openWithEmptyBook();
    const clerk = await core.signIn('limei');
    const written = await core.call('opinionBook.record', { ...entry, customerName: '孙女士' }, clerk);
    core.clock.advance(30 * 60_000);
    const manager = await core.signIn('zhangwei');
    const before = countRows(core);
    const { entry: linked, complaint } = await core.call('opinionBook.toComplaint', { id: written.id, version: written.version }, manager);
    expect(linked.complaint).toEqual(complaint);
    expect(complaint.serial).toMatch(/^YY42-20261123-\d{4}$/);

    const record = await core.call('complaints.get', { id: complaint.id }, manager);
    expect(record).toMatchObject({ channel: 'opinion_book', kind: 'complaint', customerName: '孙女士', customerPhone: '139 **** 5678', content: entry.content, receivedAt: written.recordedAt, firstReceiverName: '张伟' });
    // The complaint's handling log names the entry it came from.
    const fromBook = record.workflow.events.find((e) => e.action === 'log');
    expect(fromBook?.details).toMatchObject({ text: '由客户意见簿第 1 条（2026-11-23）转入', opinionEntryId: written.id });
    // And the record points back to the entry.
    expect(record.fromOpinionEntry).toEqual({ id: written.id, entryNo: 1, entryDate: '2026-11-23' });

    const after = countRows(core);
    expect(after.complaints).toBe(before.complaints + 1);
    // complaint created + its log event + the entry's link: three audited, synced changes.
    expect(after.outbox - before.outbox).toBe(3);
    expect(after.audit - before.audit).toBe(3);

    expect(await refusal('opinionBook.toComplaint', { id: written.id, version: linked.version }, 'zhangwei')).toMatchObject({ code: 'CONFLICT' });
  });

  it('leaves nothing behind when the link cannot be written', async () => {
    core = await openWithEmptyBook();
    const written = await core.call('opinionBook.record', entry, await core.signIn('limei'));
    // Fail the last statement of the conversion: the complaint written before it must roll back too.
    (core.context.store.read as unknown as { exec(sql: string): void }).exec(
      "CREATE TRIGGER refuse_link BEFORE UPDATE OF complaint_id ON opinion_book_entries BEGIN SELECT RAISE(ABORT, 'link refused'); END",
    );
    const manager = await core.signIn('zhangwei');
    const before = countRows(core);
    const response = await core.dispatch({ method: 'opinionBook.toComplaint', input: { id: written.id, version: 1 }, session: manager });
    expect(response).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(countRows(core)).toEqual(before);
    const stored = await core.call('opinionBook.get', { id: written.id }, manager);
    expect(stored.complaint).toBeNull();
  });

  it('turns only complaints, not suggestions, into complaint records; a contact that is no phone number goes into the content', async () => {
    core = await openWithEmptyBook();
    const clerk = await core.signIn('limei');
    const suggestion = await core.call('opinionBook.record', { ...entry, entryType: 'suggestion' }, clerk);
    expect(await refusal('opinionBook.toComplaint', { id: suggestion.id, version: 1 }, 'zhangwei')).toMatchObject({ code: 'CONFLICT' });

    const byMail = await core.call('opinionBook.record', { ...entry, contact: 'sun@example.cn' }, clerk);
    const { complaint } = await core.call('opinionBook.toComplaint', { id: byMail.id, version: 1 }, await core.signIn('wangjg'));
    const record = await core.call('complaints.get', { id: complaint.id }, clerk);
    expect(record.customerPhone).toBeNull();
    expect(record.customerName).toBe('意见簿留言客户（未留姓名）');
    expect(record.content).toContain('（客户所留联系方式：sun@example.cn）');
  });
});

describe('客户意见簿: permissions', () => {
  it('lets every employee transcribe entries, but only the complaint manager, call centre or outlet head check, answer and convert', async () => {
    core = await openWithEmptyBook();
    const written: OpinionEntry = await core.call('opinionBook.record', entry, await core.signIn('limei'));
    expect(await refusal('opinionBook.check', {}, 'limei')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('opinionBook.answer', { id: written.id, version: 1, handlingOpinion: '好', customerRepliedAt: core.clock.now().toISOString() }, 'limei')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('opinionBook.toComplaint', { id: written.id, version: 1 }, 'chenzm')).toMatchObject({ code: 'FORBIDDEN' });
    for (const login of ['zhangwei', 'zhaoli', 'wangjg']) await expect(core.call('opinionBook.check', {}, await core.signIn(login))).resolves.toMatchObject({ checkedToday: true });
  });
});
