import type { RulePackInput } from '../pack-schema';
import { withClockStarts } from './clock-starts';
import { wineryProcedure } from './procedures/winery';

const S = 'seed001 S10'; // 酒庄 客户投诉界定及处理流程

const TABLE_1_MISSING = {
  zh: '原文缺少表1（具体界定标准），所以涉及金额和影响范围的界限不明：由工作人员判断两者并勾选等级。总部可以在以后的规则包版本中发布可自动计算的界限（例如按直接经济损失）。',
  en: '表1 (具体界定标准) is not in the source, so the thresholds of amount involved (涉及金额) and scope of impact (影响范围) are unknown: a person judges both and ticks the level. Head office may publish computed thresholds (e.g. on directLoss) in a later pack version.',
};

/** One tick per level: 二 grades by amount involved and scope of impact, whose thresholds (表1) the source lacks. */
function judged(classCode: string, zh: string, en: string) {
  return {
    id: `${classCode}.amount-scope`,
    classCode,
    source: `${S} 二`,
    label: { zh: `${zh}（根据投诉涉及金额及投诉影响范围进行界定）`, en: `${en} (judged by the amount involved and the scope of impact)` },
    choice: TABLE_1_MISSING,
  };
}

/**
 * The winery's rules (seed001 S10): 轻微 / 一般 / 重大 / 特大 by amount and scope, with 10-minute reporting chains.
 * 1.1.0 added the routes; kept shipped so a complaint graded by it keeps its rules.
 */
export const seed001S10WineryPackV110: RulePackInput = {
  id: 'seed001-s10-winery',
  version: '1.1.0',
  name: { zh: '客户投诉界定及处理流程（酒庄）', en: 'Complaint grading and handling process (winery estate)' },
  organisation: { zh: '某酒庄', en: 'Winery estate' },
  source: `${S} 一–三`,
  // Lowest first.
  classes: [
    {
      code: 'minor',
      label: { zh: '轻微投诉', en: 'Minor' },
      source: `${S} 二`,
      choice: { zh: '什么都没勾选时的默认等级：四级中最低的一级，由部门内部处理（三.2）。', en: 'Default level when nothing is ticked: the lowest of the four, handled within the department (三.2).' },
    },
    { code: 'general', label: { zh: '一般投诉', en: 'General' }, source: `${S} 二` },
    {
      code: 'major',
      label: { zh: '重大投诉', en: 'Major' },
      source: `${S} 二`,
      choice: {
        zh: '没有时限：三.3 没有关于重大投诉的段落，所以规则包不设时限。排在特大之下：原文写作“特大投诉、重大投诉”，并把两者同样对待（“特、重大投诉”）；按中文通常的分级，特大更严重。由客服中心会同责任部门处理，处理方案由本单位分管领导审核、酒庄领导批准（三.2）。',
        en: 'No time limit: 三.3 has no paragraph for 重大投诉, so the pack sets no deadline. Ranked below 特大: the source lists “特大投诉、重大投诉” and treats them alike (“特、重大投诉”); in usual Chinese grading 特大 is the graver. Handled by the customer service centre with the responsible department, plan reviewed by the unit’s 分管领导 and approved by 酒庄领导 (三.2).',
      },
    },
    {
      code: 'especially-large',
      label: { zh: '特大投诉', en: 'Especially large' },
      source: `${S} 二`,
      choice: {
        zh: '没有时限：原文中 三.3(3) 特大投诉一段不完整，所以规则包不设时限。排在最高（见重大投诉）。由客服中心会同责任部门处理，处理方案由本单位分管领导审核、酒庄领导批准（三.2）。',
        en: 'No time limit: 三.3(3) 特大投诉 is cut off in the source, so the pack sets no deadline. Ranked highest (see 重大). Handled by the customer service centre with the responsible department, plan reviewed by the unit’s 分管领导 and approved by 酒庄领导 (三.2).',
      },
    },
  ],
  defaultClass: 'minor',
  criteria: [
    judged('minor', '轻微投诉', 'Minor'),
    judged('general', '一般投诉', 'General'),
    judged('major', '重大投诉', 'Major'),
    judged('especially-large', '特大投诉', 'Especially large'),
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'escalation',
      step: 'escalation.deptHead',
      label: { zh: '接到投诉后10分钟内上报本部门负责人', en: 'Report to the department head within 10 minutes of receipt' },
      classes: ['minor'],
      from: 'received',
      duration: { unit: 'minutes', amount: 10 },
      source: `${S} 三.3(1)`,
    },
    {
      milestone: 'escalation',
      step: 'escalation.deptHead',
      label: { zh: '接到投诉后10分钟内上报本部门负责人', en: 'Report to the department head within 10 minutes of receipt' },
      classes: ['general'],
      from: 'received',
      duration: { unit: 'minutes', amount: 10 },
      source: `${S} 三.3(2)`,
    },
    {
      milestone: 'arrival',
      label: { zh: '负责人应在10分钟内赶至事发地点与客户当面了解事情经过', en: 'The head reaches the scene within 10 minutes to hear the customer face to face' },
      classes: ['minor', 'general'],
      from: 'received',
      duration: { unit: 'minutes', amount: 20 },
      source: `${S} 三.3(1)、(2)`,
      choice: {
        zh: '部门负责人的10分钟从接到报告时起算，而报告最晚可能在受理后10分钟才到。本程序从受理起算20分钟（10分钟上报 + 10分钟到场），这是两条规定都能满足的最晚时间，所以即使还没记录上报，受理后就显示到场时限；记录上报时间的网点，可以改为从“上报部门负责人”完成时起算10分钟。',
        en: 'The head’s 10 minutes run from being told, which may be up to 10 minutes after receipt. We count 20 minutes from receipt (10 to report + 10 to arrive), the latest time that keeps both rules, so the arrival deadline shows from intake even before the report is recorded; a site that records the report time can switch to `from: { afterStep: \'escalation.deptHead\' }` with 10 minutes.',
      },
    },
    {
      milestone: 'resolution',
      label: { zh: '在2小时内解决处理完毕', en: 'Resolved within 2 hours' },
      classes: ['minor'],
      from: 'received',
      duration: { unit: 'hours', amount: 2 },
      source: `${S} 三.3(1)`,
      choice: { zh: '从受理起按自然小时计算：原文没有说是工作时间，也没有规定其他起算点。', en: 'Counted in clock hours from receipt: the source does not say working time or name another start.' },
    },
    {
      milestone: 'resolution',
      label: { zh: '在12小时内解决完毕', en: 'Resolved within 12 hours' },
      classes: ['general'],
      from: 'received',
      duration: { unit: 'hours', amount: 12 },
      source: `${S} 三.3(2)`,
      choice: { zh: '从受理起按自然小时计算：原文没有说是工作时间，也没有规定其他起算点。', en: 'Counted in clock hours from receipt: the source does not say working time or name another start.' },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'minor.department-head',
      when: { classCode: 'minor' },
      notify: [{ zh: '本部门负责人', en: 'Head of own department' }],
      to: ['unit_head'],
      limit: { unit: 'minutes', amount: 10 },
      source: `${S} 三.3(1)`,
      choice: { zh: '“接到投诉后10分钟内上报本部门负责人”：从受理起算；对应“部门负责人”角色。', en: '“接到投诉后10分钟内上报本部门负责人”: from receipt; → the unit head role.' },
    },
    {
      id: 'general.department-head',
      when: { classCode: 'general' },
      notify: [{ zh: '本部门负责人', en: 'Head of own department' }],
      to: ['unit_head'],
      limit: { unit: 'minutes', amount: 10 },
      source: `${S} 三.3(2)`,
      choice: { zh: '与轻微投诉相同：受理后10分钟内。', en: 'As for minor complaints: within 10 minutes of receipt.' },
    },
    {
      id: 'general.leader',
      when: { classCode: 'general' },
      notify: [{ zh: '本单位分管领导', en: 'Unit’s leader in charge (approves)' }],
      to: ['leader_in_charge'],
      source: `${S} 三.3(2)`,
      choice: { zh: '分管领导审批一般投诉的处理；原文没有规定通知他们的时限。', en: 'The leader in charge approves the handling of a general complaint; the source gives no time for telling them.' },
    },
    {
      id: 'major.leadership',
      when: { classCode: 'major' },
      notify: [
        { zh: '本单位领导', en: 'Own unit’s leadership' },
        { zh: '客服中心', en: 'Customer service centre' },
      ],
      to: ['general_manager', 'call_centre'],
      limit: { term: 'promptly' },
      source: `${S} 三.1(3)`,
      choice: { zh: '“及时上报本单位领导和客服中心”：本单位领导对应“总经理”，客服中心对应“呼叫中心/客服中心”；“及时”按本站设定的“及时”分钟数。', en: '“及时上报本单位领导和客服中心”: 本单位领导 → general manager, 客服中心 → call centre; 及时 → the site’s “promptly”.' },
    },
    {
      id: 'especially-large.leadership',
      when: { classCode: 'especially-large' },
      notify: [
        { zh: '本单位领导', en: 'Own unit’s leadership' },
        { zh: '客服中心', en: 'Customer service centre' },
      ],
      to: ['general_manager', 'call_centre'],
      limit: { term: 'promptly' },
      source: `${S} 三.1(3)`,
      choice: { zh: '与重大投诉相同。', en: 'As for major complaints.' },
    },
  ],
  // The source names who decides the penalty but no measure or amount: the person describes the internal handling.
  sanctions: [
    {
      code: 's10.minor',
      kind: 'penalty',
      label: { zh: '轻微投诉：具体处罚根据当时情况由部门内部进行处理', en: 'Minor complaint: the department decides the penalty internally' },
      source: `${S} 三.3(1)`,
      measures: ['internal'],
    },
    {
      code: 's10.general',
      kind: 'penalty',
      label: { zh: '一般投诉：具体处罚根据当时情况由各单位进行处理', en: 'General complaint: each unit decides the penalty' },
      source: `${S} 三.3(2)`,
      measures: ['internal'],
    },
    {
      code: 's10.leadership',
      kind: 'penalty',
      label: { zh: '特、重大投诉：酒庄领导负责内部的责任处理', en: 'Especially large and major complaints: the winery leadership handles internal accountability' },
      source: `${S} 三.1(6)`,
      measures: ['internal'],
    },
  ],
  // Since 1.1.0: who receives, handles, reviews and approves per level (三.1–三.3).
  procedure: wineryProcedure,
};

/** 1.0.0, before the routes, where the head's arrival ran 20 minutes from receipt: kept shipped for the complaints graded by it. */
export const seed001S10WineryPackV100: RulePackInput = { ...seed001S10WineryPackV110, version: '1.0.0', procedure: undefined };

/** 1.2.0: the head's 10 minutes to the scene run from being told (三.3), recorded on the case (issue 23 item 2). */
export const seed001S10WineryPack: RulePackInput = withClockStarts(seed001S10WineryPackV110, '1.2.0', {
  arrival: {
    startsAt: 'notified:unit_head',
    duration: { unit: 'minutes', amount: 10 },
    choice: {
      zh: '“接到投诉后10分钟内上报本部门负责人，负责人应在10分钟内赶至事发地点”：负责人的10分钟从他接到报告时起算，即本案记录的“通知了谁、何时、方式”（本部门负责人对应“部门负责人”角色）；记录之前，这一步显示在等待通知。',
      en: '“接到投诉后10分钟内上报本部门负责人，负责人应在10分钟内赶至事发地点”: the head\'s 10 minutes run from when the head was told, as recorded on the case (who, when, how; 本部门负责人 → the unit head role); until it is recorded the step shows that it waits for it.',
    },
  },
});
