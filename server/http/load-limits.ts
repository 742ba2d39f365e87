/**
 * How long head office waits for a client and how much push work it lets
 * wait (issue 24 items 2–4). Defaults are for sites on a slow but honest
 * link (2G/GPRS: tens of kbit/s, round trips of a second or two); every
 * value can be set from the environment (README, operations).
 */
export interface ServerLimits {
  /**
   * The request line and headers must arrive within this (node's
   * headersTimeout; 408 and closed). A site's headers are under 1 KB: a
   * second or two on GPRS, so 30 s leaves room for retransmissions while a
   * client trickling them a byte at a time is cut off.
   */
  headersTimeoutMs: number;
  /**
   * The whole request, body included, must arrive within this (408 and
   * closed). The largest body a site sends is one image of at most 1 MiB:
   * 300 s carries it at 28 kbit/s, below what GPRS gives; a push batch is
   * sized by the client to arrive within its own 30 s answer limit.
   */
  requestTimeoutMs: number;
  /**
   * A connection on which nothing moves either way for this long is closed
   * (fastify's connectionTimeout, a socket timeout). Longer than the
   * client's 30 s answer limit, so a batch waiting its turn is not cut.
   */
  idleTimeoutMs: number;
  /**
   * An idle kept-alive connection between two requests is closed after this.
   * A site sends its next batch as soon as the last is answered; 15 s covers
   * that gap on a slow link without holding hundreds of idle sockets.
   */
  keepAliveTimeoutMs: number;
  /** How often node looks for connections over the header and request limits (its default, 30 s, would let a trickler stay that much longer). */
  timeoutCheckMs: number;
  /** Push batches applied at once; more wait their turn. */
  pushWorkers: number;
  /** Push requests admitted but waiting (their body arriving, or their turn); one more is answered 503 at once, before its body is read. */
  pushQueue: number;
  /** Sent with a 503: when a site should try again. */
  retryAfterSeconds: number;
  /** PostgreSQL: the most a request waits for a pooled connection before it is answered 503 (pg's connectionTimeoutMillis). */
  dbAcquireTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 30_000,
  requestTimeoutMs: 300_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 15_000,
  timeoutCheckMs: 2_000,
  // Two: one applying while the next one's statements are sent (PostgreSQL
  // works on both; on SQLite the event loop stays free for /health between them).
  pushWorkers: 2,
  // Sites beyond it are told when to come back instead of being held: memory
  // stays bounded (each waiting body is at most MAX_REQUEST_BYTES) and so does
  // the wait of those admitted, well inside the client's 30 s answer limit.
  pushQueue: 64,
  retryAfterSeconds: 5,
  dbAcquireTimeoutMs: 10_000,
};

/** The environment variable that sets each limit (whole numbers; times in milliseconds). */
export const LIMIT_ENV: Record<keyof ServerLimits, string> = {
  headersTimeoutMs: 'BRANCHLINE_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'BRANCHLINE_REQUEST_TIMEOUT_MS',
  idleTimeoutMs: 'BRANCHLINE_IDLE_TIMEOUT_MS',
  keepAliveTimeoutMs: 'BRANCHLINE_KEEP_ALIVE_TIMEOUT_MS',
  timeoutCheckMs: 'BRANCHLINE_TIMEOUT_CHECK_MS',
  pushWorkers: 'BRANCHLINE_PUSH_WORKERS',
  pushQueue: 'BRANCHLINE_PUSH_QUEUE',
  retryAfterSeconds: 'BRANCHLINE_RETRY_AFTER_S',
  dbAcquireTimeoutMs: 'BRANCHLINE_DB_ACQUIRE_TIMEOUT_MS',
};

/** The defaults, with whatever the environment sets; a value that is not a positive whole number stops the start with its name. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof ServerLimits)[]) {
    const raw = env[LIMIT_ENV[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${LIMIT_ENV[key]} 须为正整数 / must be a positive whole number: ${raw}`);
    limits[key] = value;
  }
  return limits;
}
