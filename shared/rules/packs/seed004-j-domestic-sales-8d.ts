import type { RulePackInput } from '../pack-schema';
import { domesticSales8dProcedure } from './procedures/domestic-sales-8d';

const S = 'seed004 §J'; // 顾客抱怨处理办法 (domestic sales, 8D; text ends after the intake fields)

/** 4.3.4: test and sample-making time is excluded from every limit of 4.3–4.3.3. */
const PAUSE_CHOICE = {
  zh: '4.3.4 规定试验及制样时间不计入上述所有时限，所以记录因试验或制样暂停期间停止计时。',
  en: '4.3.4 excludes 试验及制样 time from all the limits above it, so the clock stops while the record is paused for a test or a sample.',
};

/**
 * seed004 §J: 偶发性 / 一般 / 严重 抱怨 (4.2), QA clocks of 4.3 (all pausable for tests
 * and samples, 4.3.4), and the five intake items without which QA may refuse (5.1.1).
 * 1.1.0 added the route (procedures/domestic-sales-8d.ts).
 */
export const seed004JDomesticSales8dPack: RulePackInput = {
  id: 'seed004-j-domestic-sales-8d',
  version: '1.1.0',
  name: { zh: '顾客抱怨处理办法', en: 'Customer complaint handling method (8D)' },
  organisation: { zh: '某制造企业（内销）', en: 'Manufacturer, domestic sales' },
  source: `${S} 1–5.1.1`,
  // Lowest first: the source lists 4.2.1 严重, 4.2.2 一般, 4.2.3 偶发性, most severe first.
  classes: [
    {
      code: 'occasional',
      label: { zh: '偶发性异常抱怨', en: 'Occasional abnormality' },
      source: `${S} 4.2.3`,
      choice: {
        zh: '最低等级，也是默认等级：原文从最严重到最轻列出各等级，没有“其他”等级。一般和偶发共用时限（4.3.2），所以二者的先后顺序不影响任何时限。',
        en: 'Lowest class and the default: the source lists the grades from most to least severe and has no “otherwise” grade. General and occasional share their time limits (4.3.2), so the order between them changes no deadline.',
      },
    },
    {
      code: 'general',
      label: { zh: '一般异常抱怨', en: 'General abnormality' },
      source: `${S} 4.2.2`,
      choice: {
        zh: '4.3.2 规定一般和偶发抱怨的时限相同，但没有自己的数字；只适用2个工作日内反应和7个工作日内分析这两项。同时有多件时按优先顺序处理，规则包无法表达这一点。',
        en: '4.3.2 gives general and occasional complaints the same time limits but no number of its own; only the 2-working-day reaction and the 7-working-day analysis apply to them. Several at once are worked in priority order, which the pack cannot express.',
      },
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
      choice: { zh: '由人勾选，不自动计算：“连续发生”没有给出次数和期间，所以不使用“本月同类问题次数”计数。', en: 'Ticked, not computed: “连续发生” gives no count and no period, so the same-problem-this-month counter is not used.' },
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
      choice: { zh: '原文列出了处理单必须填写的内容；每个无效理由对应 5.1.1 中缺少的一项，写成缺项的说法（未填写/未写明 + 原文措辞）。', en: 'The source lists what the sheet must hold; each invalid reason is one missing 5.1.1 item, worded as its absence (未填写/未写明 + the source wording).' },
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
      choice: {
        zh: `“收到业务部反馈”即记录的受理（业务部的受理单就是给品管部的反馈）。4.3.2 的第二项（需要业务部协助时，2个工作日内告知业务部）起算点和时限都相同，所以并入这一步。${PAUSE_CHOICE.zh}`,
        en: `“收到业务部反馈” is taken as the record's receipt (Sales' intake sheet is the feedback to QA). The second 4.3.2 (tell Sales within 2 working days when its help is needed) has the same clock and limit, so it is folded into this step. ${PAUSE_CHOICE.en}`,
      },
    },
    {
      milestone: 'containment',
      classes: ['serious'],
      label: { zh: '防堵计划处理完毕', en: 'Containment plan completed' },
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      pausable: true,
      source: `${S} 4.3.1`,
      choice: {
        zh: `“收到起24小时内”按自然小时计算。${PAUSE_CHOICE.zh}`,
        en: `“收到起24小时内” in clock hours. ${PAUSE_CHOICE.en}`,
      },
    },
    {
      milestone: 'resolution',
      classes: ['serious'],
      label: { zh: '整个异常完成', en: 'Whole abnormality completed' },
      from: 'received',
      duration: { unit: 'calendarDays', amount: 7 },
      pausable: true,
      source: `${S} 4.3.1`,
      choice: {
        zh: `“1周内”按7个自然日计算，受理当天不计入（第7天24:00截止）；记录处理完毕即算完成。${PAUSE_CHOICE.zh}`,
        en: `“1周内” as 7 calendar days, the day of receipt not counted (due 24:00 of the 7th day); met when the record is resolved. ${PAUSE_CHOICE.en}`,
      },
    },
    {
      milestone: 'analysis',
      label: { zh: '从最新反馈日期起完成分析', en: 'Analysis completed from the latest feedback date' },
      from: 'latestFeedback',
      duration: { unit: 'workingDays', amount: 7 },
      pausable: true,
      source: `${S} 4.3.3`,
      choice: {
        zh: `只在业务部给出新的反馈时才开始计时（最近一次反馈时间）。${PAUSE_CHOICE.zh}`,
        en: `Starts only when Sales gives new feedback (latestFeedbackAt). ${PAUSE_CHOICE.en}`,
      },
    },
  ],
  escalationTriggers: [],
  notifications: [],
  // Who accepts, handles, answers and closes (3.1–3.3, 5.1).
  procedure: domesticSales8dProcedure,
};

/** 1.0.0, before the route: kept shipped so a complaint graded by it keeps its rules. */
export const seed004JDomesticSales8dPackV100: RulePackInput = { ...seed004JDomesticSales8dPack, version: '1.0.0', procedure: undefined };
