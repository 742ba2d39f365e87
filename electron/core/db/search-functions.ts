import type Database from 'better-sqlite3';
import { searchHaystack } from '../../../shared/domain/trigram-search';

/**
 * The SQL function the triggers of migration 0030 fill `complaint_trigrams`
 * with: the program's own folding (shared/domain/trigram-search.ts), which
 * SQL cannot express. Registered on every connection that writes complaints,
 * before migrations run; a connection without it cannot insert a complaint
 * ("no such function"), so the index can never silently fall behind.
 */
export const SEARCH_HAYSTACK_FUNCTION = 'search_haystack';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function registerSearchFunctions(db: Database.Database): void {
  db.function(SEARCH_HAYSTACK_FUNCTION, { deterministic: true }, (serial: unknown, name: unknown, phone: unknown, content: unknown) =>
    searchHaystack(text(serial), text(name), text(phone), text(content)),
  );
}
