import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { NotificationItem } from '../../shared/api/notifications';
import type { User } from '../../shared/api/users';
import { limei, renderSignedIn } from './fixtures';

const liuqiang: User = { ...limei, id: 'u-liuqiang', login: 'liuqiang', displayName: '刘强', roles: ['unit_head'] };

function item(overrides: Partial<NotificationItem>): NotificationItem {
  return {
    id: 'n-1',
    complaintId: 'c-1',
    serial: 'YY42-20261123-0001',
    customerName: '欧阳晓芸',
    obligation: 'major.department',
    event: null,
    level: 0,
    escalationOf: null,
    notify: [{ zh: '相关部门', en: 'Relevant department' }],
    recipients: ['unit_head'],
    copies: [],
    source: 'seed002 客户管理制度8 具体内容6',
    choice: {
      zh: '“须在3分钟内知会相关部门作应急处理”：相关部门对应“部门负责人”角色，从受理起算。',
      en: '“须在3分钟内知会相关部门作应急处理”: 相关部门 → the unit head role, from receipt.',
    },
    limit: { unit: 'minutes', amount: 3 },
    confirmByPhone: false,
    startsAt: '2026-11-23T02:00:00.000Z',
    dueAt: '2026-11-23T02:03:00.000Z',
    createdAt: '2026-11-23T02:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedByName: null,
    acknowledgedAtHeadOffice: false,
    phoneConfirmedAt: null,
    phoneConfirmedByName: null,
    phoneReached: null,
    phoneNote: null,
    writtenDueAt: null,
    writtenAt: null,
    writtenByName: null,
    writtenText: null,
    escalatedAt: null,
    overdue: true,
    concerns: 'to',
    read: false,
    canAcknowledge: true,
    canConfirmPhone: false,
    canRecordWritten: false,
    version: 1,
    ...overrides,
  };
}

const mustAcknowledge = item({});
const copied = item({
  id: 'n-2',
  serial: 'YY42-20261123-0002',
  obligation: 'major.copy-unit-heads',
  notify: [{ zh: '各单位相关负责人（抄送）', en: 'Responsible unit heads (copied)' }],
  recipients: [],
  copies: ['unit_head'],
  source: 'seed003 篇6 第十九条',
  choice: null,
  limit: { term: 'unstated' },
  dueAt: null,
  overdue: false,
  concerns: 'copy',
  canAcknowledge: false,
});
const phoneCall = item({
  id: 'n-3',
  obligation: 'major.board',
  notify: [{ zh: '董事领导（电话上报）', en: 'Board leader (by phone)' }],
  recipients: ['general_manager'],
  confirmByPhone: true,
  writtenDueAt: '2026-11-25T02:00:00.000Z',
  overdue: false,
  concerns: 'none',
  read: true,
  canAcknowledge: false,
  canConfirmPhone: true,
  canRecordWritten: true,
});

describe('通知: the inbox', () => {
  it('shows the badge, lists unread first with who must be told, the limit and the source, and acknowledges', async () => {
    const user = userEvent.setup();
    let acknowledged = false;
    const { bridge } = await renderSignedIn(liuqiang, {
      'notifications.summary': () => (acknowledged ? { unread: 1, overdue: 0 } : { unread: 2, overdue: 1 }),
      'notifications.inbox': () => ({ items: acknowledged ? [copied] : [mustAcknowledge, copied], unread: acknowledged ? 1 : 2, open: acknowledged ? 1 : 2 }),
      'notifications.acknowledge': () => {
        acknowledged = true;
        return { ...mustAcknowledge, acknowledgedAt: '2026-11-23T02:02:00.000Z', acknowledgedByName: '刘强', canAcknowledge: false, read: true, version: 2 };
      },
    });
    const badge = await screen.findByTestId('notification-badge');
    expect(badge.textContent).toBe('2');
    expect(badge.className).toContain('overdue');
    expect(badge.getAttribute('aria-label')).toBe('2 条未读');

    await user.click(screen.getByTestId('nav-notifications'));
    const cards = await screen.findAllByTestId('notification');
    expect(cards.map((c) => c.getAttribute('data-obligation'))).toEqual(['major.department', 'major.copy-unit-heads']);
    const first = within(cards[0]!);
    expect(first.getByText('相关部门')).toBeTruthy();
    expect(cards[0]!.textContent).toContain('已超时');
    expect(first.getByTestId('notification-to').textContent).toBe('部门负责人');
    expect(first.getByTestId('notification-due').textContent).toBe('2026年11月23日 10:03（3 分钟，起算 2026年11月23日 10:00）');
    expect(cards[0]!.textContent).toContain('《物业公司客户投诉处理制度》具体内容6');
    expect(cards[0]!.textContent).toContain('本程序的解释：“须在3分钟内知会相关部门作应急处理”：相关部门对应“部门负责人”角色，从受理起算。');
    expect(cards[0]!.textContent).not.toContain('the unit head role');
    const second = within(cards[1]!);
    expect(cards[1]!.textContent).toContain('抄送');
    expect(second.getByTestId('notification-due').textContent).toContain('未设时限（来源未规定时限（本站设定）');
    expect(second.queryByTestId('notification-acknowledge')).toBeNull();

    await user.click(first.getByTestId('notification-acknowledge'));
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(1));
    expect(bridge.callsTo('notifications.acknowledge')[0]?.input).toEqual({ id: 'n-1', version: 1 });
    await waitFor(() => expect(screen.getByTestId('notification-badge').className).not.toContain('overdue'));
  });

  it('marks a copy read, and says why the core refused, in the reader’s language and time zone', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(liuqiang, {
      'notifications.summary': () => ({ unread: 1, overdue: 0 }),
      'notifications.inbox': () => ({ items: [mustAcknowledge, copied], unread: 2, open: 2 }),
      'notifications.markRead': () => ({ read: 1 }),
      'notifications.acknowledge': () => {
        throw ApiError.because('CONFLICT', 'notifications.errors.alreadyAcknowledged', { at: { at: '2026-11-23T02:04:00.000Z' }, name: '张伟' });
      },
    });
    await user.click(screen.getByTestId('nav-notifications'));
    const [first, second] = await screen.findAllByTestId('notification');
    await user.click(within(second!).getByTestId('notification-mark-read'));
    await waitFor(() => expect(bridge.callsTo('notifications.markRead')[0]?.input).toEqual({ ids: ['n-2'] }));
    await user.click(within(first!).getByTestId('notification-acknowledge'));
    expect(await within(first!).findByText('张伟 已于 2026年11月23日 10:04 确认收到')).toBeTruthy();
  });

  it('records the phone call and the written report where the obligation asks for them, checking the form first', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(liuqiang, {
      'notifications.inbox': () => ({ items: [phoneCall], unread: 0, open: 0 }),
      'notifications.confirmPhone': () => ({ ...phoneCall, phoneConfirmedAt: '2026-11-23T02:05:00.000Z', canConfirmPhone: false }),
      'notifications.recordWritten': () => ({ ...phoneCall, writtenAt: '2026-11-24T02:00:00.000Z', canRecordWritten: false }),
    });
    await user.click(screen.getByTestId('nav-notifications'));
    const card = within(await screen.findByTestId('notification'));
    expect(screen.getByTestId('notification').textContent).toContain('须电话核实收到情况');
    expect(screen.getByTestId('notification').textContent).toContain('书面报告须于 2026年11月25日 10:00 前提交');

    await user.click(card.getByTestId('notification-phone'));
    await user.clear(card.getByTestId('phone-calledAt'));
    await user.type(card.getByTestId('phone-calledAt'), '2026-11-23T10:05');
    await user.click(card.getByTestId('notification-submit'));
    expect(await card.findByText('请填写接听人')).toBeTruthy();
    expect(bridge.callsTo('notifications.confirmPhone')).toEqual([]);
    await user.type(card.getByTestId('phone-reached'), '董事长办公室 王秘书');
    await user.click(card.getByTestId('notification-submit'));
    await waitFor(() => expect(bridge.callsTo('notifications.confirmPhone')).toHaveLength(1));
    expect(bridge.callsTo('notifications.confirmPhone')[0]?.input).toEqual({ id: 'n-3', version: 1, calledAt: '2026-11-23T02:05:00.000Z', reached: '董事长办公室 王秘书' });

    await user.click(await card.findByTestId('notification-written'));
    await user.type(card.getByTestId('written-text'), '已电话上报，书面报告见附件。');
    await user.click(card.getByTestId('notification-submit'));
    await waitFor(() => expect(bridge.callsTo('notifications.recordWritten')).toHaveLength(1));
    expect(bridge.callsTo('notifications.recordWritten')[0]?.input).toMatchObject({ id: 'n-3', version: 1, text: '已电话上报，书面报告见附件。' });
  });
});
