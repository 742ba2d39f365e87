import type { FastifyReply } from 'fastify';
import { SyncHttpError } from './errors';

/**
 * Bounds the push work head office takes on (issue 24 items 3–4): at most
 * `workers` batches are applied at once, and at most `queue` more are
 * admitted to wait (their body arriving, or their turn). One more is answered
 * 503 with Retry-After at once, from its onRequest hook, before its body is
 * read. Without it, hundreds of sites at once piled parsed bodies up in
 * memory and, on SQLite, kept the event loop so busy that /health went
 * unanswered for 15 s; bounded, a refused site comes back when told
 * (electron/core/sync/push.ts) and /health is answered between batches.
 */
export class PushQueue {
  private admitted = 0;
  private applying = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly workers: number,
    private readonly queue: number,
    private readonly retryAfterSeconds: number,
  ) {}

  /**
   * Admits the request `reply` answers, or refuses it with 503. Its place is
   * given back once it is answered (or its connection closed) and its batch
   * is no longer waiting or being applied, so a client that gave up does not
   * free a place its batch still holds.
   */
  admit(reply: FastifyReply): PushTicket {
    if (this.admitted >= this.workers + this.queue) {
      throw new SyncHttpError(
        503,
        'overloaded',
        `总部正忙（同时同步的网点较多），请 ${this.retryAfterSeconds} 秒后再试 / head office is busy with many sites at once: try again in ${this.retryAfterSeconds} s`,
        this.retryAfterSeconds,
      );
    }
    this.admitted++;
    const ticket = new PushTicket(this, () => this.admitted--);
    reply.raw.once('close', () => ticket.answered());
    return ticket;
  }

  /** Batches admitted and not yet given back: waiting or applied now. */
  get held(): number {
    return this.admitted;
  }

  /** @internal PushTicket's turn: resolves when a worker is free. */
  async takeTurn(): Promise<void> {
    if (this.applying < this.workers) {
      this.applying++;
      return;
    }
    // The worker that finishes hands its turn over (endTurn), so `applying` stays as it is.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** @internal */
  endTurn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.applying--;
  }
}

/** One admitted push: its batch is applied in turn (`run`); its place is given back once answered and done. */
export class PushTicket {
  private closed = false;
  private working = false;
  private released = false;

  constructor(
    private readonly queue: PushQueue,
    private readonly giveBack: () => void,
  ) {}

  /** Runs `work` when a worker is free; skipped when the client has gone meanwhile (its resend is answered as usual). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.working = true;
    try {
      await this.queue.takeTurn();
      try {
        if (this.closed) throw new SyncHttpError(503, 'overloaded', '客户端已断开 / the client went away while its batch waited');
        return await work();
      } finally {
        this.queue.endTurn();
      }
    } finally {
      this.working = false;
      this.release();
    }
  }

  /** @internal The answer was sent, or the connection closed. */
  answered(): void {
    this.closed = true;
    this.release();
  }

  private release(): void {
    if (this.released || !this.closed || this.working) return;
    this.released = true;
    this.giveBack();
  }
}
