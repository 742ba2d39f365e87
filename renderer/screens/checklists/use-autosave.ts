import { useCallback, useEffect, useRef, useState, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { api } from '../../api/client';
import { useChecklistsStore } from '../../stores/checklists-store';

/** A change not yet sent: one item's value, or some cells of one table row. */
type Pending = { itemId: string; value: unknown } | { itemId: string; rowId: string; cells: Record<string, unknown> };

export type SaveState = 'idle' | 'pending' | 'saving' | 'error';

const DEBOUNCE_MS = 700;
export const itemKey = (itemId: string) => itemId;
export const cellKey = (itemId: string, rowId: string, columnId: string) => `${itemId}\u0000${rowId}\u0000${columnId}`;

/**
 * The record's writes, one after another: each names the version the last answer returned, and its answer
 * becomes the record. `pending` tells whether changes are still waiting once a write is done.
 */
function useWriteQueue(recordId: string, pending: MutableRefObject<Map<string, Pending>>) {
  const setRecord = useChecklistsStore((s) => s.setRecord);
  const record = useChecklistsStore((s) => s.records[recordId]);
  const version = useRef<number | undefined>(record?.version);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);

  if (record && (version.current === undefined || record.version > version.current)) version.current = record.version;

  const accept = useCallback(
    (next: ChecklistRecord) => {
      version.current = next.version;
      setRecord(next);
    },
    [setRecord],
  );

  /** Runs `write` after everything queued before it; its answer becomes the record. */
  const enqueue = useCallback(
    (write: (version: number) => Promise<ChecklistRecord>): Promise<ChecklistRecord> => {
      const run = chain.current.then(async () => {
        setState('saving');
        const next = await write(version.current ?? 1);
        accept(next);
        return next;
      });
      chain.current = run.then(
        () => setState(pending.current.size ? 'pending' : 'idle'),
        (e: unknown) => {
          setError(e);
          setState('error');
        },
      );
      return run;
    },
    [accept, pending],
  );
  return { version, chain, state, setState, error, setError, enqueue };
}

/** Typing in an item or a table cell: shown at once in the overlay, kept as pending (a row's cells together), and a save scheduled. */
function useEdits(pending: MutableRefObject<Map<string, Pending>>, setOverlay: Dispatch<SetStateAction<Record<string, unknown>>>, schedule: () => void) {
  const setItem = useCallback(
    (itemId: string, value: unknown) => {
      setOverlay((o) => ({ ...o, [itemKey(itemId)]: value }));
      pending.current.set(`i:${itemId}`, { itemId, value });
      schedule();
    },
    [pending, setOverlay, schedule],
  );

  const setCell = useCallback(
    (itemId: string, rowId: string, columnId: string, value: unknown) => {
      setOverlay((o) => ({ ...o, [cellKey(itemId, rowId, columnId)]: value }));
      const key = `r:${itemId}:${rowId}`;
      const before = pending.current.get(key);
      const cells = before && 'cells' in before ? before.cells : {};
      pending.current.set(key, { itemId, rowId, cells: { ...cells, [columnId]: value } });
      schedule();
    },
    [pending, setOverlay, schedule],
  );
  return { setItem, setCell };
}

/** Leaving the screen (or the window) sends what is still pending. */
function useFlushOnLeave(flush: () => Promise<unknown>) {
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);
}

/**
 * Autosave of one record: every change shows at once (an overlay over the
 * stored answers) and is sent after a short pause, or at once on blur and
 * when the screen is left. Saves go one after another, each naming the
 * version the last answer returned, so two quick changes never race; the core
 * re-reads the stored answers on each save and changes only that item or row.
 * Other writes (photos, completing) go through the same queue after it.
 */
export function useAutosave(recordId: string) {
  const pending = useRef(new Map<string, Pending>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [overlay, setOverlay] = useState<Record<string, unknown>>({});
  const { version, chain, state, setState, error, setError, enqueue } = useWriteQueue(recordId, pending);

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    const entries = [...pending.current.values()];
    pending.current.clear();
    if (entries.length === 0) return chain.current;
    setError(null);
    for (const change of entries) {
      void enqueue((v) => api.call('checklists.saveAnswers', { id: recordId, version: v, ...change } as never)).then(
        () => setOverlay((o) => dropSent(o, change)),
        () => undefined,
      );
    }
    return chain.current;
  }, [enqueue, recordId, chain, setError]);

  const schedule = useCallback(() => {
    setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush, setState]);
  const { setItem, setCell } = useEdits(pending, setOverlay, schedule);

  /** Sends what is pending, then runs one more write (a photo, a new row, completing). */
  const write = useCallback(
    async (run: (version: number) => Promise<ChecklistRecord>) => {
      await flush();
      return enqueue(run);
    },
    [enqueue, flush],
  );
  useFlushOnLeave(flush);

  const reload = useCallback(async () => {
    pending.current.clear();
    setOverlay({});
    setError(null);
    setState('idle');
    version.current = undefined;
    await useChecklistsStore.getState().fetchRecord(recordId);
  }, [recordId, setError, setState, version]);

  return { overlay, state, error, setItem, setCell, flush, write, reload };
}

/** Drops the overlay entries the save carried, unless they changed again meanwhile (then they wait for their own save). */
function dropSent(overlay: Record<string, unknown>, change: Pending): Record<string, unknown> {
  const next = { ...overlay };
  if ('value' in change) {
    if (Object.is(next[itemKey(change.itemId)], change.value)) delete next[itemKey(change.itemId)];
  } else {
    for (const [column, value] of Object.entries(change.cells)) {
      const key = cellKey(change.itemId, change.rowId, column);
      if (Object.is(next[key], value)) delete next[key];
    }
  }
  return next;
}
