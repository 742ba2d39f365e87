import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openTestCore } from '../support/temp-core';

describe('migration 0022-notifications', () => {
  it('marks the complaints a store already holds as from before notifications, so none of them raises one', async () => {
    // A store with the demo's complaints, taken back to before 0022 as an older program left it.
    const core = await openTestCore({ demo: true });
    const file = core.context.store.file;
    const complaints = (core.context.store.read.prepare('SELECT max(rowid) AS last, count(*) AS n FROM complaints').get() as { last: number; n: number });
    core.close();
    expect(complaints.n).toBeGreaterThan(0);
    const db = new Database(file);
    db.exec('DROP TABLE notification_reads; DROP TABLE notification_recipients; DROP TABLE notifications; DROP TABLE notification_settings; DELETE FROM schema_migrations WHERE id = 22;');
    expect(migrate(db, () => new Date('2026-11-23T02:00:00.000Z'), MIGRATIONS)).toEqual([22]);
    expect(db.prepare('SELECT first_complaint_rowid, immediately_minutes, promptly_minutes, unstated_minutes, escalation_chain FROM notification_settings').get()).toEqual({
      first_complaint_rowid: complaints.last + 1,
      immediately_minutes: 10,
      promptly_minutes: 60,
      unstated_minutes: 1440,
      escalation_chain: '["station_lead","unit_head","leader_in_charge","general_manager"]',
    });
    db.close();
  });

  it('leaves a new store with nothing before it', () => {
    const db = new Database(':memory:');
    migrate(db, () => new Date());
    expect(db.prepare('SELECT first_complaint_rowid FROM notification_settings').get()).toEqual({ first_complaint_rowid: 1 });
    db.close();
  });
});
