import type { CoreContext } from '../context';
import { escalateBatch } from './escalate';

/**
 * The escalation timer: one batch per turn of the event loop after start-up
 * (never before it: a store closed over a weekend may have many due), then
 * every `everyMs`. Returns the function that stops it.
 */
export function startEscalationTimer(context: Pick<CoreContext, 'store' | 'now' | 'calendar'>, everyMs: number): () => void {
  let stopped = false;
  let pending: NodeJS.Immediate | null = null;
  const run = () => {
    if (stopped || pending) return;
    pending = setImmediate(() => {
      pending = null;
      if (!stopped && escalateBatch(context).more) run();
    });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    if (pending) clearImmediate(pending);
  };
}
