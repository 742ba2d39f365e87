import type { Migration } from './migration';

/**
 * `restatement`: the main problem as the receiver repeated it back to the
 * customer and the customer confirmed it (seed002 银行网点 第八条(一)、第十一条(一):
 * 复述主要问题, to avoid a misunderstanding), beside `content`, the customer's
 * own words.
 */
export const migration0010: Migration = {
  id: 10,
  name: 'complaint-restatement',
  sql: `ALTER TABLE complaints ADD COLUMN restatement TEXT;`,
};
