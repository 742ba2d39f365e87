import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { DRAFT_SAVE_DELAY_MS } from '../../renderer/hooks/use-draft';
import { fromDateTimeLocal, toDateTimeLocal } from '../../renderer/lib/zoned-time';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import type { FakeHandlers } from './fake-bridge';
import { detailOf, sampleComplaint, wangjg } from './fixtures';
import { actionsSent, openDetail } from './workflow-helpers';

const assigned = (id: string): ComplaintDetail =>
  detailOf(
    { ...sampleComplaint, id, serial: `YY42-20260301-000${id.slice(-1)}`, status: 'assigned', version: 3, assigneeId: 'u-zhangwei', assigneeName: '张伟', unit: '维修班' },
    { validity: 'valid', actions: ['planSolution', 'log', 'refer', 'escalate'] },
  );
const first = assigned('c-1');
const second = assigned('c-2');

type Key = { form: string; complaintId?: string; action?: string };
const keyOf = (k: Key) => `${k.form}/${k.complaintId}/${k.action}`;

/** A core that keeps drafts as the real one does: per case and action, dropped with the action that is sent. */
function draftCore(extra: FakeHandlers = {}): FakeHandlers {
  const drafts = new Map<string, { data: Record<string, unknown>; savedAt: string; action?: string; complaintId?: string }>();
  return {
    'complaints.get': (input: { id: string }) => (input.id === 'c-2' ? second : first),
    'drafts.get': (k: Key) => drafts.get(keyOf(k)) ?? null,
    'drafts.save': (input: Key & { data: Record<string, unknown> }) => {
      const draft = { data: input.data, savedAt: new Date().toISOString(), action: input.action, complaintId: input.complaintId };
      drafts.set(keyOf(input), draft);
      return { data: draft.data, savedAt: draft.savedAt };
    },
    'drafts.discard': (k: Key) => {
      drafts.delete(keyOf(k));
      return null;
    },
    'drafts.actionsOf': (input: { complaintId: string }) => [...drafts.values()].filter((d) => d.complaintId === input.complaintId).map((d) => d.action),
    'complaints.act': (input: { id: string; action: { type: string } }) => {
      drafts.delete(keyOf({ form: 'complaint-action', complaintId: input.id, action: input.action.type }));
      return detailOf({ ...first, status: 'in_progress', version: 4 }, { validity: 'valid', actions: ['log'] });
    },
    ...extra,
  };
}

const go = (id: string) => act(async () => useNavigationStore.getState().go({ page: 'complaint-detail', id }));
const measures = () => screen.getByTestId('act-measures') as HTMLTextAreaElement;

afterEach(() => vi.restoreAllMocks());

describe('drafts of the 办理 forms (issue 20 item 1)', () => {
  it('keeps what was typed into 登记解决方案 while another case is open, and brings it back with a notice', async () => {
    const user = userEvent.setup();
    const { bridge } = await openDetail(first, wangjg, draftCore());
    await user.click(screen.getByTestId('action-planSolution'));
    await user.type(measures(), '更换罐车行驶路线，夜间禁行');
    await waitFor(() => expect(bridge.callsTo('drafts.save').length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getByTestId('draft-saved')).toBeTruthy());
    expect(bridge.callsTo('drafts.save').at(-1)!.input).toMatchObject({
      form: 'complaint-action',
      complaintId: 'c-1',
      action: 'planSolution',
      data: { resolverId: 'u-zhangwei', measures: '更换罐车行驶路线，夜间禁行', dueAt: '' },
    });

    // Another case: its own plan form starts empty.
    await go('c-2');
    await waitFor(() => expect(screen.getByTestId('detail-serial').textContent).toBe(second.serial));
    await user.click(screen.getByTestId('action-planSolution'));
    await waitFor(() => expect(bridge.callsTo('drafts.get').some((c) => (c.input as Key).complaintId === 'c-2')).toBe(true));
    expect(measures().value).toBe('');
    expect(screen.queryByTestId('draft-restored')).toBeNull();

    // Back: the step left half typed says so, and opens as it was left.
    await go('c-1');
    await waitFor(() => expect(screen.getByTestId('action-planSolution').textContent).toBe('登记解决方案 · 有草稿'));
    await user.click(screen.getByTestId('action-planSolution'));
    await waitFor(() => expect(measures().value).toBe('更换罐车行驶路线，夜间禁行'));
    expect(screen.getByTestId('draft-restored').textContent).toMatch(/^已恢复未提交的内容（\d\d:\d\d 保存）丢弃$/);
  });

  it('marks a step holding a draft, and 丢弃 empties the form and removes the draft', async () => {
    const user = userEvent.setup();
    const core = draftCore();
    (core['drafts.save'] as (i: unknown) => unknown)({ form: 'complaint-action', complaintId: 'c-1', action: 'log', data: { entryType: 'customer_contacted', text: '已致电客户' } });
    const { bridge } = await openDetail(first, wangjg, core);
    await waitFor(() => expect(screen.getByTestId('action-log').textContent).toBe('登记处理过程 · 有草稿'));
    expect(screen.getByTestId('action-planSolution').textContent).toBe('登记解决方案');
    expect(screen.queryByTestId('action-form-log')).toBeNull();

    await user.click(screen.getByTestId('action-log'));
    await screen.findByTestId('draft-restored');
    expect((screen.getByTestId('act-text') as HTMLTextAreaElement).value).toBe('已致电客户');
    await user.click(screen.getByTestId('discard-draft'));
    expect((screen.getByTestId('act-text') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByTestId('act-entryType') as HTMLSelectElement).value).toBe('progress');
    await waitFor(() => expect(bridge.callsTo('drafts.discard').map((c) => c.input)).toEqual([{ form: 'complaint-action', complaintId: 'c-1', action: 'log' }]));
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    // The emptied form is not saved back.
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 100));
    expect(bridge.callsTo('drafts.save')).toHaveLength(0);
  });

  it('sends the plan and never saves its draft again afterwards', async () => {
    const user = userEvent.setup();
    const { bridge } = await openDetail(first, wangjg, draftCore());
    await user.click(screen.getByTestId('action-planSolution'));
    await user.type(measures(), '更换罐车行驶路线');
    const due = toDateTimeLocal(new Date(Date.now() + 2 * 86_400_000), 'Asia/Shanghai');
    await user.type(screen.getByTestId('act-dueAt'), due);
    // Sent within the pause: the pending save must not follow the step and bring the draft back.
    await user.click(screen.getByTestId('action-submit'));
    await screen.findByTestId('action-done');
    expect(actionsSent(bridge)).toEqual([
      { id: 'c-1', version: 3, action: { type: 'planSolution', resolverId: 'u-zhangwei', measures: '更换罐车行驶路线', dueAt: fromDateTimeLocal(due, 'Asia/Shanghai') } },
    ]);
    const savesAtSend = bridge.callsTo('drafts.save').length;
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 100));
    expect(bridge.callsTo('drafts.save')).toHaveLength(savesAtSend);
    const methods = bridge.calls.map((c) => c.method);
    expect(methods.lastIndexOf('drafts.save')).toBeLessThan(methods.indexOf('complaints.act'));
    expect(screen.queryByTestId('draft-mark-planSolution')).toBeNull();
  });

  it('asks before leaving while what was typed is not yet saved, and stays when told to', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await openDetail(first, wangjg, draftCore({ 'drafts.save': () => new Promise(() => {}) })); // the save never comes back
    await user.click(screen.getByTestId('action-planSolution'));
    await user.type(measures(), '更换阀门');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await go('c-2');
    expect(confirm).toHaveBeenCalledWith('办理表单中刚输入的内容还未保存为草稿，离开后可能丢失。仍要离开吗？');
    expect(useNavigationStore.getState().route).toEqual({ page: 'complaint-detail', id: 'c-1' });
    expect(measures().value).toBe('更换阀门');

    confirm.mockReturnValue(true);
    await go('c-2');
    expect(useNavigationStore.getState().route).toEqual({ page: 'complaint-detail', id: 'c-2' });
  });

  it('lets the page go without asking once the draft is saved', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm');
    const { bridge } = await openDetail(first, wangjg, draftCore());
    await user.click(screen.getByTestId('action-planSolution'));
    await user.type(measures(), '更换阀门');
    fireEvent.blur(measures());
    await waitFor(() => expect(bridge.callsTo('drafts.save').length).toBeGreaterThan(0));
    await screen.findByTestId('draft-saved');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
    await go('c-2');
    expect(confirm).not.toHaveBeenCalled();
    expect(useNavigationStore.getState().route).toEqual({ page: 'complaint-detail', id: 'c-2' });
  });
});
