import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/temp-core';

/*
 * Issue 19 §4 proof: after the destruction of random customers, no personal value of theirs remains in any
 * column of any table of the SQLite file (the search indexes' shadow tables, the outbox, the audit log and
 * the access register included), the app's searches no longer find them, and report counts are unchanged.
 * The scan is generic over sqlite_master, so it covers whatever search index a migration makes.
 */

interface Person {
  name: string;
  phone: string;
  street: number;
  complaints: number;
  followUp: boolean;
  destroy: boolean;
}

/** Characters no other data holds: those to destroy are named from the first set, the others from the second. */
const RARE_DESTROYED = [...'龢鑫燊淼犇骉'];
const RARE_KEPT = [...'羴猋鱻焱垚'];
const nameArb = (chars: string[]) => fc.tuple(fc.constantFrom(...chars), fc.constantFrom(...chars), fc.constantFrom(...chars)).map((picked) => `仝${picked.join('')}`);
const personArb: fc.Arbitrary<Person> = fc.boolean().chain((destroy) =>
  fc.record({
    name: nameArb(destroy ? RARE_DESTROYED : RARE_KEPT),
    phone: fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `177${n}`),
    street: fc.integer({ min: 100, max: 999 }),
    complaints: fc.integer({ min: 0, max: 2 }),
    followUp: fc.boolean(),
    destroy: fc.constant(destroy),
  }),
);
const peopleArb = fc.uniqueArray(personArb, { minLength: 1, maxLength: 4, selector: (p) => p.name }).filter((people) => new Set(people.map((p) => p.phone)).size === people.length);

const FOUR_YEARS_MS = 4 * 366 * 24 * 3600 * 1000;
const addressOf = (p: Person) => `北京市朝阳区${p.name}路${p.street}号`;

/** Every table and column (virtual tables' own columns read nothing; their shadow tables are scanned) holding the value. */
function placesHolding(core: TestCore, value: string): string[] {
  const db = core.context.store.read;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND (sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL TABLE%')`).all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).flatMap(({ name: column }) => {
      const hit = db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE instr(CAST("${column}" AS BLOB), CAST(? AS BLOB)) > 0`).get(value) as { n: number };
      return hit.n > 0 ? [`${name}.${column}`] : [];
    }),
  );
}

/**
 * Terms of every full-text index that hold one of the characters: the index's own vocabulary (fts5vocab),
 * so tokens of deleted rows still in a segment count, whatever the tokenizer.
 */
function indexTermsWith(core: TestCore, chars: readonly string[]): string[] {
  const db = core.context.store.read;
  const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).all() as { name: string }[];
  expect(indexes.length).toBeGreaterThan(0);
  return indexes.flatMap(({ name }) => {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."vocab_${name}" USING fts5vocab(main, "${name}", 'row')`);
    const terms = (db.prepare(`SELECT term FROM temp."vocab_${name}"`).all() as { term: string }[]).map((row) => row.term);
    return terms.filter((term) => chars.some((c) => term.includes(c))).map((term) => `${name}: ${term}`);
  });
}

function reportCounts(core: TestCore) {
  const db = core.context.store.read;
  return {
    complaints: db.prepare('SELECT status, count(*) AS n FROM complaints GROUP BY status ORDER BY status').all(),
    reportRows: db.prepare('SELECT status, count(*) AS n, sum(call_backs) AS callBacks FROM report_complaints GROUP BY status ORDER BY status').all(),
    customers: db.prepare('SELECT count(*) AS n FROM customers').get(),
    followUps: db.prepare('SELECT count(*) AS n FROM customer_follow_ups').get(),
  };
}

async function destroyAndScan(people: Person[]): Promise<void> {
  const core = await openTestCore();
  try {
    let lead = await core.signIn('wangjg');
    const leadId = (core.context.store.read.prepare("SELECT id FROM users WHERE login = 'wangjg'").get() as { id: string }).id;
    const ids = new Map<Person, string>();
    for (const person of people) {
      const created = await core.call('customers.create', { kind: 'individual', name: person.name, phone: person.phone, address: `${addressOf(person)}旧` }, lead);
      const updated = await core.call('customers.update', { id: created.id, version: created.version, kind: 'individual', name: person.name, phone: person.phone, address: addressOf(person) }, lead);
      ids.set(person, created.id);
      for (let i = 0; i < person.complaints; i++) {
        const complaint = await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: person.name, customerPhone: person.phone, customerId: created.id, content: `邮件延误第${i + 1}次` }, lead);
        // Those to destroy had their complaints closed long ago; the others keep one open, so they never expire.
        if (person.destroy || i > 0) core.context.store.read.prepare("UPDATE complaints SET status = 'closed', closed_at = ? WHERE id = ?").run(core.clock.now().toISOString(), complaint.id);
      }
      if (person.followUp) {
        const flagged = await core.call('customers.flag', { id: created.id, version: updated.version, sign: { reason: '多次来电催问', followUpOwnerId: leadId } }, lead);
        await core.call('customers.addFollowUp', { id: flagged.id, method: 'phone', note: `已致电${person.name}` }, lead);
      }
      await core.call('privacy.reveal', { kind: 'customer', id: created.id, reason: '核实身份' }, lead);
    }
    const control = await core.call('customers.create', { kind: 'individual', name: '仝留存', phone: '17600001111' }, lead);
    await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: '仝留存', customerPhone: '17600001111', customerId: control.id, content: '仍在处理' }, lead);

    core.clock.advance(FOUR_YEARS_MS);
    lead = await core.signIn('wangjg');
    const destroyed = people.filter((p) => p.destroy);
    const before = reportCounts(core);
    for (const person of destroyed) expect(placesHolding(core, person.phone)).not.toEqual([]);
    if (destroyed.some((p) => p.complaints > 0)) expect(indexTermsWith(core, RARE_DESTROYED)).not.toEqual([]);
    if (destroyed.length > 0) {
      const batch = await core.call('privacy.proposeDestruction', { customerIds: destroyed.map((p) => ids.get(p)!) }, lead);
      await core.call('privacy.approveDestruction', { batchId: batch.id, reason: '保存期满' }, lead);
    }

    for (const person of destroyed) {
      for (const value of [person.name, person.phone, addressOf(person)]) expect({ value, places: placesHolding(core, value) }).toEqual({ value, places: [] });
      expect(await core.call('customers.search', { query: person.phone }, lead)).toEqual([]);
      expect((await core.call('complaints.list', { query: person.phone }, lead)).items).toEqual([]);
      expect((await core.call('complaints.list', { query: person.name }, lead)).items).toEqual([]);
    }
    expect(indexTermsWith(core, RARE_DESTROYED)).toEqual([]);
    // Byte by byte too: a deleted row's tokens left in a segment of a shadow table would hold these characters.
    expect(RARE_DESTROYED.flatMap((c) => placesHolding(core, c))).toEqual([]);
    for (const person of people.filter((p) => !p.destroy)) {
      expect(placesHolding(core, person.phone)).toContain('customers.phone');
      expect((await core.call('customers.search', { query: person.phone }, lead)).map((c) => c.id)).toEqual([ids.get(person)]);
    }
    expect((await core.call('customers.search', { query: '17600001111' }, lead)).map((c) => c.id)).toEqual([control.id]);
    expect(reportCounts(core)).toEqual(before);
  } finally {
    core.close();
  }
}

describe('destruction leaves no personal value behind', () => {
  it('for random customers, their records, views and corrections', async () => {
    await fc.assert(fc.asyncProperty(peopleArb, destroyAndScan), { numRuns: 8 });
  }, 180_000);
});
