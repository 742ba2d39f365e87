import { statement } from '../db/handles';
import { requireUser } from '../context';
import type { HandlersOf } from './handler';

/**
 * Drafts are local working state, not business records: no audit, no outbox.
 * They are still written through a transaction, so a save that returned is on
 * disk (WAL) and survives the process being killed the moment after.
 */
export const draftHandlers: HandlersOf<'drafts.get' | 'drafts.save' | 'drafts.discard'> = {
  'drafts.get': (ctx, input) => {
    const row = statement(ctx.core.store.read, 'SELECT data, saved_at FROM drafts WHERE user_id = ? AND form = ?').get(requireUser(ctx).id, input.form) as
      | { data: string; saved_at: string }
      | undefined;
    return row ? { data: JSON.parse(row.data) as Record<string, unknown>, savedAt: row.saved_at } : null;
  },
  'drafts.save': (ctx, input) => {
    const savedAt = ctx.core.now().toISOString();
    ctx.core.store.transaction((tx) =>
      statement(
        tx,
        `INSERT INTO drafts (user_id, form, data, saved_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, form) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
      ).run(requireUser(ctx).id, input.form, JSON.stringify(input.data), savedAt),
    );
    return { data: input.data, savedAt };
  },
  'drafts.discard': (ctx, input) => {
    ctx.core.store.transaction((tx) => statement(tx, 'DELETE FROM drafts WHERE user_id = ? AND form = ?').run(requireUser(ctx).id, input.form));
    return null;
  },
};
