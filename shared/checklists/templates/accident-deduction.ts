import type { Fact } from '../../rules/pack-schema';
import { seed004MAccidentGradesPack as pack } from '../../rules/packs/seed004-m-accident-grades';
import type { ChecklistTemplateInput, TemplateItemInput } from '../template-schema';

const S = 'seed004 §M'; // 事故等级划分及扣分标准 (flour mill; the text ends inside 二、(二) 包装烂袋类)

/** A criterion of the rule pack, by id: the form asks the pack's own wording. */
function criterion(id: string) {
  const found = pack.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`seed004 §M pack has no criterion ${id}`);
  return found;
}

const management = { itemId: 'accident-type', equals: 'management' } as const;
const quality = { itemId: 'accident-type', equals: 'quality' } as const;

function measure(id: string, fact: Fact, zh: string, en: string, unit: string): TemplateItemInput {
  return { id, kind: 'number', label: { zh, en }, unit, min: 0, source: `${S} 一.1–3 A/B`, fact, showIf: management };
}

/** The management rows and the quality rows name the same four positions (seed004 §M 一.4, 二.(一)): one option per position. */
const managementRows = pack.deductions?.find((t) => t.code === 'management')?.rows ?? [];
const qualityRows = pack.deductions?.find((t) => t.code === 'quality.1')?.rows ?? [];
const roleOptions = managementRows.map((row, i) => {
  const other = qualityRows[i]?.role;
  const same = !other || other.zh === row.role.zh;
  return {
    value: `position-${i + 1}`,
    label: same ? row.role : { zh: `${row.role.zh}／${other.zh}`, en: `${row.role.en} / ${other.en}` },
  };
});

/**
 * The accident grading and point-deduction form (seed004 §M), graded by the
 * seed004-m-accident-grades rule pack (rule-pack-grading.ts): the measures and
 * ticks below are the pack's facts and criteria, the deductions its tables.
 * The source breaks off in 二、(二) 包装烂袋类投诉 before giving its points, so
 * packaging complaints are not offered.
 */
export const accidentDeductionTemplate: ChecklistTemplateInput = {
  id: 'accident-deduction',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '事故等级认定及扣分表', en: 'Accident grading and point-deduction form' },
  source: `${S} 事故等级划分及扣分标准`,
  schedule: { kind: 'perEvent', source: `${S} 一、二` },
  signers: [
    { zh: '填表人', en: 'Filled in by' },
    { zh: '站长', en: 'Station lead' },
    { zh: '审核人', en: 'Reviewed by' },
  ],
  rulePack: {
    id: pack.id,
    overrideItemId: 'grade-override',
    overrideReasonItemId: 'grade-override-reason',
    personsItemId: 'persons',
    roleColumnId: 'role',
  },
  sections: [
    {
      id: 'accident',
      title: { zh: '事故情况', en: 'The accident' },
      source: `${S} 一、二`,
      items: [
        { id: 'accident-date', kind: 'date', label: { zh: '事故日期', en: 'Date of the accident' }, source: `${S} 一、二`, required: true },
        { id: 'accident-description', kind: 'text', label: { zh: '事故经过', en: 'What happened' }, source: `${S} 一、二`, required: true },
        {
          id: 'accident-type',
          kind: 'choice',
          label: { zh: '事故类别', en: 'Kind of accident' },
          source: `${S} 一、二`,
          required: true,
          options: [
            { value: 'management', label: { zh: '管理事故（含工伤事故）', en: 'Management accident (incl. work injury)' } },
            { value: 'quality', label: { zh: '质量事故（面粉类投诉）', en: 'Quality accident (flour complaint)' } },
          ],
        },
      ],
    },
    {
      id: 'management',
      title: { zh: '管理事故等级认定（具备下列条件之一）', en: 'Management accident grade (any one condition)' },
      source: `${S} 一`,
      items: [
        {
          id: 'death-or-serious-injury',
          kind: 'yesNo',
          label: criterion('grade1.a.death').label,
          source: criterion('grade1.a.death').source,
          criterion: 'grade1.a.death',
          showIf: management,
          // "Yes" is the condition of the grade present; recorded (the rule pack grades it), not corrected here.
          failsOn: 'yes',
          correctiveAction: false,
        },
        measure('injured-count', 'injuredCount', '轻伤人数', 'Persons lightly injured', '人'),
        measure('treatment-days', 'treatmentWorkingDays', '治疗工作日', 'Working days of treatment', '工作日'),
        measure('leave-months', 'leaveMonths', '受伤者合计休工伤假', 'Injured persons’ total work-injury leave', '月'),
        measure('strike-headcount', 'strikeHeadcount', '罢工人数', 'Persons on strike', '人'),
      ],
    },
    {
      id: 'quality',
      title: { zh: '质量事故认定（面粉类投诉）', en: 'Quality accident (flour complaints)' },
      source: `${S} 二.(一)`,
      // ⑵ states a number (两家终端用户): the form asks it, and the tick is for the judgement beside it.
      items: [1, 2, 3, 4].flatMap((n): TemplateItemInput[] => {
        const c = criterion(`quality.${n}`);
        const tick: TemplateItemInput = { id: `quality-${n}`, kind: 'yesNo', label: c.judgement ?? c.label, source: c.source, criterion: c.id, showIf: quality, correctiveAction: false, failsOn: 'yes' };
        if (n !== 2) return [tick];
        const count: TemplateItemInput = {
          id: 'same-batch-end-users',
          kind: 'number',
          label: { zh: '同一批次产品产生类似同问题投诉的终端用户数', en: 'End users with a similar complaint about the same batch' },
          hint: { zh: '两家及以上终端用户即符合⑵的数量条件', en: 'Two or more end users meet the number in ⑵' },
          unit: '家',
          min: 0,
          source: c.source,
          fact: 'sameBatchEndUsers',
          showIf: quality,
        };
        return [count, tick];
      }),
    },
    {
      id: 'grade',
      title: { zh: '等级认定', en: 'Grade' },
      source: `${S} 一`,
      items: [
        {
          id: 'grade-override',
          kind: 'choice',
          label: { zh: '人工认定等级（与计算结果不同时填写）', en: 'Grade decided by a person (only when it differs from the computed one)' },
          hint: { zh: '须写明理由', en: 'Give the reason' },
          source: `${S} 一`,
          options: pack.classes.map((c) => ({ value: c.code, label: c.label })),
        },
        { id: 'grade-override-reason', kind: 'text', label: { zh: '认定理由', en: 'Reason' }, source: `${S} 一` },
      ],
    },
    {
      id: 'charged',
      title: { zh: '责任人员及扣分', en: 'Persons charged and points deducted' },
      source: `${S} 一.4、二.(一)`,
      items: [
        {
          id: 'persons',
          kind: 'table',
          label: { zh: '责任人员', en: 'Persons charged' },
          source: `${S} 一.4、二.(一)`,
          columns: [
            { id: 'role', kind: 'choice', label: { zh: '责任类别', en: 'Position' }, source: `${S} 一.4、二.(一)`, required: true, options: roleOptions },
            { id: 'name', kind: 'text', label: { zh: '姓名', en: 'Name' }, source: `${S} 一.4、二.(一)`, required: true },
          ],
        },
      ],
    },
  ],
};
