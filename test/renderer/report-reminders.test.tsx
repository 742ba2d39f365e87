import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportReminder } from '../../shared/api/notifications';
import { renderSignedIn, wangjg } from './fixtures';

/** 通知 → 报告到期提醒: the narrative reports this person signs that are due soon or overdue, 确认收到, and the setting of how early. */
function reminder(overrides: Partial<ReportReminder>): ReportReminder {
  return {
    id: 'r-1',
    kindId: 'insurance-p5-monthly-analysis-report',
    title: { zh: '月度投诉处理分析报告', en: 'Monthly complaint handling analysis report' },
    period: { kind: 'month', key: '2026-11', firstDay: '2026-11-01', lastDay: '2026-11-30' },
    step: 'dueSoon',
    dueDate: '2026-12-10',
    recipient: 'station_lead',
    signer: { zh: '分支机构负责人', en: 'Head of the sub-branch' },
    source: 'seed003 篇5 4.5.6 每月10日前',
    raisedAt: '2026-12-08T01:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedByName: null,
    closedAt: null,
    canAcknowledge: true,
    version: 1,
    ...overrides,
  };
}

describe('report reminders in the inbox', () => {
  it('lists the due-soon and overdue reminders with the due day and its source; 确认收到 takes one off the list', async () => {
    const user = userEvent.setup();
    let acknowledged = false;
    const overdue = reminder({ id: 'r-2', step: 'overdue', raisedAt: '2026-12-11T01:00:00.000Z' });
    const { bridge } = await renderSignedIn(wangjg, {
      'notifications.summary': () => ({ unread: acknowledged ? 1 : 2, overdue: 1 }),
      'notifications.inbox': () => ({ items: [], unread: 0, open: 0 }),
      'notifications.reportReminders': () => ({ items: acknowledged ? [overdue] : [overdue, reminder({})] }),
      'notifications.acknowledgeReminder': () => {
        acknowledged = true;
        return reminder({ acknowledgedAt: '2026-12-11T02:00:00.000Z', acknowledgedByName: '王建国', canAcknowledge: false, version: 2 });
      },
    });
    expect((await screen.findByTestId('notification-badge')).textContent).toBe('2');
    await user.click(screen.getByTestId('nav-notifications'));
    const section = await screen.findByTestId('report-reminders');
    expect(within(section).getByRole('heading').textContent).toBe('报告到期提醒');
    const cards = within(section).getAllByTestId('report-reminder');
    expect(cards.map((c) => c.getAttribute('data-step'))).toEqual(['overdue', 'dueSoon']);
    expect(cards[0]!.textContent).toContain('月度投诉处理分析报告 · 2026-11');
    expect(cards[0]!.textContent).toContain('已逾期未签发');
    expect(cards[1]!.textContent).toContain('即将到期');
    expect(within(cards[1]!).getByTestId('report-reminder-due').textContent).toBe('2026年12月10日');
    expect(cards[1]!.textContent).toContain('分支机构负责人');
    expect(cards[1]!.textContent).toContain('4.5.6 每月10日前');
    expect(cards[1]!.textContent).not.toContain('seed003');

    await user.click(within(cards[1]!).getByTestId('report-reminder-acknowledge'));
    await waitFor(() => expect(screen.getAllByTestId('report-reminder')).toHaveLength(1));
    expect(bridge.callsTo('notifications.acknowledgeReminder')[0]!.input).toEqual({ id: 'r-1', version: 1 });
    await waitFor(() => expect(screen.getByTestId('notification-badge').textContent).toBe('1'));

    await user.click(screen.getByTestId('lang-toggle'));
    await waitFor(() => expect(screen.getByTestId('report-reminder').textContent).toContain('Overdue, not issued'));
    expect(screen.getByTestId('report-reminder').textContent).toContain('Monthly complaint handling analysis report · 2026-11');
  });

  it('shows no section when nothing is due', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'notifications.inbox': () => ({ items: [], unread: 0, open: 0 }) });
    await user.click(screen.getByTestId('nav-notifications'));
    await screen.findByTestId('notifications-page');
    await waitFor(() => expect(screen.getByText('没有待处理的通知')).toBeTruthy());
    expect(screen.queryByTestId('report-reminders')).toBeNull();
  });
});

describe('通知设置: how early a report’s signer is reminded', () => {
  it('shows the site’s working days and saves a change; empty means only once overdue', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'notifications.setSettings': (input: Record<string, unknown>) => ({ ...input, version: 2 }),
    });
    await user.click(screen.getByTestId('nav-settings'));
    const days = (await screen.findByTestId('notify-report-reminder-days')) as HTMLInputElement;
    expect(days.value).toBe('3');
    await user.clear(days);
    await user.type(days, '5');
    await user.click(screen.getByTestId('notify-settings-save'));
    await waitFor(() => expect(bridge.callsTo('notifications.setSettings')).toHaveLength(1));
    expect(bridge.callsTo('notifications.setSettings')[0]!.input).toMatchObject({ reportReminderWorkingDays: 5, version: 1 });
    await user.clear(days);
    await user.click(screen.getByTestId('notify-settings-save'));
    await waitFor(() => expect(bridge.callsTo('notifications.setSettings')).toHaveLength(2));
    expect(bridge.callsTo('notifications.setSettings')[1]!.input).toMatchObject({ reportReminderWorkingDays: null, version: 2 });
  });
});
