import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftKey } from '../../shared/api/drafts';
import type { ApiInput } from '../../shared/api/contract';
import { api } from '../api/client';
import { registerDraftFlush } from '../lib/draft-flush';

export const DRAFT_SAVE_DELAY_MS = 400;

export interface DraftControl {
  /** When the restored draft was saved; null when the form started empty or the draft was discarded. */
  restoredAt: string | null;
  /** When this form's input was last saved as a draft. */
  savedAt: string | null;
  /** Removes the draft; `blank` is what the form is reset to (so the reset itself is not saved as a draft). */
  discard: (blank: object) => Promise<void>;
  /** True while what is typed differs from what the core has confirmed holding (a save pending, in flight or failed). */
  unsaved: () => boolean;
  /** Save what is typed now rather than after the pause (the form lost focus). */
  flush: () => Promise<void>;
  /**
   * Stop saving while the record itself is being saved: the core deletes the draft with it. Resolves once every
   * draft save already sent has been answered, so that the record's save reaches the core after them (over
   * HTTP in browser mode two requests can arrive in either order, and a late draft save brought the draft back).
   */
  suspend: () => Promise<void>;
  /** Saving the record failed: keep saving the draft. */
  resume: () => void;
}

/**
 * Keeps a form's unsaved input in the core (`drafts.*`), so nothing typed is
 * lost to a crash, a closed window or a sign-out: restores it on opening
 * (only while nothing has been typed yet), saves ~400 ms after typing
 * pauses, and at once when the form loses focus, the window is hidden or
 * closed, or the form is left. `value` must be plain JSON; `onRestore` puts
 * a draft into the form and returns the form's values as restored.
 */
export function useDraft(draftKey: DraftKey, value: object, onRestore: (data: Record<string, unknown>) => object): DraftControl {
  const json = JSON.stringify(value);
  // The same draft for as long as its key reads the same (callers pass a fresh object each render).
  const keyJson = JSON.stringify(draftKey);
  const key = useMemo(() => JSON.parse(keyJson) as DraftKey, [keyJson]);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const current = useRef(json);
  current.current = json;
  /** What the core holds (or the pristine form); nothing is saved while the input equals it. */
  const saved = useRef(json);
  /** What the core has answered that it holds (saved differs while a save is in flight). */
  const confirmed = useRef(json);
  const ready = useRef(false);
  const suspended = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Draft saves sent and not yet answered. */
  const inFlight = useRef(new Set<Promise<void>>());
  const onRestoreRef = useRef(onRestore);
  onRestoreRef.current = onRestore;

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const saveNow = useCallback((): Promise<void> => {
    cancelTimer();
    const data = current.current;
    if (!ready.current || suspended.current || data === saved.current) return Promise.resolve();
    const before = saved.current;
    saved.current = data;
    const request = api
      .call('drafts.save', { ...key, data: JSON.parse(data) as Record<string, unknown> } as ApiInput<'drafts.save'>)
      .then((draft) => {
        confirmed.current = data;
        setSavedAt(draft.savedAt);
      })
      .catch(() => {
        // Best effort: the next change or flush tries again.
        if (saved.current === data) saved.current = before;
      })
      .finally(() => inFlight.current.delete(request));
    inFlight.current.add(request);
    return request;
  }, [key]);

  // Signing out saves first what was typed since the last pause.
  useEffect(() => registerDraftFlush(saveNow), [saveNow]);

  // Opening: bring back a draft, unless the person already started typing.
  useEffect(() => {
    const pristine = current.current;
    let live = true;
    api
      .call('drafts.get', key)
      .then((draft) => {
        if (!live) return;
        if (draft && current.current === pristine) {
          // What the form made of the draft (an older form's fields dropped) counts as saved: opening alone saves nothing.
          saved.current = JSON.stringify(onRestoreRef.current(draft.data));
          confirmed.current = saved.current;
          setRestoredAt(draft.savedAt);
        }
      })
      .catch(() => {})
      .finally(() => {
        if (!live) return;
        ready.current = true;
        if (current.current !== saved.current) timer.current = setTimeout(saveNow, DRAFT_SAVE_DELAY_MS);
      });
    return () => {
      live = false;
    };
  }, [key, saveNow]);

  // Typing: one save per pause.
  useEffect(() => {
    if (!ready.current || suspended.current) return;
    cancelTimer();
    if (json !== saved.current) timer.current = setTimeout(saveNow, DRAFT_SAVE_DELAY_MS);
  }, [json, saveNow]);

  // Leaving: the window hidden or closed, or the form itself unmounted.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    const onUnload = () => void saveNow();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onUnload);
      void saveNow();
    };
  }, [saveNow]);

  const discard = useCallback(
    async (blank: object) => {
      cancelTimer();
      saved.current = JSON.stringify(blank);
      confirmed.current = saved.current;
      setRestoredAt(null);
      setSavedAt(null);
      try {
        await api.call('drafts.discard', key);
      } catch {
        // The next save replaces it anyway.
      }
    },
    [key],
  );

  return {
    restoredAt,
    savedAt,
    discard,
    unsaved: () => current.current !== confirmed.current,
    flush: saveNow,
    suspend: async () => {
      suspended.current = true;
      cancelTimer();
      await Promise.all([...inFlight.current]);
    },
    resume: () => {
      suspended.current = false;
      if (current.current !== saved.current) timer.current = setTimeout(saveNow, DRAFT_SAVE_DELAY_MS);
    },
  };
}
