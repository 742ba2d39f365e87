import type { Migration } from './migration';

/**
 * Who was told of a complaint, when and how (通知了谁、何时、方式; issue 23 item 2): a limit the source counts
 * 接报后 (seed002 客户管理制度8 具体内容6–7, seed001 S10 三.3) starts when that person was told, not when the
 * complaint was received. `party` is the role or pack step the pack's `startsAt: notified:<party>` names;
 * `whom` the person as recorded (王站长). Rows are never edited: a wrong entry is followed by a corrected one
 * and grading reads the earliest per party.
 */
export const migration0028: Migration = {
  id: 28,
  name: 'complaint-notified',
  sql: `
CREATE TABLE complaint_notified (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  party TEXT NOT NULL,
  whom TEXT NOT NULL,
  way TEXT NOT NULL CHECK (way IN ('phone', 'in_person', 'written')),
  notified_at TEXT NOT NULL,
  note TEXT,
  recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_notified_by_complaint ON complaint_notified (complaint_id, notified_at);
`,
};
