import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerSheet } from '../../../electron/core/ledgers';
import type { User } from '../../../shared/api/users';
import { MAX_LEDGER_ROWS } from '../../../shared/reports/ledgers';
import { openFixture, type Fixture } from './ledger-fixture';

/** Bad requests get a specific reason (a key both languages translate) and no rows; the fixture's "today" is 2026-10-15. */
let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
});
afterAll(() => f.core.close());

const reason = (key: string, path?: string) => ({ reason: { key }, ...(path ? { issues: [{ path }] } : {}) });

describe('refused ledger requests', () => {
  it('an unknown ledger, and one the app holds no data for (printed blank instead)', async () => {
    expect(await f.refused({ ledgerId: 'no.such-ledger', period: '2026-09' })).toMatchObject({ code: 'NOT_FOUND', ...reason('ledgers.errors.unknownLedger', 'ledgerId') });
    expect(await f.refused({ ledgerId: 'postal.archive-consultation', period: '2026-09' })).toMatchObject({ code: 'CONFLICT', ...reason('ledgers.errors.noData') });
  });

  it('periods that are missing, unreadable, nonexistent, reversed or in the future', async () => {
    const ledgerId = 's15.complaint-handling';
    expect(await f.refused({ ledgerId })).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.periodRequired', 'period') });
    expect(await f.refused({ ledgerId, period: 'September' })).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.periodUnreadable', 'period') });
    for (const period of ['2026-13', '2026-Q5', '2026-02-30', '2026-W54', '2026-00', '1999']) {
      expect(await f.refused({ ledgerId, period }), period).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.periodNonexistent', 'period') });
    }
    expect(await f.refused({ ledgerId, period: '2026-09-30..2026-09-01' })).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.periodReversed', 'period') });
    const future = await f.refused({ ledgerId, period: '2026-11' });
    expect(future).toMatchObject({ code: 'VALIDATION', reason: { key: 'ledgers.errors.periodFuture', params: { period: '2026-11', today: { date: '2026-10-15' } } } });
    expect(await f.refused({ ledgerId, period: '2026-10-16' })).toMatchObject(reason('ledgers.errors.periodFuture'));
    // A period that has begun prints up to now.
    await expect(f.sheet({ ledgerId, period: '2026-10' })).resolves.toMatchObject({ period: { to: '2026-10-31' } });
    await expect(f.sheet({ ledgerId, period: '2026-10-15' })).resolves.toMatchObject({ rows: [] });
  });

  it('a unit no one at the site belongs to and no case was assigned to', async () => {
    expect(await f.refused({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '火星站' })).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.unitUnknown', 'unit') });
  });

  it('a single-case sheet of an unknown case, of a case the ledger does not hold, with a period, or on a ledger not about cases', async () => {
    expect(await f.refused({ ledgerId: 's15.complaint-handling', serial: 'YY42-20260901-9999' })).toMatchObject({ code: 'NOT_FOUND', ...reason('ledgers.errors.serialUnknown', 'serial') });
    expect(await f.refused({ ledgerId: 's15.complaint-handling', serial: f.serials.E })).toMatchObject({ code: 'VALIDATION', ...reason('ledgers.errors.serialNotInLedger', 'serial') });
    expect(await f.refused({ ledgerId: 'bank.opinion-register', serial: f.serials.F })).toMatchObject(reason('ledgers.errors.serialNotInLedger', 'serial'));
    expect(await f.refused({ ledgerId: 's15.complaint-handling', serial: f.serials.A, period: '2026-09' })).toMatchObject(reason('ledgers.errors.serialWithPeriod', 'serial'));
    expect(await f.refused({ ledgerId: 'well.sewage-haulage', serial: f.serials.A })).toMatchObject(reason('ledgers.errors.serialNotApplicable', 'serial'));
  });

  it('a ledger whose data the user may not read', () => {
    // Every role reads complaints and checklists; a user without roles stands for a role that could not.
    const nobody: User = { id: f.ids.wangjg!, login: 'nobody', displayName: '无角色', roles: [], unit: null, secretKind: 'pin', active: true };
    const db = f.core.context.store.read;
    expect(() => ledgerSheet(db, nobody, { ledgerId: 's15.complaint-handling', period: '2026-09' }, f.core.clock.now(), f.core.context.calendar)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: { key: 'ledgers.errors.forbidden' } }),
    );
  });

  it(`more than ${MAX_LEDGER_ROWS} rows: refused with the limit, to be narrowed`, async () => {
    // Enough records in one day, written straight into the table (the service would take minutes for 3,001).
    const db = f.core.context.store.read;
    const template = db.prepare('SELECT * FROM complaints WHERE serial = ?').get(f.serials.C) as Record<string, unknown>;
    const columns = Object.keys(template);
    const insert = db.prepare(`INSERT INTO complaints (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    db.transaction(() => {
      for (let i = 0; i < MAX_LEDGER_ROWS; i++) insert.run({ ...template, id: `bulk-${i}`, serial: `YY42-20260902-${String(i).padStart(4, '0')}`, received_at: '2026-09-02T02:00:00.000Z' });
    })();
    expect(await f.refused({ ledgerId: 's15.complaint-handling', period: '2026-09' })).toMatchObject({ code: 'VALIDATION', reason: { key: 'ledgers.errors.tooManyRows', params: { max: MAX_LEDGER_ROWS } } });
    // The same month narrowed to a unit prints.
    await expect(f.sheet({ ledgerId: 's15.complaint-handling', period: '2026-09', unit: '阳42井站' })).resolves.toMatchObject({ rows: [{ cells: { serial: f.serials.A } }] });
  });
});
