import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistAction, ChecklistRecord } from '../../../shared/api/checklists';
import { recordScore } from '../../../shared/checklists/record-score';
import type { Answers } from '../../../shared/checklists/answer-values';
import { computedDetail, withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { isShown } from '../../../shared/checklists/item-outcomes';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useChecklistsStore } from '../../stores/checklists-store';
import { ActionsPanel } from './ActionsPanel';
import { ChecklistItemEntry } from './ChecklistItemEntry';
import { ChecklistRecordHead, SaveErrorBanner } from './ChecklistRecordHead';
import { useChecklistText } from './checklist-text';
import { failedCount } from './failed-count';
import { ChecklistPrint } from './print/ChecklistPrint';
import { ScoreBlock } from './print/ScoreBlock';
import { usePrint } from './print/use-print';
import { CompleteQuestion, CompleteSection, RecordResult, useRecordCompletion } from './RecordCompletion';
import { StoreEvidencePanel } from './StoreEvidence';
import { useAutosave } from './use-autosave';
import './checklists.css';

/**
 * Filling one record: every answer autosaves (after a short pause, at once
 * on leaving a field or the screen); the record lives in the store, so after
 * a crash it opens again where it was. Completing checks the required items
 * and evidence photos in the core and lists what is missing.
 */
export function ChecklistRecordPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useChecklistsStore((s) => s.records[id]);
  const fetchRecord = useChecklistsStore((s) => s.fetchRecord);
  const storeError = useChecklistsStore((s) => s.error);
  const autosave = useAutosave(id);
  const { mode, print } = usePrint();
  const completion = useRecordCompletion(id, autosave);
  const text = useRecordItemText(record);

  useEffect(() => {
    void fetchRecord(id);
  }, [id, fetchRecord]);

  if (!record) return <section className="page">{storeError ? <ErrorBanner messages={[errorText(storeError, t)]} /> : <p className="muted">…</p>}</section>;

  const template = record.template;
  const entered: Answers = { ...record.answers };
  for (const [key, value] of Object.entries(autosave.overlay)) if (!key.includes('\u0000')) entered[key] = value;
  // Answers the app computes from dates and counts (issue 17) show beside the entered ones, never as inputs.
  const answers = withComputedAnswers(template, entered);
  // Scored once per render, for the panel and the printed report alike.
  const score = recordScore(template, record.answers);
  const failed = failedCount(template, answers);

  return (
    <section className="page checklist-page" data-testid="checklist-record" data-status={record.status}>
      <ChecklistRecordHead record={record} autosave={autosave} print={print} />
      {autosave.state === 'error' && <SaveErrorBanner autosave={autosave} />}
      {!record.may.fill && record.status === 'completed' && <RecordResult completion={completion} failed={failed} raised={record.actions.length} />}
      <ScoreBlock score={score} className="panel checklist-score" testId="checklist-score" />
      <StoreEvidencePanel record={record} refresh={() => autosave.write((version) => api.call('checklists.refreshEvidence', { id, version }))} />
      {template.sections.map((section) => (
        <section key={section.id} className="panel checklist-section">
          <h3>{text.label(section.title)}</h3>
          {section.items
            .filter((item) => isShown(item, template, answers))
            .map((item) => (
              <ChecklistItemEntry key={item.id} item={item} record={record} value={answers[item.id]} hint={text.hintOf(item, answers)} autosave={autosave} />
            ))}
        </section>
      ))}
      <ActionsPanel record={record} itemLabel={text.itemLabel} />
      {record.status === 'draft' && record.may.fill && <CompleteSection completion={completion} />}
      {completion.asking && <CompleteQuestion failed={failed} raised={record.actions.length} onConfirm={() => void completion.complete()} onCancel={completion.cancel} />}
      <ChecklistPrint template={template} record={mode === 'filled' ? record : null} score={score} />
    </section>
  );
}

/** How the page names an item: its hint with what the app computed, and a corrective action's item (and row of a register). */
function useRecordItemText(record: ChecklistRecord | undefined) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const items = record?.template.sections.flatMap((s) => s.items) ?? [];
  const labelOf = (itemId: string) => items.find((i) => i.id === itemId)?.label ?? { zh: itemId, en: itemId };
  const hintOf = (item: TemplateItem, answers: Answers) => {
    const detail = computedDetail(item, answers, labelOf);
    const texts = [item.hint ? label(item.hint) : null, detail ? t('thresholds.computedAnswer', { detail: label(detail) }) : null].filter((x): x is string => x !== null);
    return texts.length ? texts.join(' ') : undefined;
  };
  const itemLabel = (a: ChecklistAction) => {
    const item = items.find((i) => i.id === a.itemId);
    const name = item ? label(item.label) : a.itemId;
    if (!a.rowId || !item) return name;
    const rows = (record?.answers[item.id] as { id: string }[] | undefined) ?? [];
    return `${name} ${t('checklists.row', { n: rows.findIndex((r) => r.id === a.rowId) + 1 })}`;
  };
  return { label, hintOf, itemLabel };
}
