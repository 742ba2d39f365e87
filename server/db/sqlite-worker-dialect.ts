import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { betterSqliteEntry, SQLITE_WORKER_SOURCE } from './sqlite-worker-source';

/**
 * Kysely's SQLite dialect with the database in a worker thread (issue 24
 * item 3): the main thread compiles each query, posts its text and parameters
 * and awaits the rows, so the event loop keeps answering requests (`/health`
 * first of all) while SQLite works. Kysely's own SqliteDialect called
 * better-sqlite3 on the main thread.
 *
 * kysely-generic-sqlite does the same but needs Kysely 0.29 and a worker file
 * of one's own beside the bundle; kysely-sqlite-worker targets Kysely 0.26
 * and reads its worker from its own folder, which a bundle does not have. So
 * it is written here, small.
 */
export class SqliteWorkerDialect implements Dialect {
  constructor(private readonly options: SqliteWorkerOptions) {}

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createDriver(): Driver {
    return new SqliteWorkerDriver(this.options);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

export interface SqliteWorkerOptions {
  /** The database file (created if needed). */
  file: string;
  /** How many prepared statements the worker keeps (most recently used). */
  keptStatements?: number;
}

/** An error raised by better-sqlite3 in the worker, with its `code` (SQLITE_CONSTRAINT_UNIQUE …) kept. */
export class SqliteWorkerError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    name = 'SqliteError',
  ) {
    super(message);
    this.name = name;
  }
}

interface WorkerAnswer {
  id: number;
  rows: Record<string, unknown>[];
  numAffectedRows?: number | bigint;
  insertId?: number | bigint;
  blobColumns: string[];
  error?: { message: string; code?: string; name?: string };
}

interface Pending {
  resolve(answer: WorkerAnswer): void;
  reject(error: Error): void;
}

/**
 * SQLite has one connection: as Kysely's SqliteDriver does, a mutex lets one
 * caller hold it at a time, so a transaction's BEGIN … COMMIT never
 * interleaves with another caller's statements.
 */
class SqliteWorkerDriver implements Driver {
  private readonly mutex = new ConnectionMutex();
  private connection: WorkerConnection | null = null;

  constructor(private readonly options: SqliteWorkerOptions) {}

  async init(): Promise<void> {
    this.connection = await WorkerConnection.start(this.options);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    if (!this.connection) {
      this.mutex.unlock();
      throw new Error('SQLite worker: the database is closed');
    }
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock();
  }

  /** Waits for the caller holding the connection (a statement or transaction under way), then closes. */
  async destroy(): Promise<void> {
    await this.mutex.lock();
    const connection = this.connection;
    this.connection = null;
    this.mutex.unlock();
    await connection?.close();
  }
}

class WorkerConnection implements DatabaseConnection {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private ended: Error | null = null;
  private readonly exited: Promise<void>;

  private constructor(private readonly worker: Worker) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    worker.on('error', (error) => this.end(error));
    worker.once('exit', (code) => this.end(new Error(`SQLite worker: ended (exit code ${code})`)));
    // Idle, the worker does not keep the process alive (as an open better-sqlite3 handle did not); while a query waits, it does.
    worker.unref();
  }

  /** Starts the worker and resolves once it opened the database, or rejects with why it could not. */
  static start(options: SqliteWorkerOptions): Promise<WorkerConnection> {
    const workerData = { file: options.file, betterSqlite: betterSqliteEntry(), keptStatements: options.keptStatements ?? 100 };
    const worker = new Worker(SQLITE_WORKER_SOURCE, { eval: true, workerData });
    return new Promise((resolve, reject) => {
      const onFirst = (message: { ready?: true; failed?: { message: string; code?: string } }) => {
        worker.off('error', reject);
        if (message.failed) reject(new SqliteWorkerError(message.failed.message, message.failed.code));
        else resolve(new WorkerConnection(worker));
      };
      worker.once('message', onFirst);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`SQLite worker: ended before opening the database (exit code ${code})`)));
    });
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const answer = await this.post(compiledQuery.sql, compiledQuery.parameters);
    for (const column of answer.blobColumns) {
      for (const row of answer.rows) {
        const value = row[column];
        if (value instanceof Uint8Array) row[column] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      }
    }
    return {
      rows: answer.rows as R[],
      numAffectedRows: answer.numAffectedRows === undefined ? undefined : BigInt(answer.numAffectedRows),
      insertId: answer.insertId === undefined ? undefined : BigInt(answer.insertId),
    };
  }

  /** Not streamed: the rows come over whole, then are handed out. The server streams no query. */
  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let start = 0; start < rows.length; start += chunkSize) yield { rows: rows.slice(start, start + chunkSize) };
  }

  /** Closes the database in the worker after every statement already posted, and waits for the thread to end. */
  async close(): Promise<void> {
    if (!this.ended) {
      this.worker.ref();
      this.worker.postMessage({ close: true });
    }
    await this.exited;
  }

  private post(sql: string, parameters: readonly unknown[]): Promise<WorkerAnswer> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      try {
        this.worker.postMessage({ id, sql, parameters });
      } catch (error) {
        // A parameter that cannot be copied to the worker (a function…): this query fails, the connection goes on.
        this.settle({ id, rows: [], blobColumns: [], error: { message: error instanceof Error ? error.message : String(error), name: 'TypeError' } });
      }
    });
  }

  private settle(answer: WorkerAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if (this.pending.size === 0) this.worker.unref();
    if (answer.error) waiting.reject(new SqliteWorkerError(answer.error.message, answer.error.code, answer.error.name));
    else waiting.resolve(answer);
  }

  /** The worker failed or ended: every waiting query fails with that, as does every later one. */
  private end(error: Error): void {
    this.ended ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.ended);
    this.pending.clear();
  }
}

class ConnectionMutex {
  private held: Promise<void> | null = null;
  private release: (() => void) | null = null;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  unlock(): void {
    const release = this.release;
    this.held = null;
    this.release = null;
    release?.();
  }
}
