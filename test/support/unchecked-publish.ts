import { takeReferenceCursor } from '../../server/services/reference';
import type { ReferenceKind } from '../../shared/sync/protocol';
import type { TestServer } from '../server/support/test-server';

/**
 * Publishes a reference item straight into head office's table, past the
 * server's body checks: what a head office running another program version
 * could have published (a body whose schema this program does not read, or
 * one the checks of that version let through). The site must still report it
 * and change nothing. The cursor is taken the server's way.
 */
export async function publishUnchecked(server: TestServer, item: { kind: ReferenceKind; id: string; version: number; body: unknown }): Promise<void> {
  await server.store.db.transaction().execute(async (trx) => {
    const cursor = await takeReferenceCursor(trx);
    await trx
      .insertInto('reference_items')
      .values({ cursor, kind: item.kind, item_id: item.id, version: item.version, body: JSON.stringify(item.body), site_id: null, published_at: new Date().toISOString() })
      .execute();
  });
}
