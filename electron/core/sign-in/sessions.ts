import { randomBytes } from 'node:crypto';

interface SessionEntry {
  userId: string;
  lastActivity: number;
}

/**
 * Signed-in sessions, held in memory: a restart signs everyone out, which is
 * what a shared counter PC wants. A session ends after `idleMinutes` without
 * a call — enforced here in the core, not only by the renderer's idle timer.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, SessionEntry>();

  constructor(private readonly now: () => Date) {}

  open(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastActivity: this.now().getTime() });
    return token;
  }

  /** The user of a live session, refreshing its activity; null if unknown or idle too long. */
  touch(token: string | undefined, idleMinutes: number): string | null {
    if (!token) return null;
    const entry = this.sessions.get(token);
    if (!entry) return null;
    const now = this.now().getTime();
    if (now - entry.lastActivity > idleMinutes * 60_000) {
      this.sessions.delete(token);
      return null;
    }
    entry.lastActivity = now;
    return entry.userId;
  }

  close(token: string | undefined): void {
    if (token) this.sessions.delete(token);
  }

  closeAllFor(userId: string): void {
    for (const [token, entry] of this.sessions) if (entry.userId === userId) this.sessions.delete(token);
  }
}
