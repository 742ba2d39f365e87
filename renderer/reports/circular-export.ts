import type { CircularAction, MonthlyAssessment, WeeklyCircular } from '../../shared/api/circulars';
import type { Cell, Table } from './rollup-export';

/**
 * The weekly circular and the monthly assessment as tables: what the screen
 * shows, the A4 print prints and the xlsx/CSV exports save
 * (rollup-export.ts's tablesWorkbook/tablesCsv), so the three cannot differ.
 */

export interface CircularLabels {
  tables: { findings: string; actions: string; assessment: string };
  cols: Record<'day' | 'area' | 'person' | 'item' | 'detail' | 'problem' | 'action' | 'owner' | 'due' | 'status' | 'overdue' | 'checks' | 'judged' | 'passed' | 'findings' | 'raised' | 'openAtEnd' | 'score' | 'weighted', string>;
  yes: string;
  no: string;
  /** A bilingual label in the reader's language. */
  text: (label: { zh: string; en: string }) => string;
  findingsNote: string;
  moment: (iso: string) => string;
  status: (action: CircularAction) => string;
}

export function actionsTable(actions: readonly CircularAction[], labels: CircularLabels): Table {
  const c = labels.cols;
  return {
    name: labels.tables.actions,
    header: [c.area, c.problem, c.action, c.owner, c.due, c.status, c.overdue],
    rows: actions.map((a): Cell[] => [a.area, a.problem, a.action, a.ownerName, labels.moment(a.dueAt), labels.status(a), a.overdueAtEnd ? labels.yes : labels.no]),
    money: [],
    whole: [],
  };
}

export function weeklyTables(circular: WeeklyCircular, labels: CircularLabels): Table[] {
  const c = labels.cols;
  const findings: Table = {
    name: labels.tables.findings,
    header: [c.day, c.area, c.person, c.item, c.detail],
    rows: circular.findings.map((f): Cell[] => [
      f.day,
      f.area,
      f.person,
      f.itemLabel ? labels.text(f.itemLabel) : labels.findingsNote,
      [f.reason ? labels.text(f.reason) : '', f.note ?? ''].filter(Boolean).join('；'),
    ]),
    money: [],
    whole: [],
  };
  return [findings, actionsTable(circular.openActions, labels)];
}

export function monthlyTables(assessment: MonthlyAssessment, labels: CircularLabels): Table[] {
  const c = labels.cols;
  const rows: Table = {
    name: labels.tables.assessment,
    header: [c.person, c.area, c.checks, c.judged, c.passed, c.findings, c.raised, c.openAtEnd, c.score, c.weighted],
    rows: assessment.rows.map((r): Cell[] => [r.person, r.area, r.checks, r.judged, r.passed, r.findings, r.actionsRaised, r.actionsOpenAtEnd, r.score ?? '—', r.weighted ?? '—']),
    money: [9],
    whole: [2, 3, 4, 5, 6, 7],
  };
  return [rows, actionsTable(assessment.openActions, labels)];
}
