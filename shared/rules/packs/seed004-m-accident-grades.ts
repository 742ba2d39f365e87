import type { RulePackInput } from '../pack-schema';

const S = 'seed004 §M'; // 事故等级划分及扣分标准 (flour mill)

const BOUNDS = {
  zh: '原文对每一级的伤害指标只规定上限（“未超过…(含)”），而分级时取满足条件的最高一级，所以每项指标都写成从下一级的上限到本级上限之间的区间：三级为不超过三级上限，二级为超过三级上限、不超过二级上限，一级为超过二级上限。每项指标单独计算（“具备下列条件之一”）。',
  en: 'The source bounds each grade’s injury measures from above (“未超过…(含)”), and grading takes the highest grade whose condition is met, so each measure is encoded as the band between the grade below and this grade’s bound: 三级 up to its bound, 二级 above 三级’s bound up to its own, 一级 above 二级’s. Each measure counts on its own (“具备下列条件之一”).',
};
const INCLUSIVE = {
  zh: '“以上/以下”按中文通常的理解，都包含本数；这样两级共用同一个数时，取较高的一级。',
  en: '“以上/以下” read with the usual Chinese rule that they include the number; where two grades then share a number, the higher grade wins.',
};
const STRIKE_IMPACT = {
  zh: '只按人数分级；等级名称中提到的影响（对经营/生产/某项任务的影响）由工作人员确认，工作人员可以说明理由后改判等级。',
  en: 'Graded by headcount alone; the impact named in the label (on operations / production / one task) is for the person to confirm, and a person may override the class with a reason.',
};
const TOTAL_LEAVE = {
  zh: '误工月数请填受伤者的工伤休假合计（“受伤者合计”），与原文的算法一致。',
  en: 'Enter leaveMonths as the injured persons’ total work-injury leave (“受伤者合计”), as the source counts it.',
};

/** A 质量事故 situation and its deductions (二、(一)): 直接责任人 / 部门负责人 / 直接上级 / 上上级. */
function qualityTable(n: 1 | 2 | 3 | 4, mark: string, en: string, points: [number, number, number, number]) {
  return {
    code: `quality.${n}`,
    label: { zh: `面粉类投诉${mark}扣分标准`, en: `Flour complaint ${mark} deductions (${en})` },
    source: `${S} 二.(一)${mark}`,
    rows: [
      { role: { zh: '直接责任人', en: 'Person directly responsible' }, points: { quality: points[0] } },
      { role: { zh: '部门负责人', en: 'Department head' }, points: { quality: points[1] } },
      { role: { zh: '直接上级', en: 'Direct superior (jointly liable)' }, points: { quality: points[2] } },
      { role: { zh: '上上级', en: 'Superior’s superior (jointly liable)' }, points: { quality: points[3] } },
    ],
    ...(points[3] === 0 ? { choice: { zh: '“上上级不连带扣分”记为0分。', en: '“上上级不连带扣分” is encoded as 0 points.' } } : {}),
  };
}

/**
 * The flour mill's accident grading and deductions (seed004 §M): 管理事故 grades
 * 三级 (轻微) < 二级 (中等) < 一级 (最严重) from injury and strike facts, and
 * 质量事故 ⑴–⑷ from flour complaints, each with points deducted per role.
 */
export const seed004MAccidentGradesPack: RulePackInput = {
  id: 'seed004-m-accident-grades',
  version: '1.0.0',
  name: { zh: '事故等级划分及扣分标准', en: 'Accident grade classification and point-deduction standard' },
  organisation: { zh: '某面粉厂', en: 'Flour mill' },
  source: `${S} 一–二`,
  // Lowest first: the source itself marks 一级 最严重, 二级 中等, 三级 轻微 (and deducts 15 / 10 / 5 from the department's responsible person).
  classes: [
    {
      code: 'grade3',
      label: { zh: '三级事故(轻微)', en: 'Grade 3 accident (minor)' },
      source: `${S} 一.3`,
      choice: {
        zh: '“一级事故(最严重)… 三级事故(轻微)”：三级最轻，所以等级从低到高为 三级 < 二级 < 一级。默认为三级：原文没有“不算事故”这一级，而本规则包只用于已经认定为事故的记录。',
        en: '“一级事故(最严重)… 三级事故(轻微)”: 三级 is the least serious, so classes run 三级 < 二级 < 一级. 三级 is the default: the source has no “not an accident” level, and the pack is applied to a record already taken as an accident.',
      },
    },
    { code: 'grade2', label: { zh: '二级事故(中等)', en: 'Grade 2 accident (medium)' }, source: `${S} 一.2` },
    { code: 'grade1', label: { zh: '一级事故(最严重)', en: 'Grade 1 accident (most serious)' }, source: `${S} 一.1` },
    {
      code: 'quality',
      label: { zh: '质量事故', en: 'Quality accident' },
      source: `${S} 二`,
      choice: {
        zh: '原文没有给质量事故分级；把它单列为一个等级，是为了让它的 ⑴–⑷ 扣分表有对应的一栏。排在最后，这样勾选了 ⑴–⑷ 中任一条件的记录总是认定为质量事故；它的位置与一级相比并不代表严重程度。适用哪一张 ⑴–⑷ 扣分表，看勾选的是同一编号的哪个条件。',
        en: '质量事故 has no grade in the source; it is a class of its own so its ⑴–⑷ deduction tables have a column. Listed last so a ticked ⑴–⑷ condition always names the record a quality accident; its place says nothing about seriousness next to 一级. Which ⑴–⑷ table applies is the ticked criterion of the same number.',
      },
    },
  ],
  defaultClass: 'grade3',
  criteria: [
    // 一、1 一级事故 (最严重)
    { id: 'grade1.a.death', classCode: 'grade1', source: `${S} 一.1 A`, label: { zh: '因工伤事故,造成人员死亡或重伤', en: 'Work injury causing death or serious injury' } },
    {
      id: 'grade1.a.treatment',
      classCode: 'grade1',
      source: `${S} 一.1 A`,
      label: { zh: '治疗超过50个工作日', en: 'Treatment over 50 working days' },
      predicate: { fact: 'treatmentWorkingDays', op: 'gt', value: 50 },
      choice: { zh: '“超过50”不含50：50个工作日为二级（“未超过50(含)”），51个工作日为一级。', en: '“超过50” excludes 50: 50 working days is 二级 (“未超过50(含)”), 51 is 一级.' },
    },
    {
      id: 'grade1.a.leave',
      classCode: 'grade1',
      source: `${S} 一.1 A`,
      label: { zh: '受伤者合计休工伤假超过6个月', en: 'Injured persons’ total work-injury leave over 6 months' },
      predicate: { fact: 'leaveMonths', op: 'gt', value: 6 },
      choice: TOTAL_LEAVE,
    },
    {
      id: 'grade1.b.strike',
      classCode: 'grade1',
      source: `${S} 一.1 B`,
      label: { zh: '因管理事故,造成15人以上人员罢工,直接影响公司正常运营的', en: 'Management accident: strike of 15 or more, directly affecting normal operations' },
      predicate: { fact: 'strikeHeadcount', op: 'gte', value: 15 },
      choice: {
        zh: `${INCLUSIVE.zh}${STRIKE_IMPACT.zh}`,
        en: `${INCLUSIVE.en} ${STRIKE_IMPACT.en}`,
      },
    },
    // 一、2 二级事故 (中等)
    {
      id: 'grade2.a.injured',
      classCode: 'grade2',
      source: `${S} 一.2 A`,
      label: { zh: '因工伤事故,造成5人以下轻伤', en: 'Work injury: 5 or fewer persons lightly injured' },
      predicate: {
        all: [
          { fact: 'injuredCount', op: 'gte', value: 3 },
          { fact: 'injuredCount', op: 'lte', value: 5 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}所以受伤3–5人为二级（1–2人为三级）。轻伤超过5人：原文没有规定等级，所以不触发任何人数条件，由其他指标或工作人员决定。`,
        en: `${BOUNDS.en} So 3–5 injured is 二级 (1–2 is 三级). More than 5 light injuries: the source names no grade, so no count criterion fires and the other measures or a person decide.`,
      },
    },
    {
      id: 'grade2.a.treatment',
      classCode: 'grade2',
      source: `${S} 一.2 A`,
      label: { zh: '治疗未超过50(含)个工作日', en: 'Treatment not over 50 working days (inclusive)' },
      predicate: {
        all: [
          { fact: 'treatmentWorkingDays', op: 'gt', value: 20 },
          { fact: 'treatmentWorkingDays', op: 'lte', value: 50 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}所以21–50个工作日为二级。`,
        en: `${BOUNDS.en} So 21–50 working days is 二级.`,
      },
    },
    {
      id: 'grade2.a.leave',
      classCode: 'grade2',
      source: `${S} 一.2 A`,
      label: { zh: '受伤者合计休工伤假未超过6个月', en: 'Injured persons’ total work-injury leave not over 6 months' },
      predicate: {
        all: [
          { fact: 'leaveMonths', op: 'gt', value: 2 },
          { fact: 'leaveMonths', op: 'lte', value: 6 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}所以超过2个月、不超过6个月为二级。${TOTAL_LEAVE.zh}`,
        en: `${BOUNDS.en} So more than 2 and up to 6 months is 二级. ${TOTAL_LEAVE.en}`,
      },
    },
    {
      id: 'grade2.b.strike',
      classCode: 'grade2',
      source: `${S} 一.2 B`,
      label: { zh: '因管理事故,造成5人以上15人以下罢工,直接影响生产的', en: 'Management accident: strike of 5 to 15, directly affecting production' },
      predicate: {
        all: [
          { fact: 'strikeHeadcount', op: 'gte', value: 5 },
          { fact: 'strikeHeadcount', op: 'lte', value: 15 },
        ],
      },
      choice: {
        zh: `${INCLUSIVE.zh}所以5为二级（不是三级），15为一级（不是二级）。${STRIKE_IMPACT.zh}`,
        en: `${INCLUSIVE.en} So 5 is 二级 (not 三级) and 15 is 一级 (not 二级). ${STRIKE_IMPACT.en}`,
      },
    },
    // 一、3 三级事故 (轻微)
    {
      id: 'grade3.a.injured',
      classCode: 'grade3',
      source: `${S} 一.3 A`,
      label: { zh: '因工伤事故,2人以下轻伤', en: 'Work injury: 2 or fewer persons lightly injured' },
      predicate: {
        all: [
          { fact: 'injuredCount', op: 'gte', value: 1 },
          { fact: 'injuredCount', op: 'lte', value: 2 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}至少有一人受伤，才算符合“受伤”这一条件。`,
        en: `${BOUNDS.en} At least one person must be injured for the condition to name an injury.`,
      },
    },
    {
      id: 'grade3.a.treatment',
      classCode: 'grade3',
      source: `${S} 一.3 A`,
      label: { zh: '治疗未超过20(含)个工作日', en: 'Treatment not over 20 working days (inclusive)' },
      predicate: {
        all: [
          { fact: 'treatmentWorkingDays', op: 'gt', value: 0 },
          { fact: 'treatmentWorkingDays', op: 'lte', value: 20 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}所以不超过20个工作日为三级，21个工作日为二级。`,
        en: `${BOUNDS.en} So up to 20 working days is 三级, 21 is 二级.`,
      },
    },
    {
      id: 'grade3.a.leave',
      classCode: 'grade3',
      source: `${S} 一.3 A`,
      label: { zh: '受伤者合计休工伤假未超过2个月', en: 'Injured persons’ total work-injury leave not over 2 months' },
      predicate: {
        all: [
          { fact: 'leaveMonths', op: 'gt', value: 0 },
          { fact: 'leaveMonths', op: 'lte', value: 2 },
        ],
      },
      choice: {
        zh: `${BOUNDS.zh}${TOTAL_LEAVE.zh}`,
        en: `${BOUNDS.en} ${TOTAL_LEAVE.en}`,
      },
    },
    {
      id: 'grade3.b.strike',
      classCode: 'grade3',
      source: `${S} 一.3 B`,
      label: { zh: '因管理事故,造成5人以下罢工,直接影响某项工作正常进行但不影响生产的', en: 'Management accident: strike of 5 or fewer, affecting a task but not production' },
      predicate: {
        all: [
          { fact: 'strikeHeadcount', op: 'gte', value: 1 },
          { fact: 'strikeHeadcount', op: 'lte', value: 5 },
        ],
      },
      choice: {
        zh: `${INCLUSIVE.zh}至少有一人停工，才算罢工。${STRIKE_IMPACT.zh}`,
        en: `${INCLUSIVE.en} At least one person must stop work for a strike. ${STRIKE_IMPACT.en}`,
      },
    },
    // 二、(一) 面粉类投诉: 质量事故
    {
      id: 'quality.1',
      classCode: 'quality',
      source: `${S} 二.(一)⑴`,
      label: {
        zh: '经验证投诉产品操作性能差且产品指标不在内控标准范围内的,直接认定生产部、品保部质量事故,水分类超标投诉按季节判定、严格按内控标准判定质量事故',
        en: 'Verified poor processing performance and indicators outside internal control standards: production and QA quality accident (moisture judged by season, strictly by internal standard)',
      },
    },
    {
      id: 'quality.2',
      classCode: 'quality',
      source: `${S} 二.(一)⑵`,
      label: {
        zh: '投诉产品经验证符合公司内控标准,但无法证明是何种原因所导致产生的质量问题,但同一批次的产品在两家终端用户产生类似同问题投诉时认定当月生产、品保质量事故',
        en: 'Product meets internal standards and the cause cannot be proven, but the same batch draws similar complaints from two end users: production and QA quality accident of the month',
      },
      predicate: { fact: 'sameBatchEndUsers', op: 'gte', value: 2 },
      judgement: {
        zh: '经验证符合公司内控标准，但无法证明是何种原因所导致产生的质量问题，且为类似同问题投诉',
        en: 'Verified to meet internal standards, the cause cannot be proven, and the complaints are about a similar problem',
      },
      choice: {
        zh: '“在两家终端用户产生类似同问题投诉”根据录入的终端用户数计算：一家终端用户不构成 ⑵ 类事故，两家及以上构成。产品是否符合内控标准、原因是否无法证明、问题是否类似，由工作人员判断，在数字旁边勾选。',
        en: '“在两家终端用户产生类似同问题投诉” is computed from the number of end users entered (sameBatchEndUsers): one end user is not a ⑵ accident, two or more are. That the product met the internal standard, that the cause cannot be proven and that the problems are similar are the person’s judgement, ticked beside the number.',
      },
    },
    {
      id: 'quality.3',
      classCode: 'quality',
      source: `${S} 二.(一)⑶`,
      label: {
        zh: '面粉内部出现异物或因异物对客户造成损失的。内部异物可以判定为生产流程进行入的,记入生产部当月质量事故',
        en: 'Foreign matter inside the flour, or loss to the customer caused by it; if it entered in production, a production quality accident of the month',
      },
    },
    {
      id: 'quality.4',
      classCode: 'quality',
      source: `${S} 二.(一)⑷`,
      label: { zh: '对于面粉斤称短缺造成的投诉记入生产、品保质量事故', en: 'Complaint caused by short weight of flour: production and QA quality accident' },
    },
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [],
  notifications: [],
  deductions: [
    {
      code: 'management',
      label: { zh: '管理事故扣分标准', en: 'Management accident deductions' },
      source: `${S} 一.4`,
      rows: [
        { role: { zh: '部门责任人', en: 'Department’s responsible person' }, points: { grade1: 15, grade2: 10, grade3: 5 } },
        { role: { zh: '负责人', en: 'Person in charge' }, points: { grade1: 10, grade2: 8, grade3: 3 } },
        { role: { zh: '直接上级', en: 'Direct superior (jointly liable)' }, points: { grade1: 8, grade2: 5, grade3: 2 } },
        { role: { zh: '上上级', en: 'Superior’s superior (jointly liable)' }, points: { grade1: 5, grade2: 3, grade3: 0 } },
      ],
      choice: { zh: '三级“上上级不连带扣分”记为0分。', en: '三级 “上上级不连带扣分” is encoded as 0 points.' },
    },
    qualityTable(1, '⑴', 'poor performance outside standards', [10, 5, 3, 2]),
    qualityTable(2, '⑵', 'same batch, two end users', [5, 3, 2, 0]),
    qualityTable(3, '⑶', 'foreign matter', [10, 5, 2, 0]),
    qualityTable(4, '⑷', 'short weight', [10, 5, 2, 0]),
  ],
};
