import type { ChecklistTemplateInput, TemplateItemInput } from '../template-schema';

const S = 'seed004 §C'; // 餐饮服务员等级划分标准 (the text stops inside 高级)

type Level = 'junior' | 'intermediate' | 'senior';
const SECTION: Record<Level, string> = { junior: '二、初级服务员的标准', intermediate: '三、中级服务员标准', senior: '四、高级服务员标准' };

/** One condition of a level, its wording as the source gives it ("凡是符合以上6点的即可评为初级服务员"). */
function condition(level: Level, n: number, zh: string, en: string, hint?: { zh: string; en: string }): TemplateItemInput {
  return {
    id: `${level}-${n}`,
    kind: 'yesNo',
    label: { zh, en },
    ...(hint ? { hint } : {}),
    source: `${S} ${SECTION[level]} ${n}`,
    requiredFor: [level],
    // "Yes" meets the condition; "no" misses it.
    failsOn: 'no',
    // Not meeting a level's condition is not a defect to correct.
    correctiveAction: false,
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
    { code: 'intermediate', label: { zh: '中级服务员', en: 'Intermediate waiter' }, source: `${S} ${SECTION.intermediate}`, minTotal: 0 },
    { code: 'junior', label: { zh: '初级服务员', en: 'Junior waiter' }, source: `${S} ${SECTION.junior}`, minTotal: 0 },
  ],
  sections: [
    {
      id: 'staff',
      title: { zh: '被评定人', en: 'Person assessed' },
      source: `${S} 一、服务员级别`,
      items: [
        { id: 'staff-name', kind: 'text', label: { zh: '姓名', en: 'Name' }, source: `${S} 一、服务员级别`, required: true },
        { id: 'assessed-on', kind: 'date', label: { zh: '评定日期', en: 'Date assessed' }, source: `${S} 一、服务员级别`, required: true },
      ],
    },
    {
      id: 'junior',
      title: { zh: '初级服务员的标准（须全部符合6点）', en: 'Junior waiter (all 6 conditions)' },
      source: `${S} ${SECTION.junior}`,
      items: [
        condition('junior', 1, '来店3个月以上不满半年', 'Employed more than 3 months and less than half a year'),
        condition('junior', 2, '被客人表扬超过3次(要有书面表扬信)', 'Praised by guests more than 3 times (written praise letters)'),
        condition('junior', 3, '对厨房菜品的基本口味了如指掌，并通过厨房菜品味型基础测试', 'Knows the basic taste of the dishes and passed the basic dish-flavour test'),
        condition('junior', 4, '对门店规章制度、企业文化有初步了解，并通过制度考试', 'Basic knowledge of store rules and culture; passed the rules exam'),
        condition('junior', 5, '被客人投诉不超过一次', 'Complained about by guests no more than once', OFFSET),
        condition('junior', 6, '对日常六大技能有初步了解，并通过初级六大技能培训考试', 'Basic grasp of the six daily skills; passed the junior six-skills exam'),
      ],
    },
    {
      id: 'intermediate',
      title: { zh: '中级服务员标准（须全部符合8点）', en: 'Intermediate waiter (all 8 conditions)' },
      source: `${S} ${SECTION.intermediate}`,
      items: [
        condition('intermediate', 1, '已经有初级服务员的资格', 'Already holds the junior level'),
        condition('intermediate', 2, '来店时间超过半年', 'Employed more than half a year', ADJUST),
        condition('intermediate', 3, '累积被客人表扬超过6次(要有书面表扬信)', 'Praised by guests more than 6 times in all (written praise letters)'),
        condition('intermediate', 4, '对厨房菜品的口味、主要原料有深入了解，并通过厨房菜品口味、原料中级测试', 'Deep knowledge of dish flavours and main ingredients; passed the intermediate test'),
        condition('intermediate', 5, '被客人投诉不超过一次', 'Complained about by guests no more than once', OFFSET),
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
          zh: '跟据其表现和能力也可提前晋级',
          en: 'Early promotion is possible on performance and ability',
        }),
        condition('senior', 2, ATTITUDE.zh, ATTITUDE.en),
        condition('senior', 3, '来店时间超过一年', 'Employed more than one year', ADJUST),
        condition('senior', 4, '累积被客人表扬超过10次(要有书面表扬信)', 'Praised by guests more than 10 times in all (written praise letters)'),
      ],
    },
  ],
};
