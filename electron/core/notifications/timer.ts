import type { CoreContext } from '../context';
import { escalateBatch } from './escalate';
import { remindNarrativeReports } from './report-reminders';

/**
 * The escalation timer: one batch per turn of the event loop after start-up
 * (never before it: a store closed over a weekend may have many due), the
 * first `firstAfterMs` after it (the first work list comes first), then
 * every `everyMs`. Each tick also raises the narrative reports' due-date
 * reminders (each once, whatever the number of ticks). Returns the function
 * that stops it.
 */
export function startEscalationTimer(context: Pick<CoreContext, 'store' | 'now' | 'calendar'>, everyMs: number, firstAfterMs = 0): () => void {
  let stopped = false;
  let pending: NodeJS.Immediate | null = null;
  const run = () => {
    if (stopped || pending) return;
    pending = setImmediate(() => {
      pending = null;
      if (!stopped && escalateBatch(context).more) run();
    });
  };
  const tick = () => {
    if (stopped) return;
    try {
      remindNarrativeReports(context);
    } catch {
      // A store that refuses writes (damage found) raises no reminder; escalation reports its own failure.
    }
    run();
  };
  const first = setTimeout(tick, firstAfterMs);
  first.unref();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    clearTimeout(first);
    if (pending) clearImmediate(pending);
  };
}
