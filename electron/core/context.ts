import type { User } from '../../shared/api/users';
import type { WorkingCalendar } from '../../shared/calendar/working-calendar';
import type { Store } from './db/store';
import type { ScryptCost } from './users/passwords';
import type { SessionRegistry } from './sign-in/sessions';
import type { RunResult } from './sync/run';
import type { SyncScheduler } from './sync/scheduler';

/** Built once per running core; tests build it around a temporary database and a fake clock. */
export interface CoreContext {
  store: Store;
  now: () => Date;
  sessions: SessionRegistry;
  scryptCost: ScryptCost;
  /** Working days for deadlines (holidays, 调休, site hours). */
  calendar: WorkingCalendar;
  /** Background and on-demand sync with head office; its timer runs only while enrolled with an interval set. */
  sync: SyncScheduler<RunResult>;
}

/** What a handler receives for one call. */
export interface CallContext {
  core: CoreContext;
  /** The signed-in user; null only for 'public' methods. */
  user: User | null;
  sessionToken: string | undefined;
}

export function requireUser(ctx: CallContext): User {
  if (!ctx.user) throw new Error('handler requires a signed-in user'); // the dispatcher guarantees it
  return ctx.user;
}
