import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../api/client';
import { isApiCallError } from '../../api/api-call-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { localiseCoreMessage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { useChecklistsStore } from '../../stores/checklists-store';
import type { useAutosave } from './use-autosave';

/**
 * 完成并提交: asked first, then sent through the autosave (pending answers go first); what the core
 * finds missing is listed. Just submitted, the page goes back to its top, where the result is said
 * (issue 20 item 4).
 */
export function useRecordCompletion(id: string, autosave: ReturnType<typeof useAutosave>) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  const [justCompleted, setJustCompleted] = useState(false);
  const resultBanner = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!justCompleted) return;
    resultBanner.current?.scrollIntoView?.({ block: 'start' }); // absent where there is no layout (component tests)
    resultBanner.current?.focus();
  }, [justCompleted]);
  const complete = async () => {
    setAsking(false);
    setIssues([]);
    try {
      await autosave.write((version) => api.call('checklists.complete', { id, version }));
      setJustCompleted(true);
      void useChecklistsStore.getState().load();
    } catch (error) {
      setIssues(isApiCallError(error) && error.issues.length ? error.issues.map((i) => localiseCoreMessage(i.message)) : [errorText(error, t)]);
    }
  };
  return { issues, asking, ask: () => setAsking(true), cancel: () => setAsking(false), complete, justCompleted, resultBanner };
}

type Completion = ReturnType<typeof useRecordCompletion>;

/** The completed record's result line: right after submitting, how it went; later, that it is completed. */
export function RecordResult({ completion, failed, raised }: { completion: Completion; failed: number; raised: number }) {
  const { t } = useTranslation();
  const { justCompleted, resultBanner } = completion;
  return (
    <p className="banner" ref={resultBanner} tabIndex={-1} role={justCompleted ? 'status' : undefined} data-testid="checklist-result">
      {justCompleted ? submittedText(failed, raised, t) : t('checklists.completed')}
    </p>
  );
}

/** The draft's 完成并提交 with what the last try found missing above it. */
export function CompleteSection({ completion }: { completion: Completion }) {
  const { t } = useTranslation();
  return (
    <section className="panel">
      {completion.issues.length > 0 && (
        <div data-testid="complete-issues">
          <h3>{t('checklists.completeTitle')}</h3>
          <ErrorBanner messages={completion.issues} />
        </div>
      )}
      <button type="button" className="button" onClick={completion.ask} data-testid="checklist-complete">
        {t('checklists.complete')}
      </button>
    </section>
  );
}

/**
 * Asked before 完成并提交, which cannot be taken back (issue 20 item 2). Completing raises no corrective
 * action by itself, so the question says how many items failed and how many actions are already raised.
 */
export function CompleteQuestion({ failed, raised, onConfirm, onCancel }: { failed: number; raised: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('confirm.checklist.title')}
      consequences={[t('confirm.checklist.locked'), failed === 0 ? t('confirm.checklist.noFailures') : t('confirm.checklist.failures', { failed, raised })]}
      confirmLabel={t('checklists.complete')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

/** What the lead reads right after 完成并提交: how many items failed and how many corrective actions exist, or that all passed. */
function submittedText(failed: number, raised: number, t: TFunction): string {
  return failed === 0 && raised === 0 ? t('checklists.submittedAllPassed') : t('checklists.submitted', { count: failed, raised });
}
