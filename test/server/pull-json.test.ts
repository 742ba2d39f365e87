import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompressedAnswers } from '../../server/http/compressed-reply';
import { pullReference, pullReferenceJson } from '../../server/services/reference';
import { PULL_PAGE_SIZE } from '../../shared/sync/protocol';
import { enrolledSite, openTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await openTestServer();
});
afterEach(async () => server.close());

/** Published items as the table holds them (publishReference's checks are not what is tested here). */
async function items(rows: { kind: string; item_id: string; body: unknown; site_id?: string | null }[], from: number): Promise<void> {
  await server.store.db
    .insertInto('reference_items')
    .values(rows.map((r, i) => ({ cursor: from + i, kind: r.kind, item_id: r.item_id, version: 1 + (i % 3), body: JSON.stringify(r.body), site_id: r.site_id ?? null, published_at: '2026-12-07T00:00:00.000Z' })))
    .execute();
}

/**
 * Issue 24: a pull's answer is written from the stored bodies as they are
 * (pullReferenceJson), not parsed and written again; it must say exactly what
 * pullReference says, for every page.
 */
describe('a pull page as JSON text', () => {
  it('is the page pullReference gives: bodies, cursors, another site\'s items left out, and more pages told', async () => {
    const one = await enrolledSite(server.app, 'PJ01');
    const two = await enrolledSite(server.app, 'PJ02');
    const odd = { title: '引号"和\\反斜杠\u001e', list: [1.5, null, { deep: ['\ud800', '\u0000'] }], empty: {} };
    await items(
      [
        { kind: 'template', item_id: 't-1', body: odd },
        { kind: 'remark', item_id: 'r-1', body: { entity: 'complaint', text: '给一号站' }, site_id: one.siteId },
        { kind: 'remark', item_id: 'r-2', body: { entity: 'complaint', text: '给二号站' }, site_id: two.siteId },
        ...Array.from({ length: PULL_PAGE_SIZE + 5 }, (_, i) => ({ kind: 'calendar', item_id: `c-${i}`, body: { year: 2026, i } })),
      ],
      1,
    );
    for (const cursor of [0, 2, 150, PULL_PAGE_SIZE + 1, 10_000]) {
      const page = await pullReference(server.store.db, one.siteId, cursor);
      expect(JSON.parse(await pullReferenceJson(server.store.db, one.siteId, cursor))).toEqual(page);
    }
    const first = JSON.parse(await pullReferenceJson(server.store.db, one.siteId, 0));
    expect(first.more).toBe(true);
    expect(first.items[0].body).toEqual(odd);
    expect(first.items.map((i: { id: string }) => i.id)).not.toContain('r-2');
  });
});

describe('compressed answers kept by their bytes', () => {
  const counting = () => {
    const calls: string[] = [];
    const answers = new CompressedAnswers(2, async (json, encoding) => {
      calls.push(`${encoding}:${json.toString()}`);
      return Buffer.from(`${encoding}(${json.toString()})`);
    });
    return { calls, answers };
  };

  it('compresses the same bytes once per encoding, and other bytes anew', async () => {
    const { calls, answers } = counting();
    expect((await answers.get(Buffer.from('{"a":1}'), 'br')).toString()).toBe('br({"a":1})');
    expect((await answers.get(Buffer.from('{"a":1}'), 'br')).toString()).toBe('br({"a":1})');
    expect((await answers.get(Buffer.from('{"a":1}'), 'gzip')).toString()).toBe('gzip({"a":1})');
    expect((await answers.get(Buffer.from('{"a":2}'), 'br')).toString()).toBe('br({"a":2})');
    expect(calls).toEqual(['br:{"a":1}', 'gzip:{"a":1}', 'br:{"a":2}']);
  });

  it('keeps only the most recently used, and forgets a compression that failed', async () => {
    const { calls, answers } = counting();
    for (const text of ['1', '2', '1', '3', '1', '2']) await answers.get(Buffer.from(text), 'br');
    // '2' was the least recently used when '3' came, so it is compressed again.
    expect(calls).toEqual(['br:1', 'br:2', 'br:3', 'br:2']);

    let fail = true;
    const flaky = new CompressedAnswers(4, async (json) => {
      if (fail) throw new Error('zlib');
      return json;
    });
    await expect(flaky.get(Buffer.from('x'), 'gzip')).rejects.toThrow('zlib');
    fail = false;
    expect((await flaky.get(Buffer.from('x'), 'gzip')).toString()).toBe('x');
  });
});
