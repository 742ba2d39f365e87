import type { CoreContext } from './context';
import { openStore } from './db/store';
import { createDispatcher, type Dispatch } from './dispatch';
import { databaseFile } from './paths';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './services/passwords';
import { SessionRegistry, SignInThrottle } from './services/sessions';
import { loadDemoData } from './services/demo-data';
import { readSite } from './services/site';

export interface CoreOptions {
  dataDir: string;
  /** Fill an empty store with demo data at start (the `--demo` flag). */
  demo?: boolean;
  now?: () => Date;
  nativeBinding?: string;
  scryptCost?: ScryptCost;
}

export interface Core {
  context: CoreContext;
  dispatch: Dispatch;
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
  };
  if (options.demo && !readSite(store.read)) await loadDemoData(context);
  return { context, dispatch: createDispatcher(context), close: () => store.close() };
}
