import type Database from 'better-sqlite3';
import { phoneDigits } from '../../../../shared/domain/phone-digits';
import type { Migration } from './migration';

/**
 * Overdue cases, automatic escalation and repeats (issue 17 §1.1, §2):
 * - `late_plan_at`/`late_plan_by`: a solution recorded after the handling limit had passed; the case stays
 *   overdue, and who recorded it when is kept for the reports;
 * - `limit_missed_at`: the handling limit the case passed unmet, set the first time it is seen passed and kept
 *   when a later extension moves the deadline, so a report counts the case as overdue;
 * - `delay_explained_at`/`delay_agreed`: the customer told of the delay and whether they agreed (篇6 第三十一条);
 * - `cause_code`: the pack's cause of the complaint (篇6 第三十二条 态度、语言、行为; 篇5 6.3 态度类、时效类);
 * - `repeat_kind`: how a linked repeat matches its earlier complaint ('same_matter' 第三十条, 'about_handler' 第三十二条);
 * - `customer_phone_digits`: the phone as bare digits, so "the same customer" does not hang on spaces and dashes;
 * - extensions: the way the customer consented, when the call centre was phoned (第二十七条: within 3 minutes),
 *   whether it took effect by approval or by the customer's consent, and the limit in force when it was
 *   asked for (printed on the application form);
 * - escalations: the rule's citation and whom it must be told to (the pack's notification rules), for the
 *   notifications inbox to pick up.
 */
export const migration0018: Migration = {
  id: 18,
  name: 'overdue-and-escalation',
  sql: `
ALTER TABLE complaints ADD COLUMN late_plan_at TEXT;
ALTER TABLE complaints ADD COLUMN late_plan_by TEXT REFERENCES users(id);
ALTER TABLE complaints ADD COLUMN limit_missed_at TEXT;
ALTER TABLE complaints ADD COLUMN delay_explained_at TEXT;
ALTER TABLE complaints ADD COLUMN delay_agreed INTEGER;
ALTER TABLE complaints ADD COLUMN cause_code TEXT;
ALTER TABLE complaints ADD COLUMN repeat_kind TEXT;
ALTER TABLE complaints ADD COLUMN customer_phone_digits TEXT;
CREATE INDEX complaints_limit_missed ON complaints (limit_missed_at) WHERE limit_missed_at IS NOT NULL;
CREATE INDEX complaints_by_phone_digits ON complaints (customer_phone_digits, received_at) WHERE customer_phone_digits IS NOT NULL;
ALTER TABLE complaint_extensions ADD COLUMN consent_method TEXT;
ALTER TABLE complaint_extensions ADD COLUMN call_centre_told_at TEXT;
ALTER TABLE complaint_extensions ADD COLUMN takes_effect_by TEXT NOT NULL DEFAULT 'approval';
ALTER TABLE complaint_extensions ADD COLUMN limit_due_at TEXT;
ALTER TABLE complaint_escalations ADD COLUMN source TEXT;
ALTER TABLE complaint_escalations ADD COLUMN notify TEXT NOT NULL DEFAULT '[]';
`,
  data: (db: Database.Database) => {
    const update = db.prepare('UPDATE complaints SET customer_phone_digits = ? WHERE rowid = ?');
    const rows = db.prepare('SELECT rowid, customer_phone FROM complaints WHERE customer_phone IS NOT NULL').all() as { rowid: number; customer_phone: string }[];
    for (const row of rows) update.run(phoneDigits(row.customer_phone), row.rowid);
  },
};
