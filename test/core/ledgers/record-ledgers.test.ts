import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBackCells, exportCells, extensionCells, mediaCells, opinionCells } from '../../../electron/core/ledgers/record-cells';
import * as repo from '../../../electron/core/ledgers/ledgers-repository';
import { recordEvent } from '../../../electron/core/change-log/change-log';
import { CALL_BACK_FIELDS, EXPORT_FIELDS, EXTENSION_FIELDS, MEDIA_FIELDS, OPINION_FIELDS } from '../../../shared/reports/ledgers/fields';
import { column, openFixture, sh, TODAY, type Fixture } from './ledger-fixture';

/**
 * Ledgers of the records beside complaints, over the fixture's complaints and:
 * - opinion book: entry 1 dated 09-12 (a complaint with contact details, answered and signed by 王建国, customer told 09-13 09:00), entry 2 dated 10-02 (a suggestion); both transcribed by 李梅 (阳42井站);
 * - media: one radio-hotline incident on 09-18 10:00 (企划部 and 主管经理 told), one online post on 10-05;
 * - exports of the transfer file: 09-21 by 王建国 (12 records), 10-03 by 赵丽 (集团呼叫中心, 3 records), and an import on 09-22 that is not an export.
 */
let f: Fixture;
const at = (local: string) => f.core.clock.set(new Date(sh(local)));

beforeAll(async () => {
  f = await openFixture();
  const core = f.core;
  at('2026-09-12T18:00:00');
  const first = await core.call('opinionBook.record', { entryDate: '2026-09-12', entryType: 'complaint', content: '柜台只开一个窗口', customerName: '庚', contact: '139 0000 0007' }, await core.signIn('limei'));
  at('2026-09-13T09:30:00');
  await core.call('opinionBook.answer', { id: first.id, version: first.version, handlingOpinion: '高峰时段增开窗口', customerRepliedAt: sh('2026-09-13T09:00:00') }, await core.signIn('wangjg'));
  at('2026-10-02T18:00:00');
  await core.call('opinionBook.record', { entryDate: '2026-10-02', entryType: 'suggestion', content: '增设饮水机' }, await core.signIn('limei'));

  at('2026-09-18T11:00:00');
  const incident = await core.call('media.create', { occurredAt: sh('2026-09-18T10:00:00'), channel: 'livelihood_programme', mediaName: '泸州电台', programme: '行风热线', description: '热线反映抢修慢' }, await core.signIn('limei'));
  await core.call('media.notify', { id: incident.id, party: 'planning_dept', notifiedAt: sh('2026-09-18T10:20:00') }, await core.signIn('limei'));
  await core.call('media.notify', { id: incident.id, party: 'supervising_manager', notifiedAt: sh('2026-09-18T10:25:00') }, await core.signIn('limei'));
  at('2026-10-05T12:00:00');
  await core.call('media.create', { occurredAt: sh('2026-10-05T11:00:00'), channel: 'online', platform: '微博', description: '微博发帖' }, await core.signIn('limei'));

  const exported = (local: string, userId: string, action: string, entries: number) =>
    core.context.store.transaction((tx) => recordEvent(tx, { userId, at: new Date(sh(local)), action, entity: 'sync', entityId: `file-${local}`, detail: { entries, blobs: 0 } }));
  const colleagues = await core.call('users.colleagues', {}, await core.signIn('wangjg'));
  const zhaoli = colleagues.find((c) => c.displayName === '赵丽')!.id;
  exported('2026-09-21T10:00:00', f.ids.wangjg!, 'sync.exportTransfer', 12);
  exported('2026-09-22T10:00:00', f.ids.wangjg!, 'sync.importTransfer', 5);
  exported('2026-10-03T10:00:00', zhaoli, 'sync.exportTransfer', 3);
  at(TODAY);
});
afterAll(() => f.core.close());

describe('extension applications (篇6 第十八条、第二十七条)', () => {
  it('lists each request with the approver\'s decision, by the time it was asked', async () => {
    const sheet = await f.sheet({ ledgerId: 'group.extensions', period: '2026-09' });
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      {
        serial: f.serials.A,
        customer: '欧阳甲',
        unit: '阳42井站',
        'requested-at': sh('2026-09-04T10:00:00'),
        'requested-by': '张伟',
        type: 'special_circumstance',
        reason: '需协调村委会',
        'new-due': sh('2026-09-11T17:00:00'),
        consent: null,
        status: 'approved',
        approver: '陈志明',
        'decided-at': sh('2026-09-04T11:00:00'),
      },
    ]);
    expect((await f.sheet({ ledgerId: 'group.extensions', period: '2026-10' })).rows).toEqual([]);
    expect((await f.sheet({ ledgerId: 'group.extensions', period: '2026-09', unit: '采气作业区' })).rows).toEqual([]);
    expect(column(await f.sheet({ ledgerId: 'group.extensions', serial: f.serials.A }), 'reason')).toEqual(['需协调村委会']);
    expect((await f.sheet({ ledgerId: 'group.extensions', serial: f.serials.B })).rows).toEqual([]);
  });
});

describe('the customer\'s feedback on the result (客户管理制度6 3、3)', () => {
  it('is one line per call-back', async () => {
    const sheet = await f.sheet({ ledgerId: 'lab.result-feedback', period: '2026-09' });
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      { serial: f.serials.A, customer: '欧阳甲', result: '罐车改为白天通行', at: sh('2026-09-05T10:00:00'), opinion: '满意', satisfied: true, 'customer-sign': null },
    ]);
  });
});

describe('客户意见簿 (客户管理制度4 第三条、第九条)', () => {
  it('lists the entries of the period by their date, with the signed opinion and the reply', async () => {
    const sheet = await f.sheet({ ledgerId: 'bank.opinion-book', period: '2026-09' });
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      {
        'entry-no': 3, // the demo book's two November entries came first
        date: '2026-09-12',
        type: 'complaint',
        content: '柜台只开一个窗口',
        customer: '庚',
        contact: '139 **** 0007', // printed masked (issue 19 §4)
        opinion: '高峰时段增开窗口',
        'signed-by': '王建国',
        'replied-at': sh('2026-09-13T09:00:00'),
        complaint: null,
      },
    ]);
    expect(column(await f.sheet({ ledgerId: 'bank.opinion-book', period: '2026-10' }), 'type')).toEqual(['suggestion']);
    expect((await f.sheet({ ledgerId: 'bank.opinion-book', period: '2026-09', unit: '采气作业区' })).rows).toEqual([]);
  });
});

describe('负面新闻台账 (seed001 S1)', () => {
  it('lists the incidents with who was notified', async () => {
    const sheet = await f.sheet({ ledgerId: 's1.negative-news', period: '2026-09' });
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.cells).toMatchObject({
      'occurred-at': sh('2026-09-18T10:00:00'),
      channel: 'livelihood_programme',
      'media-name': '泸州电台',
      programme: '行风热线',
      notified: [
        { zh: '企划部', en: 'Planning department' },
        { zh: '主管经理', en: 'Supervising manager' },
      ],
      status: 'open',
    });
    expect(column(await f.sheet({ ledgerId: 's1.negative-news', period: '2026-10' }), 'platform')).toEqual(['微博']);
  });
});

describe('bulk export log (客户管理制度1 第三十七条)', () => {
  it('reads the exports of the transfer file from the audit log, with who, when, where and what', async () => {
    const sheet = await f.sheet({ ledgerId: 'postal.bulk-operations', period: '2026-09' });
    expect(sheet.rows.map((r) => r.cells)).toEqual([{ at: sh('2026-09-21T10:00:00'), by: '王建国', place: '阳42井站（YY42）', matter: 'syncTransfer', entries: 12, reviewer: null }]);
    expect(column(await f.sheet({ ledgerId: 'postal.bulk-operations', period: '2026-09-01..2026-10-15', unit: '集团呼叫中心' }), 'by')).toEqual(['赵丽']);
  });

  it('is the station lead\'s to read: a receiver is refused and nothing is read', async () => {
    expect(await f.refused({ ledgerId: 'postal.bulk-operations', period: '2026-09' }, 'limei')).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'ledgers.errors.forbidden' } });
  });
});

describe('every record builds every field of its catalogue', () => {
  it('extension, call-back, opinion entry, incident and export', () => {
    const db = f.core.context.store.read;
    const range = { from: sh('2026-09-01T00:00:00'), to: sh('2026-11-01T00:00:00'), unit: null, limit: 10 };
    const keys = (cells: object) => Object.keys(cells).sort();
    expect(keys(extensionCells(repo.extensionsInRange(db, range)[0]!).cells)).toEqual(Object.keys(EXTENSION_FIELDS).sort());
    expect(keys(callBackCells(repo.callBacksInRange(db, range)[0]!).cells)).toEqual(Object.keys(CALL_BACK_FIELDS).sort());
    expect(keys(opinionCells(repo.opinionEntriesInDays(db, { fromDay: '2026-09-01', toDay: '2026-10-31', unit: null, limit: 10 })[0]!).cells)).toEqual(Object.keys(OPINION_FIELDS).sort());
    expect(keys(mediaCells(db, repo.mediaIncidentsInRange(db, range)[0]!).cells)).toEqual(Object.keys(MEDIA_FIELDS).sort());
    expect(keys(exportCells(repo.transferExportsInRange(db, range)[0]!, { name: '阳42井站', code: 'YY42' }).cells)).toEqual(Object.keys(EXPORT_FIELDS).sort());
  });
});
