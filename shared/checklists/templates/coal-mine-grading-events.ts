import type { ChecklistTemplateInput, TemplateItemInput } from '../template-schema';
import { coalMineGradingTemplate } from './coal-mine-grading';

const S = 'seed004 §A';
const text = (zh: string, en: string) => ({ zh, en });

/**
 * The dated events that bar a grade for a period (issue 17: "nothing that
 * states a number is asked as a tick box"). Version 1.0.0 asked six
 * "…未满1年 / 未满半年" ticks; here each event is entered with its date (the
 * mine's level record fills them in, electron/core/mine-level), and the
 * period is computed to the assessment date as the accident cool-off is
 * (accident-cool-off.ts: the civil-code count, the last day still barred).
 */
export const LEVEL_EVENT_KINDS = [
  {
    value: 'inspection-failed',
    label: text('一级检查考核未通过（检查日期）', 'Failed a Level-1 inspection (date of the inspection)'),
    periods: [{ grade: 'level1', months: 12, source: `${S} 第五条 一级3 自考核定级部门检查之日起未满1年` }],
  },
  {
    value: 'downgraded-decline-or-hazard',
    label: text('因管理滑坡或重大事故隐患被降级', 'Downgraded for management decline or producing with a major accident hazard'),
    periods: [{ grade: 'level1', months: 12, source: `${S} 第五条 一级4 被降级或撤消等级未满1年` }],
  },
  {
    value: 'revoked-decline',
    label: text('因管理滑坡被撤消等级', 'Level revoked for management decline'),
    periods: [{ grade: 'level1', months: 12, source: `${S} 第五条 一级4 被降级或撤消等级未满1年` }],
  },
  {
    value: 'revoked-major-hazard',
    label: text('因重大事故隐患且组织生产被撤消等级', 'Level revoked for producing with a major accident hazard'),
    periods: [
      { grade: 'level1', months: 12, source: `${S} 第五条 一级4 被降级或撤消等级未满1年` },
      { grade: 'level2', months: 6, source: `${S} 第五条 二级3 被撤消等级未满半年` },
    ],
  },
  {
    value: 'downgraded-spot-check',
    label: text('直接延期一级煤矿抽查被降级', 'Downgraded in a key spot check of a directly extended Level-1 mine'),
    periods: [{ grade: 'level1', months: 12, source: `${S} 第十一条(五) 被降级的煤矿1年内不受理一级等级申请` }],
  },
  {
    value: 'revoked-spot-check',
    label: text('直接延期一级煤矿抽查被撤消等级', 'Level revoked in a key spot check of a directly extended Level-1 mine'),
    periods: [{ grade: 'level1', months: 24, source: `${S} 第十一条(五) 被撤消等级的煤矿2年内不受理一级等级申请` }],
  },
  {
    value: 'fraud',
    label: text('自评材料弄虚作假被认定不达标', 'Found not up to standard for falsified self-evaluation material'),
    periods: [
      { grade: 'level1', months: 12, source: `${S} 第七条(三) 1年内不得申报二级以上等级` },
      { grade: 'level2', months: 12, source: `${S} 第七条(三) 1年内不得申报二级以上等级` },
    ],
  },
] as const;
export type LevelEventKind = (typeof LEVEL_EVENT_KINDS)[number]['value'];

/** The 1.0.0 ticks the dated events replace. */
const REPLACED = new Set(['failed-level1-inspection', 'downgraded-within-year', 'revoked-within-half-year', 'fraud-within-year', 'spot-check-downgraded', 'spot-check-revoked']);

const levelEvents: TemplateItemInput = {
  id: 'level-events',
  kind: 'table',
  label: text('等级变动及检查考核记录', 'Level changes and inspections'),
  hint: text(
    '按日期填写；本矿有等级记录时开表即由记录带入。各期限自该日起算至自评日期（未满即否决）',
    'Entered with their dates; filled in from the mine’s level record where there is one. Each period is counted from the date to the assessment date (vetoed while not yet passed)',
  ),
  source: `${S} 第五条 一级3、4，二级3；第七条(三)；第十一条(五)`,
  columns: [
    { id: 'date', kind: 'date', label: text('日期', 'Date'), source: `${S} 第五条 一级3 自考核定级部门检查之日起`, required: true },
    {
      id: 'kind',
      kind: 'choice',
      label: text('情形', 'Event'),
      source: `${S} 第五条 一级3、4，二级3；第七条(三)；第十一条(五)`,
      required: true,
      options: LEVEL_EVENT_KINDS.map((k) => ({ value: k.value, label: k.label })),
    },
    { id: 'note', kind: 'text', label: text('说明', 'Note'), source: `${S} 第十一条(三) 降级或撤消等级的煤矿，报原考核定级部门公告` },
  ],
};

const base = coalMineGradingTemplate;

/** seed004 §A grade self-assessment, 1.1.0: the level-record events as dated rows with computed periods instead of six ticks. */
export const coalMineGradingEventsTemplate: ChecklistTemplateInput = {
  ...base,
  version: '1.1.0',
  computedVetoes: [
    ...(base.computedVetoes ?? []),
    {
      kind: 'eventCoolOff',
      source: `${S} 第五条 一级3、4，二级3；第七条(三)；第十一条(五)`,
      accidentsItemId: 'level-events',
      dateColumnId: 'date',
      classColumnId: 'kind',
      assessedOnItemId: 'assessed-on',
      periods: LEVEL_EVENT_KINDS.flatMap((k) => k.periods.map((p) => ({ grade: p.grade, accidentClass: k.value, months: p.months, source: p.source }))),
    },
  ],
  // The dated events join the exclusion conditions (第七条(三) and 第十一条(五)'s application bans with them); the section of the three ticks goes.
  sections: base.sections
    .filter((section) => section.id !== 'application-bans')
    .map((section) => {
      const items = section.items.filter((i) => !REPLACED.has(i.id));
      if (section.id !== 'exclusions') return { ...section, items };
      return { ...section, source: `${S} 第五条、第七条(三)、第十一条(五)`, items: [...items, levelEvents] };
    }),
};
