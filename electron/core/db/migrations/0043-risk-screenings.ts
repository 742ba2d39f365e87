import type { Migration } from './migration';

/**
 * 《客户风险排查表》 filed monthly for a class 1 or class 2 customer (seed000 第二篇 三(一)1、三(二)1(4)):
 * one per customer and month, append-only like the class history (a filed form is a record sent up,
 * not a draft), synced to head office through the outbox.
 */
export const migration0043: Migration = {
  id: 43,
  name: 'risk-screenings',
  sql: `
CREATE TABLE risk_screenings (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  risk_class TEXT NOT NULL CHECK (risk_class IN ('class1', 'class2')),
  capital_chain TEXT NOT NULL,
  operating_chain TEXT NOT NULL,
  investment_chain TEXT NOT NULL,
  guarantee_chain TEXT NOT NULL,
  situation TEXT NOT NULL,
  filed_by TEXT NOT NULL REFERENCES users(id),
  filed_at TEXT NOT NULL,
  UNIQUE (customer_id, month)
) STRICT;
CREATE TRIGGER risk_screenings_no_update BEFORE UPDATE ON risk_screenings BEGIN SELECT RAISE(ABORT, 'risk_screenings is append-only'); END;
CREATE TRIGGER risk_screenings_no_delete BEFORE DELETE ON risk_screenings BEGIN SELECT RAISE(ABORT, 'risk_screenings is append-only'); END;
`,
};
