import type { ChecklistTemplateInput, TemplateItemInput } from '../template-schema';

const S = 'seed004 §C'; // 餐饮服务员等级划分标准 (the text stops inside 高级)

type Level = 'junior' | 'intermediate' | 'senior';
const SECTION: Record<Level, string> = { junior: '二、初级服务员的标准', intermediate: '三、中级服务员标准', senior: '四、高级服务员标准' };

type Computed = NonNullable<TemplateItemInput['computed']>;

/**
 * One condition of a level, its wording as the source gives it ("凡是符合以上6点的即可评为初级服务员").
 * With `computed`, the app answers it from the dates and counts entered; otherwise it is the source's own judgement (a test passed, an attitude).
 */
function condition(level: Level, n: number, zh: string, en: string, extra: { hint?: { zh: string; en: string }; computed?: Computed } = {}): TemplateItemInput {
  return {
    id: `${level}-${n}`,
    kind: 'yesNo',
    label: { zh, en },
    ...(extra.hint ? { hint: extra.hint } : {}),
    source: `${S} ${SECTION[level]} ${n}`,
    requiredFor: [level],
    // "Yes" meets the condition; "no" misses it.
    failsOn: 'no',
    // Not meeting a level's condition is not a defect to correct.
    correctiveAction: false,
    ...(extra.computed ? { computed: extra.computed } : {}),
  };
}

const tenure = (months: { atLeastMonths?: number; underMonths?: number }, waivedByItemId?: string): Computed => ({
  kind: 'tenure',
  fromItemId: 'started-on',
  toItemId: 'assessed-on',
  ...months,
  ...(waivedByItemId ? { waivedByItemId } : {}),
});
/** Praise letters net of complaints, and complaints net of praise letters: each complaint uses up one letter (see the count items' choice). */
const praise = (moreThan: number): Computed => ({ kind: 'count', itemId: 'praise-letters', op: 'gt', value: moreThan, offsetByItemId: 'guest-complaints' });
const complaints: Computed = { kind: 'count', itemId: 'guest-complaints', op: 'lte', value: 1, offsetByItemId: 'praise-letters' };

/** 表现特别好的，可根据实际情况调整: the person's judgement that lifts the period condition of one level. */
function adjusted(level: 'intermediate' | 'senior', n: number): TemplateItemInput {
  return {
    id: `${level}-${n}-adjusted`,
    kind: 'yesNo',
    label: { zh: '表现特别好，来店时间要求根据实际情况调整', en: 'Outstanding performance: the period employed adjusted to the actual situation' },
    source: `${S} ${SECTION[level]} ${n}`,
    correctiveAction: false,
    failsOn: 'no',
  };
}

const OFFSET = { zh: '凡是被客人投诉的将用客人的表扬信来抵消', en: 'Each guest complaint is offset by a guest praise letter' };
const ADJUST = { zh: '表现特别好的，可根据实际情况调整', en: 'May be adjusted for outstanding performance' };
const ATTITUDE = {
  zh: '工作态度：热爱本职工作，遵守规章制度，忠于职守、团结同事，服从工作分配，起到良好的带动作用',
  en: 'Attitude: loves the job, keeps the rules, is dutiful and cooperative, accepts assignments, sets a good example',
};

/**
 * The waiter level assessment (seed004 §C): a level is reached when all its
 * conditions are met, and the level awarded is the highest reached (初级 6, 中级 8).
 * The source stops after 4 conditions of 高级 and gives nothing of 星级: 高级 is
 * assessed on the 4 that survive and says so; 星级 is not offered.
 *
 * Where the source states a period or a count, the form asks the date started
 * and the counts, and the app answers the condition (computed-answers.ts):
 * 来店3个月以上不满半年 / 超过半年 / 超过一年 from the start date to the date
 * assessed; 表扬超过3/6/10次 and 投诉不超过一次 from the counts, each complaint
 * using up one praise letter (“凡是被客人投诉的将用客人的表扬信来抵消”: the source
 * does not say whether a letter that offsets a complaint still counts as
 * praise; we read it as used up, so 5 letters and 2 complaints are 3 letters
 * and no complaint). The store holds no praise letters and the waiter is named,
 * not a user of the site, so the counts are entered. The pay of 初级 and 中级
 * is the bands' data; the source's 高级 text stops before any pay.
 */
export const waiterLevelTemplate: ChecklistTemplateInput = {
  id: 'waiter-level',
  version: '1.0.0',
  kind: 'assessment',
  title: { zh: '餐饮服务员等级评定表', en: 'Restaurant waiter level assessment' },
  source: `${S} 餐饮服务员等级划分标准`,
  signers: [
    { zh: '填表人', en: 'Filled in by' },
    { zh: '站长', en: 'Station lead' },
    { zh: '审核人', en: 'Reviewed by' },
  ],
  grades: [
    {
      code: 'senior',
      label: { zh: '高级服务员', en: 'Senior waiter' },
      source: `${S} ${SECTION.senior}`,
      minTotal: 0,
      note: {
        zh: '原文高级服务员标准在第4条后中断，仅按现存4条评定',
        en: 'The source’s senior standard breaks off after condition 4: assessed on the 4 conditions that survive',
      },
    },
    {
      code: 'intermediate',
      label: { zh: '中级服务员', en: 'Intermediate waiter' },
      source: `${S} ${SECTION.intermediate}`,
      minTotal: 0,
      pay: {
        baseUpTo: 2000,
        note: { zh: '不算其他绩效工资和考核工资、奖金，并且享受社保福利待遇', en: 'not counting performance pay, assessment pay and bonuses; with social-insurance benefits' },
        source: `${S} ${SECTION.intermediate}（凡是符合以上8点的即可评为中级服务员）`,
      },
    },
    {
      code: 'junior',
      label: { zh: '初级服务员', en: 'Junior waiter' },
      source: `${S} ${SECTION.junior}`,
      minTotal: 0,
      pay: {
        baseUpTo: 1800,
        note: { zh: '不算其他绩效工资和考核工资、奖金', en: 'not counting performance pay, assessment pay and bonuses' },
        source: `${S} ${SECTION.junior}（凡是符合以上6点的即可评为初级服务员）`,
      },
    },
  ],
  sections: [
    {
      id: 'staff',
      title: { zh: '被评定人', en: 'Person assessed' },
      source: `${S} 一、服务员级别`,
      items: [
        { id: 'staff-name', kind: 'text', label: { zh: '姓名', en: 'Name' }, source: `${S} 一、服务员级别`, required: true },
        {
          id: 'started-on',
          kind: 'date',
          label: { zh: '来店日期', en: 'Date started at the restaurant' },
          hint: { zh: '来店时间按此日期至评定日期计算', en: 'The period employed is counted from this date to the date assessed' },
          source: `${S} ${SECTION.junior} 1、${SECTION.intermediate} 2、${SECTION.senior} 3`,
          required: true,
        },
        { id: 'assessed-on', kind: 'date', label: { zh: '评定日期', en: 'Date assessed' }, source: `${S} 一、服务员级别`, required: true },
        {
          id: 'praise-letters',
          kind: 'number',
          label: { zh: '来店以来被客人书面表扬次数（表扬信）', en: 'Written guest praise since starting (letters)' },
          hint: { zh: '要有书面表扬信；初级须超过3次，中级累积超过6次，高级累积超过10次', en: 'Written letters only; junior more than 3, intermediate more than 6 in all, senior more than 10 in all' },
          unit: '次',
          min: 0,
          source: `${S} ${SECTION.junior} 2、${SECTION.intermediate} 3、${SECTION.senior} 4`,
          required: true,
        },
        {
          id: 'guest-complaints',
          kind: 'number',
          label: { zh: '来店以来被客人投诉次数', en: 'Guest complaints since starting' },
          hint: { zh: '不超过一次；凡是被客人投诉的将用客人的表扬信来抵消', en: 'At most one; each guest complaint is offset by a guest praise letter' },
          unit: '次',
          min: 0,
          source: `${S} ${SECTION.junior} 5、${SECTION.intermediate} 5`,
          required: true,
        },
      ],
    },
    {
      id: 'junior',
      title: { zh: '初级服务员的标准（须全部符合6点）', en: 'Junior waiter (all 6 conditions)' },
      source: `${S} ${SECTION.junior}`,
      items: [
        condition('junior', 1, '来店3个月以上不满半年', 'Employed more than 3 months and less than half a year', { computed: tenure({ atLeastMonths: 3, underMonths: 6 }) }),
        condition('junior', 2, '被客人表扬超过3次(要有书面表扬信)', 'Praised by guests more than 3 times (written praise letters)', { computed: praise(3) }),
        condition('junior', 3, '对厨房菜品的基本口味了如指掌，并通过厨房菜品味型基础测试', 'Knows the basic taste of the dishes and passed the basic dish-flavour test'),
        condition('junior', 4, '对门店规章制度、企业文化有初步了解，并通过制度考试', 'Basic knowledge of store rules and culture; passed the rules exam'),
        condition('junior', 5, '被客人投诉不超过一次', 'Complained about by guests no more than once', { hint: OFFSET, computed: complaints }),
        condition('junior', 6, '对日常六大技能有初步了解，并通过初级六大技能培训考试', 'Basic grasp of the six daily skills; passed the junior six-skills exam'),
      ],
    },
    {
      id: 'intermediate',
      title: { zh: '中级服务员标准（须全部符合8点）', en: 'Intermediate waiter (all 8 conditions)' },
      source: `${S} ${SECTION.intermediate}`,
      items: [
        condition('intermediate', 1, '已经有初级服务员的资格', 'Already holds the junior level'),
        adjusted('intermediate', 2),
        condition('intermediate', 2, '来店时间超过半年', 'Employed more than half a year', { hint: ADJUST, computed: tenure({ atLeastMonths: 6 }, 'intermediate-2-adjusted') }),
        condition('intermediate', 3, '累积被客人表扬超过6次(要有书面表扬信)', 'Praised by guests more than 6 times in all (written praise letters)', { computed: praise(6) }),
        condition('intermediate', 4, '对厨房菜品的口味、主要原料有深入了解，并通过厨房菜品口味、原料中级测试', 'Deep knowledge of dish flavours and main ingredients; passed the intermediate test'),
        condition('intermediate', 5, '被客人投诉不超过一次', 'Complained about by guests no more than once', { hint: OFFSET, computed: complaints }),
        condition('intermediate', 6, '对六大技能有深入了解，并获取二级服务员技能证书', 'Deep grasp of the six skills; holds the Level-2 waiter skills certificate'),
        condition('intermediate', 7, '可以处理一些简单的客户投诉(如菜慢，菜有杂物，菜品没熟等)', 'Can handle simple complaints (slow dishes, foreign matter, undercooked dishes)'),
        condition('intermediate', 8, ATTITUDE.zh, ATTITUDE.en),
      ],
    },
    {
      id: 'senior',
      title: { zh: '高级服务员标准（原文仅存4条）', en: 'Senior waiter (only 4 conditions survive in the source)' },
      source: `${S} ${SECTION.senior}`,
      items: [
        condition('senior', 1, '有中级服务员的资格', 'Holds the intermediate level', {
          hint: { zh: '跟据其表现和能力也可提前晋级', en: 'Early promotion is possible on performance and ability' },
        }),
        condition('senior', 2, ATTITUDE.zh, ATTITUDE.en),
        adjusted('senior', 3),
        condition('senior', 3, '来店时间超过一年', 'Employed more than one year', { hint: ADJUST, computed: tenure({ atLeastMonths: 12 }, 'senior-3-adjusted') }),
        condition('senior', 4, '累积被客人表扬超过10次(要有书面表扬信)', 'Praised by guests more than 10 times in all (written praise letters)', { computed: praise(10) }),
      ],
    },
  ],
};
