import type { Migration } from './migration';

/**
 * A customer's ID number (身份证件号码, issue 19 §1 "found by … id number"; 寄递用户信息 in seed002
 * 客户管理制度1 第三条, so masked in every answer like the phone).
 *
 * - `customers.id_number`: the number as typed, upper-case X; NULL when the file holds none.
 * - `customers_by_id_number`: search finds a file by the full number only (exact match), not a part
 *   of it, so the number stays out of the full-text index and is looked up here.
 */
export const migration0039: Migration = {
  id: 39,
  name: 'customer-id-number',
  sql: `
ALTER TABLE customers ADD COLUMN id_number TEXT;
CREATE INDEX customers_by_id_number ON customers (id_number) WHERE id_number IS NOT NULL;
`,
};
