import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
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

/** What the hook keeps between renders; read and written by its callbacks, so kept out of React state. */
interface DraftState {
  /** The form's input as typed, as JSON. */
  typed: string;
  /** What the core holds (or the pristine form); nothing is saved while the input equals it. */
  saved: string;
  /** What the core has answered that it holds (saved differs while a save is in flight). */
  confirmed: string;
  ready: boolean;
  suspended: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  /** Draft saves sent and not yet answered. */
  inFlight: Set<Promise<void>>;
}

function cancelTimer(state: DraftState) {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
}

/** One save after the pause, if the input differs from what the core holds. */
function scheduleSave(state: DraftState, saveNow: () => Promise<void>) {
  if (state.typed !== state.saved) state.timer = setTimeout(saveNow, DRAFT_SAVE_DELAY_MS);
}

/** Sends the input to the core now, unless nothing changed, the draft is not restored yet, or saving is suspended. */
function saveDraft(state: DraftState, key: DraftKey, setSavedAt: (at: string) => void): Promise<void> {
  cancelTimer(state);
  const data = state.typed;
  if (!state.ready || state.suspended || data === state.saved) return Promise.resolve();
  const before = state.saved;
  state.saved = data;
  const request = api
    .call('drafts.save', { ...key, data: JSON.parse(data) as Record<string, unknown> } as ApiInput<'drafts.save'>)
    .then((draft) => {
      state.confirmed = data;
      setSavedAt(draft.savedAt);
    })
    .catch(() => {
      // Best effort: the next change or flush tries again.
      if (state.saved === data) state.saved = before;
    })
    .finally(() => state.inFlight.delete(request));
  state.inFlight.add(request);
  return request;
}

type OnRestore = (data: Record<string, unknown>) => object;

/** Opening: bring back a draft, unless the person already started typing. */
function useRestoreDraft(key: DraftKey, state: DraftState, saveNow: () => Promise<void>, onRestore: MutableRefObject<OnRestore>, setRestoredAt: (at: string) => void) {
  useEffect(() => {
    const pristine = state.typed;
    let live = true;
    api
      .call('drafts.get', key)
      .then((draft) => {
        if (!live) return;
        if (draft && state.typed === pristine) {
          // What the form made of the draft (an older form's fields dropped) counts as saved: opening alone saves nothing.
          state.saved = JSON.stringify(onRestore.current(draft.data));
          state.confirmed = state.saved;
          setRestoredAt(draft.savedAt);
        }
      })
      .catch(() => {})
      .finally(() => {
        if (!live) return;
        state.ready = true;
        scheduleSave(state, saveNow);
      });
    return () => {
      live = false;
    };
  }, [key, state, saveNow, onRestore, setRestoredAt]);
}

/** Leaving: the window hidden or closed, or the form itself unmounted. */
function useSaveOnLeave(saveNow: () => Promise<void>) {
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
}

/**
 * Keeps a form's unsaved input in the core (`drafts.*`), so nothing typed is
 * lost to a crash, a closed window or a sign-out: restores it on opening
 * (only while nothing has been typed yet), saves ~400 ms after typing
 * pauses, and at once when the form loses focus, the window is hidden or
 * closed, or the form is left. `value` must be plain JSON; `onRestore` puts
 * a draft into the form and returns the form's values as restored.
 */
export function useDraft(draftKey: DraftKey, value: object, onRestore: OnRestore): DraftControl {
  const json = JSON.stringify(value);
  // The same draft for as long as its key reads the same (callers pass a fresh object each render).
  const keyJson = JSON.stringify(draftKey);
  const key = useMemo(() => JSON.parse(keyJson) as DraftKey, [keyJson]);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [state] = useState<DraftState>(() => ({ typed: json, saved: json, confirmed: json, ready: false, suspended: false, timer: null, inFlight: new Set() }));
  state.typed = json;
  const onRestoreRef = useRef(onRestore);
  onRestoreRef.current = onRestore;

  const saveNow = useCallback(() => saveDraft(state, key, setSavedAt), [state, key]);
  // Signing out saves first what was typed since the last pause.
  useEffect(() => registerDraftFlush(saveNow), [saveNow]);
  useRestoreDraft(key, state, saveNow, onRestoreRef, setRestoredAt);
  // Typing: one save per pause.
  useEffect(() => {
    if (!state.ready || state.suspended) return;
    cancelTimer(state);
    scheduleSave(state, saveNow);
  }, [json, state, saveNow]);
  useSaveOnLeave(saveNow);

  const discard = useCallback(
    async (blank: object) => {
      cancelTimer(state);
      state.saved = JSON.stringify(blank);
      state.confirmed = state.saved;
      setRestoredAt(null);
      setSavedAt(null);
      try {
        await api.call('drafts.discard', key);
      } catch {
        // The next save replaces it anyway.
      }
    },
    [state, key],
  );
  return {
    restoredAt,
    savedAt,
    discard,
    unsaved: () => state.typed !== state.confirmed,
    flush: saveNow,
    suspend: async () => {
      state.suspended = true;
      cancelTimer(state);
      await Promise.all([...state.inFlight]);
    },
    resume: () => {
      state.suspended = false;
      scheduleSave(state, saveNow);
    },
  };
}
