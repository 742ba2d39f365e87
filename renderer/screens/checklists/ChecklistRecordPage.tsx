import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChecklistAction } from '../../../shared/api/checklists';
import { recordScore } from '../../../shared/checklists/record-score';
import { isFailed, offersCorrectiveAction, type Answers, type PhotoRef } from '../../../shared/checklists/answer-values';
import { computedDetail, withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { isShown } from '../../../shared/checklists/item-outcomes';
import { api } from '../../api/client';
import { isApiCallError } from '../../api/api-call-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { localiseCoreMessage } from '../../i18n/i18n';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { ActionsPanel } from './ActionsPanel';
import { AnswerInput } from './AnswerInput';
import { useChecklistText } from './checklist-text';
import { failedCount } from './failed-count';
import { ItemField } from './ItemField';
import { PhotoField } from './PhotoField';
import { ChecklistPrint } from './print/ChecklistPrint';
import { ScoreBlock } from './print/ScoreBlock';
import { usePrint } from './print/use-print';
import { RaiseActionForm } from './RaiseActionForm';
import { TableItem } from './TableItem';
import { itemKey, useAutosave } from './use-autosave';
import './checklists.css';

/**
 * Filling one record: every answer autosaves (after a short pause, at once
 * on leaving a field or the screen); the record lives in the store, so after
 * a crash it opens again where it was. Completing checks the required items
 * and evidence photos in the core and lists what is missing.
 */
export function ChecklistRecordPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  const record = useChecklistsStore((s) => s.records[id]);
  const fetchRecord = useChecklistsStore((s) => s.fetchRecord);
  const storeError = useChecklistsStore((s) => s.error);
  const go = useNavigationStore((s) => s.go);
  const autosave = useAutosave(id);
  const { mode, print } = usePrint();
  const [completeIssues, setCompleteIssues] = useState<string[]>([]);
  const [askingComplete, setAskingComplete] = useState(false);
  // Just submitted: the page goes back to its top, where the result is said (issue 20 item 4).
  const [justCompleted, setJustCompleted] = useState(false);
  const resultBanner = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!justCompleted) return;
    resultBanner.current?.scrollIntoView?.({ block: 'start' }); // absent where there is no layout (component tests)
    resultBanner.current?.focus();
  }, [justCompleted]);

  useEffect(() => {
    void fetchRecord(id);
  }, [id, fetchRecord]);

  if (!record) return <section className="page">{storeError ? <ErrorBanner messages={[errorText(storeError, t)]} /> : <p className="muted">…</p>}</section>;

  const template = record.template;
  const entered: Answers = { ...record.answers };
  for (const [key, value] of Object.entries(autosave.overlay)) if (!key.includes('\u0000')) entered[key] = value;
  // Answers the app computes from dates and counts (issue 17) show beside the entered ones, never as inputs.
  const answers = withComputedAnswers(template, entered);
  const disabled = !record.may.fill;
  // Scored once per render, for the panel and the printed report alike.
  const score = recordScore(template, record.answers);
  const items = template.sections.flatMap((s) => s.items);
  const labelOf = (itemId: string) => items.find((i) => i.id === itemId)?.label ?? { zh: itemId, en: itemId };
  const hintOf = (item: (typeof items)[number]) => {
    const detail = computedDetail(item, answers, labelOf);
    const texts = [item.hint ? label(item.hint) : null, detail ? t('thresholds.computedAnswer', { detail: label(detail) }) : null].filter((x): x is string => x !== null);
    return texts.length ? texts.join(' ') : undefined;
  };
  const itemLabel = (a: ChecklistAction) => {
    const item = items.find((i) => i.id === a.itemId);
    const name = item ? label(item.label) : a.itemId;
    if (!a.rowId || !item) return name;
    const rows = (record.answers[item.id] as { id: string }[] | undefined) ?? [];
    return `${name} ${t('checklists.row', { n: rows.findIndex((r) => r.id === a.rowId) + 1 })}`;
  };

  /** A refused answer says why in the item's own words (the core names the item); other failures in general terms. */
  const saveErrorText = (error: unknown) => (isApiCallError(error) && error.issues[0] ? localiseCoreMessage(error.issues[0].message) : errorText(error, t));

  const complete = async () => {
    setAskingComplete(false);
    setCompleteIssues([]);
    try {
      await autosave.write((version) => api.call('checklists.complete', { id, version }));
      setJustCompleted(true);
      void useChecklistsStore.getState().load();
    } catch (error) {
      setCompleteIssues(isApiCallError(error) && error.issues.length ? error.issues.map((i) => localiseCoreMessage(i.message)) : [errorText(error, t)]);
    }
  };

  return (
    <section className="page checklist-page" data-testid="checklist-record" data-status={record.status}>
      <div className="page-head">
        <button type="button" className="button link" onClick={() => go({ page: 'checklists' })} data-testid="checklist-back">
          ← {t('checklists.back')}
        </button>
        <h2 data-testid="checklist-title">{label(template.title)}</h2>
        <p className="muted">
          {t('checklists.version', { version: record.templateVersion })} · {t(`checklists.status.${record.status}`)} · {t('checklists.startedBy', { name: record.startedByName, at: formatInstant(record.startedAt, timeZone) })}
          {record.completedAt && ` · ${t('checklists.completedBy', { name: record.completedByName, at: formatInstant(record.completedAt, timeZone) })}`}
        </p>
        <p className="checklist-save-state" role="status" data-testid="save-state" data-state={autosave.state}>
          {autosave.state === 'saving' ? t('checklists.saving') : autosave.state === 'pending' ? t('checklists.unsaved') : autosave.state === 'idle' ? t('checklists.saved') : null}
        </p>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => print('blank')} data-testid="print-blank">
            {t('checklists.printBlank')}
          </button>
          <button type="button" className="button secondary" onClick={() => print('filled')} data-testid="print-filled">
            {t('checklists.printReport')}
          </button>
        </div>
      </div>
      {autosave.state === 'error' && (
        <div className="banner banner-error" role="alert" data-testid="save-error">
          <p>{t('checklists.saveFailed', { message: saveErrorText(autosave.error) })}</p>
          {isApiCallError(autosave.error) && autosave.error.code === 'CONFLICT' && (
            <button type="button" className="button secondary" onClick={() => void autosave.reload()}>
              {t('checklists.reload')}
            </button>
          )}
        </div>
      )}
      {disabled && record.status === 'completed' && (
        <p className="banner" ref={resultBanner} tabIndex={-1} role={justCompleted ? 'status' : undefined} data-testid="checklist-result">
          {justCompleted ? submittedText(failedCount(template, answers), record.actions.length, t) : t('checklists.completed')}
        </p>
      )}
      <ScoreBlock score={score} className="panel checklist-score" testId="checklist-score" />
      {template.sections.map((section) => (
        <section key={section.id} className="panel checklist-section">
          <h3>{label(section.title)}</h3>
          {section.items
            .filter((item) => isShown(item, template, answers))
            .map((item) => {
              const value = answers[item.id];
              if (item.kind === 'table') {
                return (
                  <div key={item.id} className="checklist-field">
                    <div className="checklist-field-label">{label(item.label)}</div>
                    {item.hint && <p className="field-hint">{label(item.hint)}</p>}
                    <TableItem item={item} record={record} autosave={autosave} />
                  </div>
                );
              }
              const failed = offersCorrectiveAction(item) && isFailed(item, value);
              return (
                <ItemField
                  key={item.id}
                  field={item}
                  name={item.id}
                  hint={hintOf(item)}
                  source={item.source}
                  failed={failed}
                  mayRaise={record.may.raiseAction}
                  raiseForm={(onClose) => (
                    <RaiseActionForm
                      name={item.id}
                      problem={`${label(item.label)}：${t('checklists.failed')}`}
                      send={(input) => autosave.write(() => api.call('checklists.raiseAction', { recordId: id, itemId: item.id, ...input }))}
                      onClose={onClose}
                    />
                  )}
                >
                  {(labelledBy) =>
                    item.kind === 'photo' ? (
                      <PhotoField
                        field={item}
                        name={item.id}
                        photos={(value as PhotoRef[] | undefined) ?? []}
                        disabled={disabled}
                        onUpload={async (upload) => {
                          await autosave.write((version) => api.call('checklists.attachPhoto', { id, version, itemId: item.id, ...upload }));
                        }}
                        onRemove={async (photo) => {
                          await autosave.write((version) => api.call('checklists.removePhoto', { id, version, itemId: item.id, attachmentId: photo.attachmentId }));
                        }}
                      />
                    ) : (
                      <AnswerInput
                        field={item}
                        name={itemKey(item.id)}
                        labelledBy={labelledBy}
                        value={value}
                        onChange={(v) => autosave.setItem(item.id, v)}
                        onBlur={() => void autosave.flush()}
                        disabled={disabled || Boolean(item.computed)}
                        failed={failed}
                      />
                    )
                  }
                </ItemField>
              );
            })}
        </section>
      ))}
      <ActionsPanel record={record} itemLabel={itemLabel} />
      {record.status === 'draft' && record.may.fill && (
        <section className="panel">
          {completeIssues.length > 0 && (
            <div data-testid="complete-issues">
              <h3>{t('checklists.completeTitle')}</h3>
              <ErrorBanner messages={completeIssues} />
            </div>
          )}
          <button type="button" className="button" onClick={() => setAskingComplete(true)} data-testid="checklist-complete">
            {t('checklists.complete')}
          </button>
        </section>
      )}
      {askingComplete && <CompleteQuestion failed={failedCount(template, answers)} raised={record.actions.length} onConfirm={() => void complete()} onCancel={() => setAskingComplete(false)} />}
      <ChecklistPrint template={template} record={mode === 'filled' ? record : null} score={score} />
    </section>
  );
}

/**
 * Asked before 完成并提交, which cannot be taken back (issue 20 item 2). Completing raises no corrective
 * action by itself, so the question says how many items failed and how many actions are already raised.
 */
function CompleteQuestion({ failed, raised, onConfirm, onCancel }: { failed: number; raised: number; onConfirm: () => void; onCancel: () => void }) {
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
