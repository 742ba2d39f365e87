import type { DemoSite } from '../../shared/profiles';
import type { CoreContext } from './context';
import { openStore } from './db/store';
import { createDispatcher, type Dispatch } from './dispatch';
import { databaseFile } from './paths';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './users/passwords';
import { SessionRegistry } from './sign-in/sessions';
import { loadDemoData } from './demo';
import { readSite } from './site/site';
import { regradeBatch, regradeDue } from './complaints/complaints';
import { escalateDue, remindNarrativeReports, startEscalationTimer } from './notifications';
import { loadCalendar } from './calendar/calendar';
import { createSyncScheduler } from './sync/background';
import { mergeHeadOfficeRemarks } from './sync/remarks';
import type { SchedulerTimers } from './sync/scheduler';
import { backfillReportRows } from './reports';

export interface CoreOptions {
  dataDir: string;
  /** Fill an empty store with demo data at start (the `--demo [site]` flag): true is the default demo, the well station. */
  demo?: boolean | DemoSite;
  now?: () => Date;
  nativeBinding?: string;
  scryptCost?: ScryptCost;
  /** How often open complaints are re-graded (deadlines pass while nobody edits). 0 turns the timer off. */
  regradeEveryMs?: number;
  /** How often unacknowledged notifications are escalated; 0 turns the timer off. Default 15 s, off when re-grading is (tests). */
  notificationEveryMs?: number;
  /**
   * How long the first background pass (re-grading, report rows of old complaints, escalation and
   * reminders) waits after the store opens, so the first work list is served before it (issue 21 §3).
   * Default 1,500 ms; the timers' own intervals follow. Ignored when re-grading is 0 (tests).
   */
  backgroundDelayMs?: number;
  /** Timers of the background sync (tests inject fake ones). */
  syncTimers?: SchedulerTimers;
  /** The background sync timer; on by default. Off, sync runs only on demand (立即同步). */
  backgroundSync?: boolean;
}

export interface Core {
  context: CoreContext;
  dispatch: Dispatch;
  /** Re-grades open complaints now; returns how many changed class. */
  regrade(): number;
  /** Escalates the notifications past their limit now; returns how many. */
  escalateNotifications(): number;
  /** Raises the narrative reports' due-date reminders owed now (as the timer does); returns how many. */
  remindReports(): number;
  close(): void;
}

/** The first background pass waits this long after start: the sign-in screen and the first list come first. */
export const BACKGROUND_DELAY_MS = 1_500;

/** Opens the store and builds the one dispatcher that every transport calls. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const store = openStore(databaseFile(options.dataDir), { now, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  const context: CoreContext = {
    store,
    now,
    sessions: new SessionRegistry(now),
    scryptCost: options.scryptCost ?? DEFAULT_SCRYPT_COST,
    calendar: loadCalendar(store.read),
    sync: createSyncScheduler({
      store,
      now,
      background: options.backgroundSync !== false,
      ...(options.syncTimers ? { timers: options.syncTimers } : {}),
      // Head office's remarks just pulled are merged at once (a conflict then shows on the sync page).
      afterSync: () => mergeHeadOfficeRemarks(context),
      onCalendarChanged: () => (context.calendar = loadCalendar(store.read)),
    }),
  };
  if (options.demo && !readSite(store.read)) {
    await loadDemoData(context, options.demo === true ? 'well-station' : options.demo);
    context.calendar = loadCalendar(store.read);
  }

  const every = options.regradeEveryMs ?? 60_000;
  const delay = options.backgroundDelayMs ?? BACKGROUND_DELAY_MS;
  const stopRegrading = startRegrading(context, every, delay);
  const notifyEvery = options.notificationEveryMs ?? (every > 0 ? 15_000 : 0);
  const stopEscalation = notifyEvery > 0 ? startEscalationTimer(context, notifyEvery, delay) : () => {};
  // Remarks pulled by a run that failed before merging them.
  mergeHeadOfficeRemarks(context);
  // Only enrolled computers with an interval set get a timer (start() checks both).
  context.sync.start();
  return {
    context,
    dispatch: createDispatcher(context),
    regrade: () => regradeDue(context),
    escalateNotifications: () => escalateDue(context),
    remindReports: () => remindNarrativeReports(context),
    close: () => {
      stopRegrading();
      stopEscalation();
      // Aborts a run under way: its unacknowledged entries stay pending, a cut batch is resent under its id.
      void context.sync.stop();
      store.close();
    },
  };
}

/**
 * Re-grades open complaints every `every` ms and fills the report rows of
 * complaints stored before the reports feature existed; 0: once, at once
 * (tests, on their fake clock). Returns what stops both.
 */
function startRegrading(context: CoreContext, every: number, delay: number): () => void {
  // In the background, one short batch per turn of the event loop: a store that was closed over a long
  // weekend may have thousands of complaints due, and neither start-up nor a save should wait for them.
  let closed = false;
  let pending: NodeJS.Immediate | null = null;
  const regradeInBackground = () => {
    if (closed || pending) return;
    pending = setImmediate(() => {
      pending = null;
      if (!closed && regradeBatch(context).more) regradeInBackground();
    });
  };
  // Report rows of complaints stored before the reports feature existed: the same way, one batch per turn.
  let backfilling: NodeJS.Immediate | null = null;
  const backfillInBackground = () => {
    backfilling = setImmediate(() => {
      backfilling = null;
      try {
        if (!closed && backfillReportRows(context).more) backfillInBackground();
      } catch {
        // A store that refuses writes (damage found) keeps its reports as they are; the next start tries again.
      }
    });
  };
  let first: NodeJS.Timeout | null = null;
  if (every > 0) {
    first = setTimeout(() => {
      first = null;
      regradeInBackground();
      backfillInBackground();
    }, delay);
    first.unref();
  } else {
    regradeDue(context); // tests: synchronous, on their fake clock
    while (backfillReportRows(context).more);
  }
  const timer = every > 0 ? setInterval(regradeInBackground, every) : null;
  timer?.unref();
  return () => {
    closed = true;
    if (timer) clearInterval(timer);
    if (first) clearTimeout(first);
    if (pending) clearImmediate(pending);
    if (backfilling) clearImmediate(backfilling);
  };
}
