import type { CoreContext } from './context';
import { openStore } from './db/store';
import { createDispatcher, type Dispatch } from './dispatch';
import { databaseFile } from './paths';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './services/passwords';
import { SessionRegistry, SignInThrottle } from './services/sessions';
import { loadDemoData } from './services/demo-data';
import { readSite } from './services/site';
import { regradeDue } from './services/complaints';
import { loadCalendar } from './services/calendar';

export interface CoreOptions {
  dataDir: string;
  /** Fill an empty store with demo data at start (the `--demo` flag). */
  demo?: boolean;
  now?: () => Date;
  nativeBinding?: string;
  scryptCost?: ScryptCost;
  /** How often open complaints are re-graded (deadlines pass while nobody edits). 0 turns the timer off. */
  regradeEveryMs?: number;
}

export interface Core {
  context: CoreContext;
  dispatch: Dispatch;
  /** Re-grades open complaints now; returns how many changed class. */
  regrade(): number;
  close(): void;
}

/** Opens the store and builds the one dispatcher that every transport calls. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const store = openStore(databaseFile(options.dataDir), { now, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  const context: CoreContext = {
    store,
    now,
    sessions: new SessionRegistry(now),
    signInThrottle: new SignInThrottle(now),
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
    calendar: loadCalendar(store.read),
  };
  if (options.demo && !readSite(store.read)) {
    await loadDemoData(context);
    context.calendar = loadCalendar(store.read);
  }

  const regrade = () => regradeDue(context);
  regrade();
  const every = options.regradeEveryMs ?? 60_000;
  const timer = every > 0 ? setInterval(regrade, every) : null;
  timer?.unref();
  return {
    context,
    dispatch: createDispatcher(context),
    regrade,
    close: () => {
      if (timer) clearInterval(timer);
      store.close();
    },
  };
}
