import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/store';
import { tempDir } from '../support/temp-core';

/**
 * Guards the schema: head office will meet old clients, so a table, column or
 * index that changes must change here too, on purpose. To accept a deliberate
 * change: npx vitest run test/core/schema-snapshot.test.ts -u
 */
describe('schema', () => {
  it('matches the committed snapshot after all migrations', async () => {
    const store = openStore(path.join(tempDir(), 'db.sqlite'));
    const objects = store.read
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string | null }[];
    const dump = objects.map((o) => `-- ${o.type} ${o.name}\n${(o.sql ?? '').replace(/\s+/g, ' ').trim()};`).join('\n\n');
    store.close();
    await expect(dump + '\n').toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
