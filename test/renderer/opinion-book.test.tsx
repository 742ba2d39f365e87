import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { OpinionBookOverview, OpinionEntry } from '../../shared/api/opinion-book';
import { descriptionOf, limei, renderSignedIn, wangjg } from './fixtures';
import type { FakeHandlers } from './fake-bridge';

const entry: OpinionEntry = {
  id: 'e-1',
  entryNo: 7,
  entryDate: '2026-11-23',
  entryType: 'complaint',
  content: '柜台只开一个窗口，排队四十分钟。',
  customerName: '孙女士',
  contact: '139 1234 5678',
  recordedAt: '2026-11-23T01:00:00.000Z',
  recordedByName: '李梅',
  reviewedAt: null,
  reviewedByName: null,
  handlingOpinion: null,
  signedAt: null,
  signedByName: null,
  customerRepliedAt: null,
  complaint: null,
  version: 1,
};

function overviewOf(overrides: Partial<OpinionBookOverview> = {}): OpinionBookOverview {
  return { today: '2026-11-23', checkedToday: false, todayChecks: [], lastCheck: null, unanswered: [entry], recent: [entry], ...overrides };
}

async function openBook(user = wangjg, overrides: FakeHandlers = {}) {
  const result = await renderSignedIn(user, { 'opinionBook.overview': () => overviewOf(), ...overrides });
  await userEvent.setup().click(screen.getByTestId('open-opinion-book'));
  await screen.findByTestId('daily-check');
  return result;
}

describe('客户意见簿: the daily check', () => {
  it('warns while the book has not been checked today, and a station lead records the check', async () => {
    const user = userEvent.setup();
    const checked = overviewOf({ checkedToday: true, todayChecks: [{ at: '2026-11-23T01:10:00.000Z', byName: '王建国', note: null }] });
    const { bridge } = await openBook(wangjg, { 'opinionBook.check': () => checked });
    expect(screen.getByTestId('nav-complaints').getAttribute('aria-current')).toBe('page');
    const state = screen.getByTestId('daily-check-state');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain('今天（2026-11-23）尚未查阅客户意见簿');
    expect(state.textContent).toContain('第九条');

    await user.type(screen.getByTestId('check-note'), '新增 1 条');
    await user.click(screen.getByTestId('record-check'));
    await waitFor(() => expect(screen.getByTestId('daily-check-state').getAttribute('data-checked')).toBe('true'));
    expect(screen.getByTestId('daily-check-state').textContent).toBe('今天（2026-11-23）已查阅：王建国 09:10');
    expect(bridge.callsTo('opinionBook.check')[0]?.input).toEqual({ note: '新增 1 条' });
  });

  it('shows a receiver the state but no check, signing or conversion', async () => {
    await openBook(limei);
    expect(screen.queryByTestId('record-check')).toBeNull();
    expect(screen.queryByTestId('to-complaint')).toBeNull();
    expect(screen.queryByTestId('answer-form-7')).toBeNull();
    expect(screen.getByTestId('opinion-entry-form')).toBeTruthy();
  });
});

describe('客户意见簿: transcribing an entry', () => {
  it('names the missing fields in Chinese without sending, then records the entry', async () => {
    const user = userEvent.setup();
    const { bridge } = await openBook(limei, { 'opinionBook.record': (input: Record<string, string>) => ({ ...entry, ...input, entryNo: 8 }) });
    const form = screen.getByTestId('opinion-entry-form');
    await user.clear(within(form).getByTestId('entry-entryDate'));
    await user.click(within(form).getByTestId('entry-save'));
    expect(descriptionOf(within(form).getByTestId('entry-entryDate'))).toBe('请填写日期');
    expect(form.textContent).toContain('请选择投诉或建议');
    expect(descriptionOf(within(form).getByTestId('entry-content'))).toBe('请照录客户所写内容');
    expect(bridge.callsTo('opinionBook.record')).toHaveLength(0);

    await user.type(within(form).getByTestId('entry-entryDate'), '2026-11-22');
    await user.click(within(form).getByTestId('entry-entryType-suggestion'));
    await user.type(within(form).getByTestId('entry-content'), '希望增设老年人座椅');
    await user.click(within(form).getByTestId('entry-save'));
    expect(await within(form).findByRole('status')).toHaveProperty('textContent', '已登记第 8 条');
    expect(bridge.callsTo('opinionBook.record')[0]?.input).toEqual({ entryDate: '2026-11-22', entryType: 'suggestion', content: '希望增设老年人座椅', customerName: '', contact: '' });
  });

  it('shows the core’s refusal under the date', async () => {
    const user = userEvent.setup();
    await openBook(limei, {
      'opinionBook.record': () => {
        throw new ApiError('VALIDATION', '日期不能晚于今天 / the date cannot be in the future', [{ path: 'entryDate', message: '日期不能晚于今天 / the date cannot be in the future' }]);
      },
    });
    const form = screen.getByTestId('opinion-entry-form');
    await user.click(within(form).getByTestId('entry-entryType-complaint'));
    await user.type(within(form).getByTestId('entry-content'), '排队太久');
    await user.click(within(form).getByTestId('entry-save'));
    await waitFor(() => expect(descriptionOf(within(form).getByTestId('entry-entryDate'))).toBe('日期不能晚于今天'));
  });
});

describe('客户意见簿: handling opinion and conversion', () => {
  it('asks for the reply time of a customer who left contact details, then signs', async () => {
    const user = userEvent.setup();
    const { bridge } = await openBook(wangjg, { 'opinionBook.answer': (input: { handlingOpinion: string }) => ({ ...entry, handlingOpinion: input.handlingOpinion, signedByName: '王建国', version: 2 }) });
    const form = screen.getByTestId('answer-form-7');
    expect(descriptionOf(within(form).getByTestId('answer-customerRepliedAt'))).toContain('客户留有联系方式的，必须回复客户');
    await user.clear(within(form).getByTestId('answer-customerRepliedAt'));
    await user.click(within(form).getByTestId('answer-submit'));
    expect(descriptionOf(within(form).getByTestId('answer-handlingOpinion'))).toBe('请填写处理意见');
    expect(descriptionOf(within(form).getByTestId('answer-customerRepliedAt'))).toContain('请填写回复客户的时间');
    expect(bridge.callsTo('opinionBook.answer')).toHaveLength(0);

    await user.type(within(form).getByTestId('answer-handlingOpinion'), '已增开窗口，电话告知客户');
    await user.type(within(form).getByTestId('answer-customerRepliedAt'), '2026-11-23T10:30');
    await user.click(within(form).getByTestId('answer-submit'));
    await waitFor(() => expect(bridge.callsTo('opinionBook.answer')).toHaveLength(1));
    expect(bridge.callsTo('opinionBook.answer')[0]?.input).toEqual({ id: 'e-1', version: 1, handlingOpinion: '已增开窗口，电话告知客户', customerRepliedAt: '2026-11-23T02:30:00.000Z' });
  });

  it('turns a complaint entry into a complaint with one click and links to it', async () => {
    const user = userEvent.setup();
    const { bridge } = await openBook(wangjg, { 'opinionBook.toComplaint': () => ({ entry: { ...entry, version: 2 }, complaint: { id: 'c-1', serial: 'YY42-20261123-0003' } }) });
    await user.click(screen.getByTestId('to-complaint'));
    expect((await screen.findByTestId('open-converted')).textContent).toBe('打开投诉 YY42-20261123-0003');
    expect(bridge.callsTo('opinionBook.toComplaint')[0]?.input).toEqual({ id: 'e-1', version: 1 });
    await user.click(screen.getByTestId('open-converted'));
    await screen.findByTestId('complaint-detail');
  });
});

describe('客户意见簿: the entries table', () => {
  it('names its column of buttons for a screen reader, though it shows no heading (issue 20 item 12)', async () => {
    await openBook();
    const row = (await screen.findAllByTestId('opinion-entry-row'))[0]!;
    const table = row.closest('table')!;
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.at(-1)?.textContent).toBe('操作');
    expect(headers.every((h) => h.textContent !== '')).toBe(true);
  });
});

describe('客户意见簿: the printed page', () => {
  it('prints the blank page and a filled one', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await openBook(wangjg, { 'opinionBook.overview': () => overviewOf({ unanswered: [], recent: [{ ...entry, handlingOpinion: '已增开窗口', signedByName: '王建国', signedAt: '2026-11-23T02:30:00.000Z' }] }) });
    const page = screen.getByTestId('opinion-book-print');
    expect(page.getAttribute('data-filled')).toBe('false');
    expect(page.textContent).toContain('以下由投诉管理人填写');
    await user.click(screen.getByTestId('print-blank'));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(screen.getByTestId('print-row-7'));
    expect(print).toHaveBeenCalledTimes(2);
    expect(page.getAttribute('data-filled')).toBe('true');
    expect(page.textContent).toContain('柜台只开一个窗口');
    expect(page.textContent).toContain('☑ 投诉');
    expect(page.textContent).toContain('已增开窗口');
    print.mockRestore();
  });
});
