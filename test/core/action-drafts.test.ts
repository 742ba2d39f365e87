import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const intake = { kind: 'complaint' as const, channel: 'phone' as const, customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '罐车夜间经过村道，蝴蝶阀无人处理。' };

async function created(session: string): Promise<ComplaintDetail> {
  const complaint = await core.call('complaints.create', intake, session);
  return core.call('complaints.get', { id: complaint.id }, session);
}

const actionDraft = (complaintId: string, action: 'log' | 'planSolution' = 'log') => ({ form: 'complaint-action' as const, complaintId, action });
const storedActionDrafts = () => (core.context.store.read.prepare('SELECT count(*) AS n FROM action_drafts').get() as { n: number }).n;

describe('drafts of workflow action forms (issue 20 item 1)', () => {
  it('keeps one draft per case and action until it is discarded', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    const first = await created(limei);
    const second = await created(limei);
    expect(await core.call('drafts.get', actionDraft(first.id), limei)).toBeNull();

    await core.call('drafts.save', { ...actionDraft(first.id), data: { entryType: 'customer_contacted', text: '已致电' } }, limei);
    await core.call('drafts.save', { ...actionDraft(first.id), data: { entryType: 'customer_contacted', text: '已致电客户，约定明早到场' } }, limei);
    await core.call('drafts.save', { ...actionDraft(second.id), data: { entryType: 'note', text: '另一件' } }, limei);
    await core.call('drafts.save', { ...actionDraft(first.id, 'planSolution'), data: { measures: '更换阀门' } }, limei);

    expect(await core.call('drafts.get', actionDraft(first.id), limei)).toMatchObject({ data: { text: '已致电客户，约定明早到场' } });
    expect(await core.call('drafts.get', actionDraft(second.id), limei)).toMatchObject({ data: { text: '另一件' } });
    expect(await core.call('drafts.get', actionDraft(first.id, 'planSolution'), limei)).toMatchObject({ data: { measures: '更换阀门' } });
    expect((await core.call('drafts.actionsOf', { complaintId: first.id }, limei)).sort()).toEqual(['log', 'planSolution']);
    // The new-complaint draft is a separate thing.
    expect(await core.call('drafts.get', { form: 'complaint-new' }, limei)).toBeNull();

    await core.call('drafts.discard', actionDraft(first.id), limei);
    expect(await core.call('drafts.get', actionDraft(first.id), limei)).toBeNull();
    expect(await core.call('drafts.get', actionDraft(second.id), limei)).not.toBeNull();
    expect(await core.call('drafts.actionsOf', { complaintId: first.id }, limei)).toEqual(['planSolution']);
  });

  it('shows a draft only to the person who typed it', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    const zhaoli = await core.signIn('zhaoli');
    const c = await created(limei);
    await core.call('drafts.save', { ...actionDraft(c.id), data: { text: '李梅写了一半' } }, limei);

    expect(await core.call('drafts.get', actionDraft(c.id), zhaoli)).toBeNull();
    expect(await core.call('drafts.actionsOf', { complaintId: c.id }, zhaoli)).toEqual([]);
    // Discarding or saving one's own leaves the other person's draft alone.
    await core.call('drafts.save', { ...actionDraft(c.id), data: { text: '赵丽的' } }, zhaoli);
    await core.call('drafts.discard', actionDraft(c.id), zhaoli);
    expect(await core.call('drafts.get', actionDraft(c.id), limei)).toMatchObject({ data: { text: '李梅写了一半' } });
  });

  it('refuses a bad draft and writes nothing', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    const c = await created(limei);
    const refused = async (input: unknown) => {
      const response = await core.dispatch({ method: 'drafts.save', session: limei, input });
      expect(response.ok).toBe(false);
      return response.ok ? null : response.error;
    };
    expect((await refused({ ...actionDraft(c.id), data: { text: 'a\u0000b' } }))?.code).toBe('VALIDATION');
    expect((await refused({ ...actionDraft(c.id), data: { text: 'x'.repeat(4001) } }))?.code).toBe('VALIDATION');
    expect((await refused({ ...actionDraft(c.id), data: { nested: { text: '不是字符串' } } }))?.code).toBe('VALIDATION');
    expect((await refused({ ...actionDraft(c.id), data: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}`, '值'])) }))?.code).toBe('VALIDATION');
    expect((await refused({ form: 'complaint-action', complaintId: c.id, action: 'fly', data: { text: '值' } }))?.code).toBe('VALIDATION');
    expect((await refused({ form: 'complaint-action', action: 'log', data: { text: '值' } }))?.code).toBe('VALIDATION');
    expect((await refused({ form: 'complaint-new', complaintId: c.id, data: { text: '值' } }))?.code).toBe('VALIDATION');
    expect((await refused({ ...actionDraft('no-such-case'), data: { text: '值' } }))?.code).toBe('NOT_FOUND');
    expect(storedActionDrafts()).toBe(0);
  });

  it('spends the draft of an action when the action is saved, and only that one', async () => {
    core = await openTestCore();
    const limei = await core.signIn('limei');
    const c = await created(limei);
    await core.call('drafts.save', { ...actionDraft(c.id), data: { entryType: 'customer_contacted', text: '已致电客户' } }, limei);
    await core.call('drafts.save', { ...actionDraft(c.id, 'planSolution'), data: { measures: '更换阀门' } }, limei);

    // A refused action keeps what was typed.
    const stale = await core.dispatch({ method: 'complaints.act', session: limei, input: { id: c.id, version: c.version + 5, action: { type: 'log', entryType: 'customer_contacted', text: '已致电客户' } } });
    expect(stale.ok).toBe(false);
    expect(await core.call('drafts.get', actionDraft(c.id), limei)).not.toBeNull();

    await core.call('complaints.act', { id: c.id, version: c.version, action: { type: 'log', entryType: 'customer_contacted', text: '已致电客户' } }, limei);
    expect(await core.call('drafts.get', actionDraft(c.id), limei)).toBeNull();
    expect(await core.call('drafts.get', actionDraft(c.id, 'planSolution'), limei)).toMatchObject({ data: { measures: '更换阀门' } });
  });
});
