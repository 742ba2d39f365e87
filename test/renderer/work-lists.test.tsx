import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIST_COUNT_CAP } from '../../shared/api/complaints';
import { detailOf, renderSignedIn, sampleComplaint } from './fixtures';

const row = (n: number) => ({ ...sampleComplaint, id: `c-${n}`, serial: `YY42-20260301-${String(n).padStart(4, '0')}` });
const page = (items: unknown[], more: Partial<{ total: number | null; totalCapped: boolean; nextCursor: string | null }> = {}) => ({
  items,
  total: items.length,
  totalCapped: false,
  nextCursor: null,
  ...more,
});

describe('work lists', () => {
  it('narrows any list to one handling unit, chosen from the units of the site’s people', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.list': (input: { unit?: string }) => page(input.unit === '维修班' ? [row(3)] : [row(1), row(2), row(3)]),
    });
    await screen.findAllByTestId('complaint-row');
    await waitFor(() => expect(within(screen.getByTestId('unit-filter')).getAllByRole('option').length).toBeGreaterThan(1));
    expect(within(screen.getByTestId('unit-filter')).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部单位', '客服中心', '维修班', '阳42井站']);
    await user.selectOptions(screen.getByTestId('unit-filter'), '维修班');
    await waitFor(() => expect(screen.getAllByTestId('complaint-row')).toHaveLength(1));
    expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'all', unit: '维修班' });
    await user.click(screen.getByTestId('work-list-tab-overdue'));
    expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'overdue', unit: '维修班' });
  });

  it('shows the tabs and asks the core for the chosen list; returning from a record keeps it', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.list': (input: { list?: string }) => page(input.list === 'overdue' ? [row(7)] : [row(1), row(2)]),
      'complaints.get': () => detailOf(row(7)),
    });
    await screen.findAllByTestId('complaint-row');
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['全部', '我的待办', '即将到期', '已超时', '待回访', '已升级', '未结案']);
    expect(screen.getByTestId('work-list-tab-all').getAttribute('aria-selected')).toBe('true');
    expect(bridge.callsTo('complaints.list')[0]?.input).toEqual({ limit: 50, list: 'all' });

    await user.click(screen.getByTestId('work-list-tab-overdue'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-row')).toHaveLength(1));
    expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'overdue' });
    expect(screen.getByTestId('work-list-tab-overdue').getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByTestId('complaint-row'));
    await user.click(await screen.findByRole('button', { name: '返回列表' }));
    await waitFor(() => expect(screen.getByTestId('work-list-tab-overdue').getAttribute('aria-selected')).toBe('true'));
    expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'overdue' });

    // Arrow keys move between the tabs and choose them.
    screen.getByTestId('work-list-tab-overdue').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('work-list-tab-awaitingCallBack'));
    await waitFor(() => expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'awaitingCallBack' }));
  });

  it('searches ~250 ms after typing stops, one call for the whole word, within the chosen list', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.list': (input: { query?: string }) => page(input.query ? [row(3)] : [row(1), row(2)]),
    });
    await screen.findAllByTestId('complaint-row');
    await user.click(screen.getByTestId('work-list-tab-open'));
    await waitFor(() => expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'open' }));
    const before = bridge.callsTo('complaints.list').length;
    const search = screen.getByTestId('complaint-search');
    expect(search.getAttribute('placeholder')).toBe('搜索编号、客户、电话或内容');
    await user.type(search, '罐车噪声');
    await waitFor(() => expect(screen.getAllByTestId('complaint-row')).toHaveLength(1));
    const searches = bridge.callsTo('complaints.list').slice(before);
    expect(searches.map((c) => c.input)).toEqual([{ limit: 50, list: 'open', query: '罐车噪声' }]);

    await user.clear(search);
    await waitFor(() => expect(bridge.callsTo('complaints.list').at(-1)?.input).toEqual({ limit: 50, list: 'open' }));
  });

  it('says when a search finds nothing', async () => {
    const user = userEvent.setup();
    await renderSignedIn(undefined, { 'complaints.list': (input: { query?: string }) => page(input.query ? [] : [row(1)]) });
    await screen.findAllByTestId('complaint-row');
    await user.type(screen.getByTestId('complaint-search'), '不存在');
    expect(await screen.findByText('没有找到与“不存在”相符的记录。')).toBeTruthy();
  });

  it('shows 共 N 条, or 500+ 条 when the core stopped counting; later pages keep the first page’s count', async () => {
    const user = userEvent.setup();
    await renderSignedIn(undefined, {
      'complaints.list': (input: { after?: string }) =>
        input.after ? page([row(3)], { total: null, nextCursor: null }) : page([row(1), row(2)], { total: LIST_COUNT_CAP, totalCapped: true, nextCursor: 'k2' }),
    });
    await screen.findAllByTestId('complaint-row');
    expect(screen.getByTestId('complaint-total').textContent).toBe('共 500+ 条');
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(screen.getAllByTestId('complaint-row')).toHaveLength(3));
    expect(screen.getByTestId('complaint-total').textContent).toBe('共 500+ 条');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('shows the exact count, the status, the handler and the due time of each row', async () => {
    const item = { ...row(1), status: 'in_progress', assigneeName: '张伟', dueAt: '2099-03-01T09:30:00.000Z', escalationCount: 2 };
    await renderSignedIn(undefined, { 'complaints.list': () => page([item], { total: 37 }) });
    const [first] = await screen.findAllByTestId('complaint-row');
    expect(screen.getByTestId('complaint-total').textContent).toBe('共 37 条');
    expect(within(first!).getByTestId('row-status').textContent).toBe('处理中已升级');
    expect(first!.textContent).toContain('张伟');
    expect(within(first!).getByTestId('row-due').textContent).toBe('2099-03-01 17:30');
    for (const header of ['状态', '处理人', '时限']) expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
  });

  it('renders every row of a normal page, and switches to a scrolling window only past 200 rows', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 200 }, (_, i) => row(i + 1));
    const second = Array.from({ length: 50 }, (_, i) => row(i + 201));
    await renderSignedIn(undefined, {
      'complaints.list': (input: { after?: string }) => (input.after ? page(second, { total: null }) : page(first, { total: 250, nextCursor: 'k' })),
    });
    expect(await screen.findAllByTestId('complaint-row')).toHaveLength(200);
    expect(screen.queryByTestId('complaint-table-virtual')).toBeNull();
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    const table = await screen.findByTestId('complaint-table-virtual');
    // jsdom has no layout, so the window is small; what matters is that it no longer renders all 250.
    expect(within(table).queryAllByTestId('complaint-row').length).toBeLessThan(250);
    expect(within(table).getByRole('table').getAttribute('aria-rowcount')).toBe('251');
  });
});
