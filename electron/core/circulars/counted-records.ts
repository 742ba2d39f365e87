import type { Bilingual, ChecklistTemplate } from '../../../shared/checklists/template-schema';
import { itemOutcomes } from '../../../shared/checklists/item-outcomes';
import type { Answers } from '../../../shared/checklists/answers';
import type { CircularDefinition } from '../../../shared/circulars/definitions';
import { localDay } from '../../../shared/reports/period';
import type { ReadDb } from '../db/handles';
import { findCatalogTemplate } from '../templates';
import type { CountedActionRow, CountedRecordRow } from './repository';

/**
 * A completed record as a circular counts it: its day, area and person
 * (answers named by the definition), and its judged items. A record whose
 * template version this site does not hold is counted without items (its
 * day, area and person still come from its answers).
 */
export interface CountedRecord {
  id: string;
  day: string;
  area: string;
  person: string;
  templateTitle: Bilingual;
  failed: { label: Bilingual; reason: Bilingual | null }[];
  passed: number;
  note: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const answerText = (answers: Answers, itemId: string | null): string => {
  const value = itemId ? answers[itemId] : undefined;
  return typeof value === 'string' ? value.trim() : '';
};

export function areaOf(definition: CircularDefinition, answers: Answers): string {
  return answerText(answers, definition.areaItemId);
}

export function templateLookup(db: ReadDb): (id: string, version: string) => ChecklistTemplate | undefined {
  const seen = new Map<string, ChecklistTemplate | undefined>();
  return (id, version) => {
    const key = `${id}@${version}`;
    if (!seen.has(key)) seen.set(key, findCatalogTemplate(db, id, version));
    return seen.get(key);
  };
}

export function countedRecord(definition: CircularDefinition, row: CountedRecordRow, template: ChecklistTemplate | undefined): CountedRecord {
  const answers = JSON.parse(row.answers) as Answers;
  const named = answerText(answers, definition.dayItemId);
  const outcomes = template ? itemOutcomes(template, answers).items : [];
  return {
    id: row.id,
    day: DAY.test(named) ? named : localDay(row.completed_at),
    area: areaOf(definition, answers),
    person: answerText(answers, definition.personItemId) || row.completed_by_name,
    templateTitle: template?.title ?? { zh: row.template_id, en: row.template_id },
    failed: outcomes.filter((o) => o.status === 'fail').map((o) => ({ label: o.label, reason: o.reason ?? null })),
    passed: outcomes.filter((o) => o.status === 'pass').length,
    note: answerText(answers, definition.findingsItemId) || null,
  };
}

/** Whether an action was still open at `moment`: raised before it and not closed by then (closed later counts as open). */
export function openAt(action: Pick<CountedActionRow, 'created_at' | 'closed_at'>, moment: string): boolean {
  return action.created_at < moment && (action.closed_at === null || action.closed_at >= moment);
}
