import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { LEDGERS } from '../../shared/reports/ledgers';
import { SHIPPED_PACKS } from '../../shared/rules/packs';
import { findInternalIds, internalIdSource, isIdShaped } from '../support/internal-id-patterns';

const kindsIn = (text: string) => findInternalIds(text).map(({ kind, id }) => `${kind}:${id}`);

describe('the internal-id matcher of the end-to-end run (issue 20 item 5)', () => {
  it('flags a source id', () => {
    expect(kindsIn('依据 seed003 篇6 第三十一条')).toEqual(['source:seed003']);
  });

  it('flags every shipped pack, template, report and ledger id that is id-shaped, in a sentence and with a version', () => {
    const ids = [...SHIPPED_PACKS, ...SHIPPED_TEMPLATES, ...REPORT_DEFINITIONS, ...LEDGERS].map((entry) => entry.id).filter(isIdShaped);
    expect(ids.length).toBeGreaterThan(90);
    for (const id of ids) {
      expect(kindsIn(`规则包：${id}，版本 1.0`), id).toContain(`registry:${id}`);
      expect(kindsIn(`(${id}@1.2.0)`), id).toContain(`registry:${id}`);
    }
  });

  it('flags an id that is also two hyphenated words where it stands alone, not inside an English sentence', () => {
    expect(kindsIn('已发布 waiter-level 第 2 版')).toEqual(['registry:waiter-level']);
    expect(kindsIn('Template\twaiter-level\t2')).toEqual(['registry:waiter-level']);
    expect(kindsIn('keep improving well-station management')).toEqual([]);
  });

  it('flags API methods, permissions and event-log names as events', () => {
    expect(kindsIn('操作：complaints.create')).toEqual(['event:complaints.create']);
    expect(kindsIn('session.signIn by wangjg')).toEqual(['event:session.signIn']);
    expect(kindsIn('权限 complaint.assign 不足')).toEqual(['event:complaint.assign']);
    expect(kindsIn('capa.verify; sync.applyRulePack.')).toEqual(['event:capa.verify', 'event:sync.applyRulePack']);
  });

  it('flags workflow actions and codes as stored', () => {
    expect(kindsIn('动作 planSolution，状态 in_progress')).toEqual(['workflow:planSolution', 'workflow:in_progress']);
    expect(kindsIn('customer_contacted / basically_satisfied')).toEqual(['workflow:customer_contacted', 'workflow:basically_satisfied']);
  });

  it('flags a raw ISO timestamp, with or without seconds and zone', () => {
    expect(kindsIn('受理时间 2026-03-05T14:30')).toEqual(['timestamp:2026-03-05T14:30']);
    expect(kindsIn('at 2026-03-05T06:30:00.000Z')).toEqual(['timestamp:2026-03-05T06:30']);
  });

  it('does not flag ordinary Chinese and English text', () => {
    const ordinary = [
      '2026年3月5日 14:30 张三 指派给 李四，时限 3月8日',
      '5 Mar 2026, 14:30 Zhang San assigned it to Li Si; close the case, resume the clock, log a step.',
      'Accept, refer, resolve and escalate are buttons; pause and resume too.',
      '依据：《四川集团客户投诉管理办法》第三十一条',
      'In progress · Basically satisfied · Customer contacted',
      '已导出 report.pdf、complaints.xlsx 与 ledgers.csv',
      'A generic restaurant and a winery: well area check, bank outlet, coal mine.',
      '“Control legal risks, keep improving well-station management”; a coal-mine site; the waiter-level test',
      'Synced at 14:30. Reports. Sessions end after 15 minutes.',
      '日期 2026-03-05，时间 14:30；2026/03/05 14:30',
      'e-mail admin@example.com, seed-free text, seed1234',
    ];
    for (const text of ordinary) expect(findInternalIds(text), text).toEqual([]);
  });

  it('gives the browser one pattern that finds the same ids', () => {
    const pattern = new RegExp(internalIdSource(), 'g');
    expect([...'seed002 · bank-outlet · users.list · callBack · 2026-01-02T03:04'.matchAll(pattern)].map(([id]) => id)).toEqual([
      'seed002',
      'bank-outlet',
      'users.list',
      'callBack',
      '2026-01-02T03:04',
    ]);
  });
});
