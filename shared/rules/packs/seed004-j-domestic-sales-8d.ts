import type { RulePackInput } from '../pack-schema';

const S = 'seed004 §J'; // 顾客抱怨处理办法 (domestic sales, 8D; text ends after the intake fields)

/** 4.3.4: test and sample-making time is excluded from every limit of 4.3–4.3.3. */
const PAUSE_CHOICE = '4.3.4 excludes 试验及制样 time from all the limits above it, so the clock stops while the record is paused for a test or a sample.';

/**
 * seed004 §J: 偶发性 / 一般 / 严重 抱怨 (4.2), QA clocks of 4.3 (all pausable for tests
 * and samples, 4.3.4), and the five intake items without which QA may refuse (5.1.1).
 */
export const seed004JDomesticSales8dPack: RulePackInput = {
  id: 'seed004-j-domestic-sales-8d',
  version: '1.0.0',
  name: { zh: '顾客抱怨处理办法', en: 'Customer complaint handling method (8D)' },
  organisation: { zh: '某制造企业（内销）', en: 'Manufacturer, domestic sales' },
  source: `${S} 1–5.1.1`,
  // Lowest first: the source lists 4.2.1 严重, 4.2.2 一般, 4.2.3 偶发性, most severe first.
  classes: [
    {
      code: 'occasional',
      label: { zh: '偶发性异常抱怨', en: 'Occasional abnormality' },
      source: `${S} 4.2.3`,
      choice:
        'Lowest class and the default: the source lists the grades from most to least severe and has no “otherwise” grade. General and occasional share their time limits (4.3.2), so the order between them changes no deadline.',
    },
    {
      code: 'general',
      label: { zh: '一般异常抱怨', en: 'General abnormality' },
      source: `${S} 4.2.2`,
      choice:
        '4.3.2 gives general and occasional complaints the same time limits but no number of its own; only the 2-working-day reaction and the 7-working-day analysis apply to them. Several at once are worked in priority order, which the pack cannot express.',
    },
    { code: 'serious', label: { zh: '严重抱怨', en: 'Serious complaint' }, source: `${S} 4.2.1` },
  ],
  defaultClass: 'occasional',
  criteria: [
    {
      id: 'serious.improvement-document',
      classCode: 'serious',
      source: `${S} 4.2.1.1`,
      label: { zh: '客户给出改善对策要求，要求提供改善正式文件', en: 'Customer demands improvement countermeasures and a formal improvement document' },
    },
    {
      id: 'serious.stoppage',
      classCode: 'serious',
      source: `${S} 4.2.1.2`,
      label: { zh: '造成顾客停工、停产或给顾客造成严重影响', en: 'Customer stopped work or production, or was seriously affected' },
    },
    { id: 'serious.functional', classCode: 'serious', source: `${S} 4.2.1.3`, label: { zh: '装配等功能性的不良', en: 'Functional defect such as assembly' } },
    {
      id: 'serious.recurring',
      classCode: 'serious',
      source: `${S} 4.2.1.4`,
      label: { zh: '相同产品或问题连续发生', en: 'Same product or problem occurs repeatedly' },
      choice: 'Ticked, not computed: “连续发生” gives no count and no period, so the same-problem-this-month counter is not used.',
    },
    { id: 'general.cosmetic', classCode: 'general', source: `${S} 4.2.2`, label: { zh: '一般的外观性的抱怨', en: 'General cosmetic complaint' } },
    { id: 'occasional.quantity-packaging-labelling', classCode: 'occasional', source: `${S} 4.2.3`, label: { zh: '数量、包装、标示方面的抱怨', en: 'Quantity, packaging or labelling complaint' } },
  ],
  // 5.1.1: the 顾客反馈信息处理单 must hold at least these, “否则品保部可不接受该投诉”.
  invalidReasons: [
    {
      code: 'missing-identification',
      source: `${S} 5.1.1.1`,
      label: { zh: '未填写投诉表序号、顾客名称/代号、产品的编号', en: 'Form serial no., customer name/code or product number missing' },
      choice: 'The source lists what the sheet must hold; each invalid reason is one missing 5.1.1 item, worded as its absence (未填写/未写明 + the source wording).',
    },
    { code: 'missing-defect', source: `${S} 5.1.1.2`, label: { zh: '未写明投诉何种缺陷或问题', en: 'Defect or problem complained about not stated' } },
    { code: 'missing-shipment', source: `${S} 5.1.1.3`, label: { zh: '未写明对应的出货日期及出货数量', en: 'Shipment date and quantity not stated' } },
    { code: 'missing-defect-rate', source: `${S} 5.1.1.4`, label: { zh: '未写明不良率有多少（或提供批量及不良数）', en: 'Defect rate (or lot size and defect count) not stated' } },
    { code: 'missing-stage', source: `${S} 5.1.1.5`, label: { zh: '未写明顾客方在什么环节发现该问题', en: 'Stage at which the customer found the problem not stated' } },
  ],
  deadlines: [
    {
      milestone: 'response',
      label: { zh: '品保部做出反应（如需业务部协助沟通顾客，亦须在此时限内知会业务部）', en: 'QA reacts (and, if Sales must help contact the customer, tells Sales)' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 2 },
      pausable: true,
      source: `${S} 4.3, 4.3.2`,
      choice: `“收到业务部反馈” is taken as the record's receipt (Sales' intake sheet is the feedback to QA). The second 4.3.2 (tell Sales within 2 working days when its help is needed) has the same clock and limit, so it is folded into this step. ${PAUSE_CHOICE}`,
    },
    {
      milestone: 'containment',
      classes: ['serious'],
      label: { zh: '防堵计划处理完毕', en: 'Containment plan completed' },
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      pausable: true,
      source: `${S} 4.3.1`,
      choice: `“收到起24小时内” in clock hours. ${PAUSE_CHOICE}`,
    },
    {
      milestone: 'resolution',
      classes: ['serious'],
      label: { zh: '整个异常完成', en: 'Whole abnormality completed' },
      from: 'received',
      duration: { unit: 'calendarDays', amount: 7 },
      pausable: true,
      source: `${S} 4.3.1`,
      choice: `“1周内” as 7 calendar days, the day of receipt not counted (due 24:00 of the 7th day); met when the record is resolved. ${PAUSE_CHOICE}`,
    },
    {
      milestone: 'analysis',
      label: { zh: '从最新反馈日期起完成分析', en: 'Analysis completed from the latest feedback date' },
      from: 'latestFeedback',
      duration: { unit: 'workingDays', amount: 7 },
      pausable: true,
      source: `${S} 4.3.3`,
      choice: `Starts only when Sales gives new feedback (latestFeedbackAt). ${PAUSE_CHOICE}`,
    },
  ],
  escalationTriggers: [],
  notifications: [],
};
