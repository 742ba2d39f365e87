import { useCallback, useEffect, useRef, useState } from 'react';
import type { TemplateDraft } from '../../../shared/api/checklist-templates';
import { api } from '../../api/client';
import { registerDraftFlush } from '../../lib/draft-flush';
import type { Json } from './template-paths';

export type DraftSaveState = 'idle' | 'pending' | 'saving' | 'error';

const DEBOUNCE_MS = 800;

interface DraftSetters {
  accept: (next: TemplateDraft) => void;
  setTemplate: (template: Json) => void;
  setState: (state: DraftSaveState) => void;
  setError: (error: unknown) => void;
}

/**
 * The saving half of `useTemplateDraft`: `start` takes a loaded template as saved, `change` shows an edit and
 * saves it after a pause, `flush` saves at once; saves are chained, one after another.
 */
function useDraftSaving(draftId: string, { accept, setTemplate, setState, setError }: DraftSetters, rowVersion: { current: number }) {
  const latest = useRef<Json | null>(null);
  const saved = useRef<Json | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const start = useCallback((loaded: Json) => {
    latest.current = loaded;
    saved.current = loaded;
  }, []);

  /** Sends what is typed, if it changed since the last save; resolves once saved (rejects if the save failed). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const run = chain.current.then(async () => {
      const body = latest.current;
      if (!body || body === saved.current) return;
      setState('saving');
      const next = await api.call('checklistTemplates.saveDraft', { draftId, rowVersion: rowVersion.current, template: body });
      saved.current = body;
      accept(next);
      setState(latest.current === body ? 'idle' : 'pending');
    });
    chain.current = run.catch((e: unknown) => {
      setError(e);
      setState('error');
    });
    return run;
  }, [accept, draftId, rowVersion, setError, setState]);

  const change = useCallback(
    (next: Json) => {
      latest.current = next;
      setTemplate(next);
      setState('pending');
      setError(null);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), DEBOUNCE_MS);
    },
    [flush, setError, setState, setTemplate],
  );

  return { start, flush, change };
}

/**
 * One template draft being edited: every change shows at once and is saved
 * after a short pause (and at once before validating, publishing, leaving the
 * screen or signing out). Saves go one after another, each naming the row
 * version the last one returned, so a second window's save is refused rather
 * than lost silently.
 */
export function useTemplateDraft(draftId: string) {
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [template, setTemplate] = useState<Json | null>(null);
  const [state, setState] = useState<DraftSaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const rowVersion = useRef(0);

  const accept = useCallback((next: TemplateDraft) => {
    rowVersion.current = next.rowVersion;
    setDraft(next);
  }, []);
  const { start, flush, change } = useDraftSaving(draftId, { accept, setTemplate, setState, setError }, rowVersion);

  const load = useCallback(async () => {
    try {
      const loaded = await api.call('checklistTemplates.getDraft', { draftId });
      accept(loaded);
      start(loaded.template);
      setTemplate(loaded.template);
      setState('idle');
      setError(null);
    } catch (e) {
      setError(e);
      setState('error');
    }
  }, [accept, draftId, start]);

  useEffect(() => {
    void load();
  }, [load]);

  // Whatever is typed is saved when the screen is left or the session ends.
  useEffect(() => {
    const unregister = registerDraftFlush(() => flush().catch(() => undefined));
    return () => {
      unregister();
      void flush().catch(() => undefined);
    };
  }, [flush]);

  return { draft, template, state, error, change, flush, reload: load, rowVersion: () => rowVersion.current };
}
