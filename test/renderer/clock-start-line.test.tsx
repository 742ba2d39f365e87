import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../shared/api/grading';
import { i18n } from '../../renderer/i18n/i18n';
import { ClockStartLine } from '../../renderer/screens/complaints/grading/ClockStartLine';

type GradeDeadline = Grade['deadlines'][number];
const base: GradeDeadline = {
  milestone: 'escalation',
  step: 'escalation.supervisor',
  source: 'seed002 客户管理制度8 具体内容6',
  due: null,
  provisional: false,
  agreed: false,
  pausedMinutes: 0,
  done: false,
  overdue: false,
  clockStartedAt: null,
  clockBasis: { kind: 'from' },
};
const line = (deadline: Partial<GradeDeadline>) => {
  cleanup();
  render(<ClockStartLine deadline={{ ...base, ...deadline }} timeZone="Asia/Shanghai" />);
  return screen.queryByTestId('clock-start-escalation.supervisor')?.textContent ?? null;
};

describe('the line saying when a step’s clock started and why (seed002 客户管理制度8 具体内容6 接报后)', () => {
  it('names who was told, when and how, once recorded', async () => {
    await i18n.changeLanguage('zh-CN');
    const text = line({ due: '2026-03-05T06:35:00.000Z', clockStartedAt: '2026-03-05T06:30:00.000Z', clockBasis: { kind: 'notified', party: 'station_lead', whom: '王站长', way: 'phone' } });
    expect(text).toBe('自 2026-03-05 14:30 接报（通知 王站长，电话）起算');
  });

  it('says what the step waits for before the person is told, and before a document’s date is entered', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(line({ clockBasis: { kind: 'notified', party: 'station_lead', whom: null, way: null } })).toBe('待记录通知站长/网点负责人的时间后起算');
  });

  it('counts from a document’s date, in English too', async () => {
    await i18n.changeLanguage('en');
    expect(line({ clockStartedAt: '2026-11-12T16:00:00.000Z', clockBasis: { kind: 'document', fact: 'testReportReceivedOn', date: '2026-11-13' } })).toBe(
      'counted from 2026-11-13 (day the customer received the test report)',
    );
    await i18n.changeLanguage('zh-CN');
  });

  it('says whose approval the step waits for, then who approved it and when (seed003 篇1 4.4 经批准后于1小时内)', async () => {
    await i18n.changeLanguage('zh-CN');
    const waiting: GradeDeadline['clockBasis'] = { kind: 'approval', step: 'approve', roles: [{ zh: '直属上级', en: 'Direct superior' }], byName: null };
    expect(line({ clockBasis: waiting })).toBe('尚未起算——待 直属上级 审批');
    const given = { ...waiting, byName: '刘强' };
    expect(line({ due: '2026-11-23T06:00:00.000Z', clockStartedAt: '2026-11-23T05:00:00.000Z', clockBasis: given })).toBe('自 2026-11-23 13:00 刘强（直属上级）审批起算');
    await i18n.changeLanguage('en');
    expect(line({ clockBasis: waiting })).toBe('not started yet — waits for the approval by Direct superior');
    expect(line({ clockStartedAt: '2026-11-23T05:00:00.000Z', clockBasis: given })).toBe('counted from 2026-11-23 13:00, the approval by 刘强 (Direct superior)');
    await i18n.changeLanguage('zh-CN');
  });

  it('shows nothing for a step counted as before and not started yet', () => {
    expect(line({})).toBeNull();
  });

  it('says the clock counts anew from the escalation to the next level (seed002 客户管理制度14 5.3.1.6), in both languages', async () => {
    await i18n.changeLanguage('zh-CN');
    const restarted: Partial<GradeDeadline> = { clockStartedAt: '2026-11-25T06:00:00.000Z', clockBasis: { kind: 'restarted', reasonCode: 'callback_dissatisfied' } };
    expect(line(restarted)).toBe('自 2026-11-25 14:00 升级到下一级别后重新起算');
    await i18n.changeLanguage('en');
    expect(line(restarted)).toBe('counted anew from the escalation to the next level at 2026-11-25 14:00');
    await i18n.changeLanguage('zh-CN');
  });
});

