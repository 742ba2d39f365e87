import { afterEach, describe, expect, it } from 'vitest';
import { recordChange } from '../../electron/core/change-log/change-log';
import { auditRowsOf } from '../../electron/core/change-log/change-log-repository';
import { openTestCore, type TestCore } from '../support/temp-core';

/** recordChange writes each thing once (issue 21 §1): a created record in the outbox only, an update's audit as the change. */
let core: TestCore;
afterEach(() => core?.close());

const at = new Date('2026-11-23T02:00:00.000Z');
const row = (entityId: string) =>
  core.context.store.read.prepare("SELECT a.before, a.after, a.outbox_seq, o.audited FROM audit_log a LEFT JOIN outbox o ON o.seq = a.outbox_seq WHERE a.entity = 'thing' AND a.entity_id = ? ORDER BY a.seq").all(entityId);
const outboxOf = (entityId: string) => core.context.store.read.prepare("SELECT payload, audited FROM outbox WHERE entity = 'thing' AND entity_id = ? ORDER BY seq").all(entityId) as { payload: string; audited: number }[];

describe('recordChange', () => {
  it('a creation whose after is its payload: the audit row points at the outbox entry, which is kept', async () => {
    core = await openTestCore();
    const record = { id: 't1', name: '阀室', note: 'x'.repeat(500), version: 1 };
    core.context.store.transaction((tx) => recordChange(tx, { userId: null, at, action: 'thing.create', entity: 'thing', entityId: 't1', entityVersion: 1, before: null, after: record, syncPayload: record }));
    expect(row('t1')).toEqual([{ before: null, after: null, outbox_seq: expect.any(Number), audited: 1 }]);
    expect(auditRowsOf(core.context.store.read, 'thing', 't1').map((a) => JSON.parse(a.after!))).toEqual([record]);
  });

  it('an update of the whole record: the audit row holds the fields that changed, old and new; the entry is prunable', async () => {
    core = await openTestCore();
    const before = { id: 't1', name: '阀室', note: 'x'.repeat(500), version: 1 };
    const after = { ...before, name: '计量间', version: 2 };
    core.context.store.transaction((tx) => recordChange(tx, { userId: null, at, action: 'thing.update', entity: 'thing', entityId: 't1', entityVersion: 2, before, after, syncPayload: after }));
    const [audit] = row('t1') as { before: string; after: string; outbox_seq: null }[];
    expect(audit!.outbox_seq).toBeNull();
    expect(JSON.parse(audit!.before)).toEqual({ name: '阀室', version: 1 });
    expect(JSON.parse(audit!.after)).toEqual({ name: '计量间', version: 2 });
    expect(outboxOf('t1')).toEqual([{ payload: JSON.stringify(after), audited: 0 }]);
  });

  it('a step naming the fields it changes keeps those; a before and after of their own are kept as given', async () => {
    core = await openTestCore();
    const payload = { id: 't1', acknowledgedAt: '2026-11-23T02:00:00.000Z', acknowledgedBy: 'u1', text: 'y'.repeat(300) };
    core.context.store.transaction((tx) => {
      recordChange(tx, { userId: 'u1', at, action: 'thing.ack', entity: 'thing', entityId: 't1', entityVersion: 2, before: { acknowledgedAt: null }, after: payload, syncPayload: payload });
      recordChange(tx, { userId: 'u1', at, action: 'thing.note', entity: 'thing', entityId: 't2', entityVersion: 2, before: { status: 'a' }, after: { status: 'b' }, syncPayload: payload });
    });
    expect(row('t1')).toEqual([{ before: '{"acknowledgedAt":null}', after: '{"acknowledgedAt":"2026-11-23T02:00:00.000Z"}', outbox_seq: null, audited: null }]);
    expect(row('t2')).toEqual([{ before: '{"status":"a"}', after: '{"status":"b"}', outbox_seq: null, audited: null }]);
  });
});
