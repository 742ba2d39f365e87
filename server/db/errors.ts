/** A primary-key or unique violation, as better-sqlite3 and pg report it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * No database connection in time: pg's pool waited its acquire timeout for a
 * free connection, or a new connection did not open in time (db/open.ts).
 * Head office is overloaded (or its database is): answered 503, not 500.
 */
export function isConnectionUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return message === 'timeout exceeded when trying to connect' || message === 'Connection terminated due to connection timeout';
}
