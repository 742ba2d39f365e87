import { periodLastDay, periodWords, shanghaiDate, withinCoolOff } from './accident-cool-off';
import { tableRows, type Answers } from './answers';
import { isShown } from './item-outcomes';
import type { Bilingual, ChecklistTemplate } from './template-schema';

/** A veto that applies to a record: the grades it disqualifies and why. */
export interface AppliedVeto {
  grades: string[];
  reason: Bilingual;
  source: string;
  /** The item answered "yes", or the accidents table of a cool-off. */
  itemId: string;
  /** For a cool-off: the accident row (0-based) and the last day of the period (still vetoed that day). */
  row?: number;
  until?: string;
}

/**
 * The cool-off vetoes of seed004 §A 第五条 一级2 / 二级2: one per accident row
 * and grade whose period has not passed on the assessment date. Rows with no
 * valid date or class, or no assessment date, veto nothing here — those
 * answers are required, so the record is incomplete and not graded.
 */
export function coolOffVetoes(template: ChecklistTemplate, answers: Answers): AppliedVeto[] {
  const items = template.sections.flatMap((s) => s.items);
  const out: AppliedVeto[] = [];
  for (const veto of template.computedVetoes ?? []) {
    const table = items.find((i) => i.id === veto.accidentsItemId);
    const assessed = answers[veto.assessedOnItemId];
    const assessedOn = typeof assessed === 'string' ? shanghaiDate(assessed) : null;
    const rows = tableRows(answers[veto.accidentsItemId]);
    if (!table || !assessedOn || !isShown(table, template, answers) || !rows) continue;
    const classes = table.columns?.find((c) => c.id === veto.classColumnId)?.options ?? [];
    rows.forEach((row, i) => {
      const dateCell = row[veto.dateColumnId];
      const accidentOn = typeof dateCell === 'string' ? shanghaiDate(dateCell) : null;
      const accidentClass = classes.find((c) => c.value === row[veto.classColumnId]);
      if (!accidentOn || !accidentClass) return;
      for (const period of veto.periods.filter((p) => p.accidentClass === accidentClass.value)) {
        if (!withinCoolOff(accidentOn, period.months, assessedOn)) continue;
        const grade = template.grades?.find((g) => g.code === period.grade)?.label ?? { zh: period.grade, en: period.grade };
        const words = periodWords(period.months);
        out.push({
          grades: [period.grade],
          itemId: table.id,
          row: i,
          until: periodLastDay(accidentOn, period.months),
          source: period.source,
          reason:
            veto.kind === 'accidentCoolOff'
              ? {
                  zh: `${accidentOn}发生${accidentClass.label.zh}，至评定日${assessedOn}未满${words.zh}（${grade.zh}）`,
                  en: `${accidentClass.label.en} on ${accidentOn}: less than ${words.en} before the assessment date ${assessedOn} (${grade.en})`,
                }
              : {
                  zh: `${accidentOn}${accidentClass.label.zh}，至评定日${assessedOn}未满${words.zh}（${grade.zh}）`,
                  en: `${accidentClass.label.en} on ${accidentOn}: less than ${words.en} before the assessment date ${assessedOn} (${grade.en})`,
                },
        });
      }
    });
  }
  return out;
}
