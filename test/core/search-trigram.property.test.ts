import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkList } from '../../shared/api/complaints';
import { searchDigits, searchQuery, searchText } from '../../shared/domain/search-tokens';
import { listComplaints } from '../../electron/core/complaints/complaint-list-repository';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Issue 21: search moved from the pair-token index (migrations 0004/0008) to
 * a trigram index (0026) and must find exactly what it found before. The old
 * index is rebuilt here beside the new one, from the same rows, as the old
 * code built it, and both answer the same generated queries.
 */
let core: TestCore;
let template: Record<string, unknown>;

beforeAll(async () => {
  core = await openTestCore();
  const session = await core.signIn('limei');
  const made = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '模板', content: '模板记录' }, session);
  template = core.context.store.read.prepare('SELECT * FROM complaints WHERE id = ?').get(made.id) as Record<string, unknown>;
  core.context.store.read.exec("CREATE VIRTUAL TABLE old_search USING fts5(text, digits, content = '', contentless_delete = 1, prefix = '1')");
});
afterAll(() => core.close());

/** Realistic characters, weighted so random terms often occur: Chinese, digits, Latin in both cases and with accents, full-width forms, Greek final sigma, separators. */
const char = fc.constantFrom(
  ...'漏水管噪声张伟王敏气站阀室'.split(''),
  ...'0123456789138'.split(''),
  ...'aBcXyz'.split(''),
  'é', 'É', 'ü', 'Ü', 'ñ', 'ǖ', 'Ａ', 'ａ', '１', 'ς', 'Σ', 'σ', 'ſ', 'S',
  ' ', '，', '-', '。', '(', ')',
);
const text = (maxLength: number) => fc.array(char, { minLength: 1, maxLength }).map((cs) => cs.join(''));
const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
const phone = fc.oneof(
  digits(11, 11).map((d) => `1${d.slice(1)}`),
  digits(11, 11).map((d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`),
  digits(10, 10).map((d) => `(0${d.slice(0, 2)}) ${d.slice(2, 6)} ${d.slice(6)}`),
  digits(3, 6),
  fc.constant(null),
);
const record = fc.record({ customerName: text(6), customerPhone: phone, content: text(40), open: fc.boolean() });
type GeneratedRecord = typeof record extends fc.Arbitrary<infer R> ? R : never;

/** A term a person might type: a piece of a stored field (any case), a phone fragment, two pieces, or anything. */
function termFor(records: GeneratedRecord[]): fc.Arbitrary<string> {
  const fields = records.flatMap((r) => [r.customerName, r.content, r.customerPhone ?? '', (r.customerPhone ?? '').replace(/\D/g, '')]).filter(Boolean);
  const piece = fc.tuple(fc.constantFrom(...fields), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean()).map(([field, start, length, upper]) => {
    const chars = [...field];
    const from = start % chars.length;
    const cut = chars.slice(from, from + length).join('');
    return upper ? cut.toUpperCase() : cut;
  });
  return fc.oneof(piece, piece, fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`), text(5));
}

function store(records: GeneratedRecord[]): void {
  core.context.store.transaction((tx) => {
    // Deleted through the table: the trigger drops them from the trigram index too.
    tx.prepare("DELETE FROM complaints WHERE id LIKE 'gen-%'").run();
    const columns = Object.keys(template);
    const insert = tx.prepare(`INSERT INTO complaints (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    records.forEach((r, i) =>
      insert.run({ ...template, id: `gen-${i}`, serial: `GEN-${i}`, customer_name: r.customerName, customer_phone: r.customerPhone, content: r.content, status: r.open ? 'registered' : 'closed' }),
    );
    // The old index, as createComplaint and migration 0008 wrote it, over every row.
    tx.exec('DELETE FROM old_search');
    const old = tx.prepare('INSERT INTO old_search (rowid, text, digits) VALUES (?, ?, ?)');
    for (const row of tx.prepare('SELECT rowid, serial, customer_name, customer_phone, content FROM complaints').all() as Record<string, string | null>[]) {
      const fields = [row.serial, row.customer_name, row.customer_phone, row.content];
      old.run(row.rowid, searchText(...fields), searchDigits(...fields));
    }
  });
}

/** Ids the old index finds for `typed` in a list, newest entered first. */
function foundBefore(typed: string, list: 'all' | 'open'): string[] {
  const match = searchQuery(typed);
  if (!match) return [];
  const open = list === 'open' ? "AND c.status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved')" : '';
  const rows = core.context.store.read
    .prepare(`SELECT c.id FROM old_search s JOIN complaints c ON c.rowid = s.rowid WHERE old_search MATCH ? ${open} ORDER BY s.rowid DESC`)
    .all(match) as { id: string }[];
  return rows.map((row) => row.id);
}

/** Ids listComplaints finds, walking every page of `limit`; and the first page's count. */
function foundNow(typed: string, list: WorkList, limit: number): { ids: string[]; total: number | null; totalCapped: boolean } {
  const request = { list, query: typed, limit, userId: 'nobody', now: core.clock.now() };
  const first = listComplaints(core.context.store.read, request);
  const ids = first.items.map((item) => item.id);
  for (let after = first.nextCursor; after; ) {
    const page = listComplaints(core.context.store.read, { ...request, after });
    ids.push(...page.items.map((item) => item.id));
    after = page.nextCursor;
  }
  return { ids, total: first.total, totalCapped: first.totalCapped };
}

describe('trigram search finds what the pair-token index found', () => {
  it('for pieces of names, content and phones, phone fragments, Chinese, accented and mixed-case terms, page by page, in both lists', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 40 }).chain((records) => fc.tuple(fc.constant(records), fc.array(termFor(records), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 7 }))),
        ([records, terms, limit]) => {
          store(records);
          for (const typed of terms) {
            for (const list of ['all', 'open'] as const) {
              const before = foundBefore(typed, list);
              const now = foundNow(typed, list, limit);
              expect(now.ids, `${list}: ${JSON.stringify(typed)}`).toEqual(before);
              expect(now.total, `${list} count: ${JSON.stringify(typed)}`).toBe(Math.min(before.length, 500));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('for the examples that told the two apart while this was written', () => {
    store([
      { customerName: 'ÉCOLE', customerPhone: '138-0013-8000', content: 'ſoup Σοφίας 漏水管道', open: true },
      { customerName: '张伟', customerPhone: '13800138000', content: 'ecole soup σοφίας', open: false },
    ]);
    for (const typed of ['école', 'SOUP', 'σοφίας', '13800138', '0013', '漏水', '漏', 'é', '80001', 'ſ']) {
      expect(foundNow(typed, 'all', 50).ids, typed).toEqual(foundBefore(typed, 'all'));
    }
    expect(foundNow('13800138', 'all', 50).ids).toEqual(['gen-1', 'gen-0']);
  });
});
