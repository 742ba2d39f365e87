import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../renderer/stores/session-store';
import { detailOf, renderSignedIn, sampleComplaint } from './fixtures';

async function openForm(user: UserEvent) {
  await user.click(await screen.findByTestId('new-complaint'));
  return screen.getByTestId('save-complaint');
}

async function fillRequired(user: UserEvent) {
  await user.click(screen.getByTestId('field-kind-complaint'));
  await user.selectOptions(screen.getByTestId('field-channel'), 'phone');
  await user.type(screen.getByTestId('field-customerName'), '周桂芳');
  await user.type(screen.getByTestId('field-content'), '罐车又在夜间经过村道。');
}

describe('intake: 被投诉人 and the proposed solution', () => {
  it('sends the person complained about and the receiver’s own proposal', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'complaints.create': () => sampleComplaint, 'complaints.get': () => detailOf(sampleComplaint) });
    await openForm(user);
    await fillRequired(user);
    await waitFor(() => expect(within(screen.getByTestId('field-subjectUserId')).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByTestId('field-subjectUserId'), 'u-zhangwei');
    await user.type(screen.getByTestId('field-proposedSolution'), '  当场向客户道歉，并安排罐车改道  ');
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ subjectUserId: 'u-zhangwei', proposedSolution: '当场向客户道歉，并安排罐车改道' });
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('repeatOfId');
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('restatement');
  });

  it('sends the content as the customer said it and, apart, the main problem as repeated back to them', async () => {
    const user = userEvent.setup();
    const saved = { ...sampleComplaint, restatement: '罐车连续三晚夜间经过村道，噪声大' };
    const { bridge } = await renderSignedIn(undefined, { 'complaints.create': () => saved, 'complaints.get': () => detailOf(saved) });
    await openForm(user);
    await fillRequired(user);
    await user.type(screen.getByTestId('field-restatement'), '罐车连续三晚夜间经过村道，噪声大');
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ content: '罐车又在夜间经过村道。', restatement: '罐车连续三晚夜间经过村道，噪声大' });
    expect(screen.getByTestId('detail-restatement').textContent).toBe('罐车连续三晚夜间经过村道，噪声大');
  });
});

describe('intake: the same customer again (篇6 第三十条、第三十二条)', () => {
  /** The earlier complaint as the repeat match returns it: closed, category 噪声, matched by phone. */
  const earlier = (kinds: string[]) => ({
    id: 'c-1',
    serial: sampleComplaint.serial,
    status: 'closed' as const,
    receivedAt: sampleComplaint.receivedAt,
    closedAt: '2026-03-02T08:00:00.000Z',
    content: sampleComplaint.content,
    customerName: sampleComplaint.customerName,
    problemCode: '噪声',
    classCode: 'ordinary',
    matchedBy: 'phone' as const,
    kinds,
    windowDays: 90,
  });
  const similar = (input: { customerPhone?: string; problemCode?: string }) =>
    input.customerPhone === '138 0830 1122' ? [earlier(input.problemCode === '噪声' ? ['same_matter'] : [])] : [];

  it('looks up the customer’s complaints of the window by phone once typing pauses, and links one as the same matter by its category', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.similar': similar,
      'complaints.create': () => sampleComplaint,
      'complaints.get': () => detailOf(sampleComplaint),
    });
    await openForm(user);
    await fillRequired(user);
    await user.type(screen.getByTestId('field-customerPhone'), '138 0830 1122');
    const box = await screen.findByTestId('similar-complaints');
    // By the whole number once typing paused (perhaps by name before the phone was typed): not one call per keystroke.
    const lookups = bridge.callsTo('complaints.similar').map((c) => c.input as Record<string, string>);
    for (const byName of lookups.filter((l) => !('customerPhone' in l))) expect(byName).toMatchObject({ customerName: '周桂芳' });
    expect(lookups.at(-1)).toEqual({ customerPhone: '138 0830 1122', receivedAt: expect.any(String) });
    expect(lookups.filter((l) => 'customerPhone' in l).length).toBeLessThanOrEqual(2);
    expect(box.textContent).toContain('该客户近 90 天内的投诉（1 件）');
    expect(box.textContent).toContain('同一事项再次投诉，关联到 YY42-20260301-0001（问题类别取「噪声」）');
    expect((screen.getByTestId('repeat-of-none') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId('repeat-of-c-1'));
    // Linking as the same matter takes the earlier category; the match, asked again, offers it as the same matter.
    expect((screen.getByTestId('field-problemCode') as HTMLInputElement).value).toBe('噪声');
    await waitFor(() => expect(bridge.callsTo('complaints.similar').at(-1)?.input).toMatchObject({ problemCode: '噪声' }));
    await waitFor(() => expect(screen.getByTestId('similar-complaints').textContent).toContain('同一事项再次投诉，关联到 YY42-20260301-0001'));
    expect((screen.getByTestId('repeat-of-c-1') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ repeatOfId: 'c-1', problemCode: '噪声', customerPhone: '138 0830 1122' });
  });

  it('shows the same customer’s complaint on another matter without a way to link it', async () => {
    const user = userEvent.setup();
    await renderSignedIn(undefined, { 'complaints.similar': similar });
    await openForm(user);
    await fillRequired(user);
    await user.type(screen.getByTestId('field-problemCode'), '油品');
    await user.type(screen.getByTestId('field-customerPhone'), '138 0830 1122');
    const other = await screen.findByTestId('repeat-other-c-1');
    expect(other.textContent).toContain('其他事项（问题类别：噪声），不能按同一事项关联');
    expect(screen.queryByTestId('repeat-of-c-1')).toBeNull();
  });

  it('drops the link when the phone is corrected to another customer’s', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'complaints.similar': similar,
      'complaints.create': () => sampleComplaint,
      'complaints.get': () => detailOf(sampleComplaint),
    });
    await openForm(user);
    await fillRequired(user);
    await user.type(screen.getByTestId('field-problemCode'), '噪声');
    await user.type(screen.getByTestId('field-customerPhone'), '138 0830 1122');
    await user.click(await screen.findByTestId('repeat-of-c-1'));
    await user.clear(screen.getByTestId('field-customerPhone'));
    await user.type(screen.getByTestId('field-customerPhone'), '139 0000 0000');
    await waitFor(() => expect(screen.queryByTestId('similar-complaints')).toBeNull());
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('repeatOfId');
  });
});

describe('intake: drafts', () => {
  afterEach(() => vi.useRealTimers());

  it('restores a saved draft with a notice, and 放弃草稿 empties the form and removes it', async () => {
    // Noon in Shanghai: a draft saved five minutes earlier is today's, shown by its time alone (near midnight it would carry its date).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T04:00:00Z') });
    const user = userEvent.setup();
    const savedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const { bridge } = await renderSignedIn(undefined, {
      'drafts.get': () => ({ data: { kind: 'complaint', channel: 'phone', customerName: '草稿客户', content: '说到一半', tickedCriteria: ['x', 3], unknownField: 1 }, savedAt }),
    });
    await openForm(user);
    const notice = await screen.findByTestId('draft-restored');
    expect(notice.textContent).toMatch(/^已恢复 \d{2}:\d{2} 未保存的草稿/);
    expect((screen.getByTestId('field-customerName') as HTMLInputElement).value).toBe('草稿客户');
    expect((screen.getByTestId('field-content') as HTMLTextAreaElement).value).toBe('说到一半');
    expect((screen.getByTestId('field-channel') as HTMLSelectElement).value).toBe('phone');
    expect((screen.getByTestId('field-kind-complaint') as HTMLInputElement).checked).toBe(true);
    expect(bridge.callsTo('drafts.get')[0]?.input).toEqual({ form: 'complaint-new' });

    await user.click(screen.getByTestId('discard-draft'));
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    expect((screen.getByTestId('field-customerName') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(bridge.callsTo('drafts.discard')).toHaveLength(1));
    // The emptied form is not saved back as a draft.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.callsTo('drafts.save')).toHaveLength(0);
  });

  it('saves nothing for an untouched form, then once per pause in typing, with the whole form as JSON', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);
    await waitFor(() => expect(bridge.callsTo('drafts.get')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.callsTo('drafts.save')).toHaveLength(0);

    // Typed into a text area (no blur between keys): one save after the pause.
    await user.type(screen.getByTestId('field-content'), '加气机计量不准');
    await waitFor(() => expect(bridge.callsTo('drafts.save')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.callsTo('drafts.save')).toHaveLength(1);
    const saved = bridge.callsTo('drafts.save')[0]!.input as { form: string; data: Record<string, unknown> };
    expect(saved.form).toBe('complaint-new');
    expect(saved.data).toMatchObject({ content: '加气机计量不准', customerName: '', kind: '', repeatOfId: '' });
    expect(JSON.parse(JSON.stringify(saved.data))).toEqual(saved.data);
    expect(await screen.findByTestId('draft-saved')).toBeTruthy();
  });

  it('saves at once when the focus leaves a changed field', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);
    await waitFor(() => expect(bridge.callsTo('drafts.get')).toHaveLength(1));
    await user.type(screen.getByTestId('field-customerName'), '王');
    await user.tab();
    // Well before the 400 ms pause would have passed.
    await waitFor(() => expect(bridge.callsTo('drafts.save')).toHaveLength(1), { timeout: 150 });
    expect((bridge.callsTo('drafts.save')[0]!.input as { data: { customerName: string } }).data.customerName).toBe('王');
  });

  it('saves the pending input when the form is left, and never after the record itself is saved', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'complaints.create': () => sampleComplaint, 'complaints.get': () => detailOf(sampleComplaint) });
    await openForm(user);
    await waitFor(() => expect(bridge.callsTo('drafts.get')).toHaveLength(1));
    await fillRequired(user);
    await user.click(screen.getByTestId('save-complaint'));
    await screen.findByTestId('complaint-detail');
    const savesBefore = bridge.callsTo('drafts.save').length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.callsTo('drafts.save')).toHaveLength(savesBefore);
    const lastSave = bridge.calls.map((c) => c.method).lastIndexOf('drafts.save');
    expect(lastSave).toBeLessThan(bridge.calls.map((c) => c.method).indexOf('complaints.create'));

    // Left half-typed through 取消: kept as a draft.
    await user.click(screen.getByTestId('nav-complaints'));
    await openForm(user);
    await user.type(screen.getByTestId('field-content'), '半句话');
    await user.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect((bridge.callsTo('drafts.save').at(-1)?.input as { data: { content: string } }).data.content).toBe('半句话'));
  });

  it('sends the record only after the draft saves already on their way are answered, so none lands after the record deleted the draft', async () => {
    const user = userEvent.setup();
    const waiting: Array<() => void> = [];
    const order: string[] = [];
    const { bridge } = await renderSignedIn(undefined, {
      'drafts.save': (input: { data: Record<string, unknown> }) =>
        new Promise((resolve) =>
          waiting.push(() => {
            order.push('draft saved');
            resolve({ data: input.data, savedAt: new Date().toISOString() });
          }),
        ),
      'complaints.create': () => {
        order.push('record saved');
        return sampleComplaint;
      },
      'complaints.get': () => detailOf(sampleComplaint),
    });
    await openForm(user);
    await waitFor(() => expect(bridge.callsTo('drafts.get')).toHaveLength(1));
    await fillRequired(user);
    // Leaving the content field for the save button saves the draft at once; its answer is held back.
    await user.click(screen.getByTestId('save-complaint'));
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);
    for (const answer of waiting.splice(0)) answer();
    await screen.findByTestId('complaint-detail');
    expect(order.at(-1)).toBe('record saved');
    expect(order.filter((o) => o === 'record saved')).toHaveLength(1);
  });

  it('saves what was typed in the last moments before a sign-out ends the session (idle or by hand)', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await openForm(user);
    await waitFor(() => expect(bridge.callsTo('drafts.get')).toHaveLength(1));
    await user.type(screen.getByTestId('field-content'), '刚说到一半');
    // The idle limit strikes within the 400 ms pause: nothing was saved yet.
    expect(bridge.callsTo('drafts.save')).toHaveLength(0);
    await useSessionStore.getState().signOut('idleSignedOut');
    const methods = bridge.calls.map((c) => c.method);
    expect(methods.indexOf('drafts.save')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('drafts.save')).toBeLessThan(methods.indexOf('session.signOut'));
    expect((bridge.callsTo('drafts.save')[0]!.input as { data: { content: string } }).data.content).toBe('刚说到一半');
  });
});
