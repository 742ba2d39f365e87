import type { Migration } from './migration';

/**
 * The total-credit cap of seed002 客户管理制度3 第二十四条2①: 原则上授信总额不能
 * 超过20xx年1月1日应收帐款的余额数. The source leaves the year as a placeholder
 * and the figure is the company's own books, so it is a site setting the
 * station lead enters (`total_cap`, 元, with `base_day`, the 1 January whose
 * receivables balance it is). NULL: not set, and approvals are not checked
 * against a cap. One row; the audit log keeps every change (who, when, before).
 */
export const migration0040: Migration = {
  id: 40,
  name: 'credit-total-cap',
  sql: `
CREATE TABLE credit_settings (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  total_cap REAL CHECK (total_cap IS NULL OR total_cap >= 0),
  base_day TEXT,
  set_by TEXT REFERENCES users(id),
  set_at TEXT,
  version INTEGER NOT NULL
) STRICT;
INSERT INTO credit_settings (singleton, total_cap, base_day, set_by, set_at, version) VALUES (1, NULL, NULL, NULL, NULL, 1);
`,
};
