import type { FastifyReply } from 'fastify';
import { SyncHttpError } from './errors';

/**
 * A site's client sends one request at a time; 4 leave room for a retry
 * racing its own slow first attempt and for a copy a proxy sent twice, and
 * bound what one device's credential can make head office hold at once
 * (4 × the 32 MiB decompressed limit).
 */
export const MAX_UPLOADS_PER_DEVICE = 4;

/** Requests with a body under way per device; a slot is given back when its answer is sent or the connection closes. */
export class UploadSlots {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly limit = MAX_UPLOADS_PER_DEVICE) {}

  /** Takes a slot for the request `reply` answers, or refuses with 429 when the device has none free. */
  take(deviceId: string, reply: FastifyReply): void {
    const held = this.inFlight.get(deviceId) ?? 0;
    if (held >= this.limit) {
      throw new SyncHttpError(429, 'busy', `此设备已有 ${held} 个上传在进行，请稍后再试 / this device already has ${held} uploads under way: try again shortly`, 5);
    }
    this.inFlight.set(deviceId, held + 1);
    let given = false;
    reply.raw.once('close', () => {
      if (given) return;
      given = true;
      const left = (this.inFlight.get(deviceId) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(deviceId);
      else this.inFlight.set(deviceId, left);
    });
  }

  held(deviceId: string): number {
    return this.inFlight.get(deviceId) ?? 0;
  }
}
