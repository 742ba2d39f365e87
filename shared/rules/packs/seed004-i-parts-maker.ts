import type { Criterion, RulePackInput } from '../pack-schema';
import { partsMakerProcedure } from './procedures/parts-maker';

const S = 'seed004 §I'; // 客诉程度判定标准预案 (bicycle pedal / bottom-bracket maker, 客服课 2013-02-22)

type IClass = 'general' | 'batch' | 'serious';

/**
 * One pick-list item of 二、抱怨内容具体包含内容. `where` is the class heading, then
 * group.item in source order (the numbering of seed004.md I.2); batch items have no group.
 */
function item(id: string, classCode: IClass, where: string, zh: string, en: string): Criterion {
  return { id, classCode, source: `${S} 二 ${where}`, label: { zh, en } };
}

const LIST_CHOICE = {
  zh: '原文的清单以“等”结尾：清单上没有的缺陷，按所属等级“一、”中的影响程度标准分级。',
  en: 'The source list ends in “等” (etc.): a defect not on it is graded by the 一、impact criterion of its class.',
};

/**
 * seed004 §I: 一般 / 批量 / 严重程度客诉 by their impact (一) and by the defect pick-list (二),
 * with two computed rules: more than 30% defective → batch, the same problem 3 times
 * in a month → serious. The source sets no time limits.
 */
export const seed004IPartsMakerPack: RulePackInput = {
  id: 'seed004-i-parts-maker',
  version: '1.1.0',
  name: { zh: '客诉程度判定标准预案', en: 'Complaint severity determination standard (proposal)' },
  organisation: { zh: '某自行车脚踏、碗件中轴制造企业', en: 'Bicycle pedal and bottom-bracket parts maker' },
  source: `${S} 一–二`,
  classes: [
    {
      code: 'general',
      label: { zh: '一般程度客诉', en: 'General' },
      source: `${S} 一 一般程度客诉`,
      choice: { zh: '默认等级：三个等级中最低的一级；原文没有比它更低的等级。', en: 'Default class: the lowest of the three; the source has no class below it.' },
    },
    { code: 'batch', label: { zh: '批量程度客诉', en: 'Batch' }, source: `${S} 一 批量程度客诉` },
    { code: 'serious', label: { zh: '严重程度客诉', en: 'Serious' }, source: `${S} 一 严重程度客诉` },
  ],
  defaultClass: 'general',
  criteria: [
    // 一、抱怨内容影响程度的判定标准
    {
      id: 'general.impact',
      classCode: 'general',
      source: `${S} 一 一般程度客诉`,
      label: { zh: '对客户使用造成困扰，但不影响客户正常使用', en: 'Inconveniences the customer but does not prevent normal use' },
      choice: LIST_CHOICE,
    },
    {
      id: 'batch.defective-share',
      classCode: 'batch',
      source: `${S} 一 批量程度客诉`,
      label: { zh: '30%比例以上的不良', en: 'Defects of 30% or more of the delivery' },
      predicate: { fact: 'defectiveShare', op: 'gte', value: 0.3 },
      choice: {
        zh: '“30%比例以上”包含正好30%（“以上”包含本数，民法典第一千二百五十九条），与下面的“3次以上”一致：29.99% 为一般，30% 为批量。可以通过修改数值或比较方式来配置。',
        en: '“30%比例以上” includes 30% exactly (以上 includes the number, 民法典 第一千二百五十九条), consistent with “3次以上” below: 29.99% is general, 30% is batch. Configurable by editing the value or op.',
      },
    },
    {
      id: 'batch.cannot-go-on-line',
      classCode: 'batch',
      source: `${S} 一 批量程度客诉`,
      label: {
        zh: '一个批次的送货量造成客户因为一个或多个零件无法正常上线使用，需要进行全检或调换才能让客户正常使用',
        en: 'A delivered batch cannot go on the customer’s line because of one or more parts; full inspection or exchange needed',
      },
      choice: LIST_CHOICE,
    },
    {
      id: 'serious.impact',
      classCode: 'serious',
      source: `${S} 一 严重程度客诉`,
      label: {
        zh: '因我司提供的货物给客户带来了不良影响，会影响后续订单或在功性能使用上无法满足客户要求，对市场造成不良影响',
        en: 'Our goods harmed the customer: will affect follow-up orders or fail functional requirements, bad market impact',
      },
      choice: LIST_CHOICE,
    },
    {
      id: 'serious.repeat-this-month',
      classCode: 'serious',
      source: `${S} 二 严重程度客诉 3.1`,
      label: { zh: '重复性问题在当月发生3次以上', en: 'Same problem 3 or more times this month' },
      predicate: { fact: 'sameProblemCountThisMonth', op: 'gte', value: 3 },
      choice: {
        zh: '“3次以上”包含3次（“以上”包含本数，民法典第一千二百五十九条）；次数包括本次投诉，所以同一自然月（北京时间）内的第三次为严重，第二次不是。',
        en: '“3次以上” includes 3 (以上 includes the number, 民法典 第一千二百五十九条); the count includes this complaint, so the third of a calendar month (Beijing time) is serious, the second is not.',
      },
    },

    // 二、一般程度客诉 1 脚踏类
    item('general.pedal.reflector-wrong', 'general', '一般程度客诉 1.1', '反光片上错', 'Wrong reflector fitted'),
    item('general.pedal.hang-tag-wrong', 'general', '一般程度客诉 1.2', '吊卡用错', 'Wrong hang tag used'),
    item('general.pedal.delivery-address', 'general', '一般程度客诉 1.3', '送货地点错误', 'Wrong delivery address'),
    item('general.pedal.shipping-mark', 'general', '一般程度客诉 1.4', '唛头写错', 'Shipping mark written wrong'),
    item('general.pedal.carton-surface', 'general', '一般程度客诉 1.5', '纸箱皮损', 'Carton surface damaged'),
    item('general.pedal.reflector-broken', 'general', '一般程度客诉 1.6', '反光片破裂和脱落', 'Reflector cracked or fallen off'),
    item('general.pedal.back-cover', 'general', '一般程度客诉 1.7', '漏打后盖', 'Back cover missed'),
    item('general.pedal.same-side', 'general', '一般程度客诉 1.8', '小数量同脚', 'Small quantity of same-side pedals'),
    item('general.pedal.spindle-thread', 'general', '一般程度客诉 1.9', '芯轴牙纹不良', 'Spindle thread defect'),
    item('general.pedal.short-shipment', 'general', '一般程度客诉 1.10', '短装', 'Short shipment'),
    item('general.pedal.carton-number', 'general', '一般程度客诉 1.11', '箱号漏编', 'Carton number missing'),
    // 二、一般程度客诉 2 碗件中轴类
    item('general.cup.short-shipment', 'general', '一般程度客诉 2.1', '短装', 'Short shipment'),
    item('general.cup.mixed-packing', 'general', '一般程度客诉 2.2', '小数量混装', 'Small-quantity mixed packing'),
    item('general.cup.shipping-mark', 'general', '一般程度客诉 2.3', '唛头用错', 'Wrong shipping mark used'),
    item('general.cup.engraving', 'general', '一般程度客诉 2.4', '字母刻错', 'Letters engraved wrongly'),
    item('general.cup.carton', 'general', '一般程度客诉 2.5', '纸箱破损', 'Carton damaged'),
    item('general.cup.thread', 'general', '一般程度客诉 2.6', '牙纹不良', 'Thread defect'),
    item('general.cup.blackening', 'general', '一般程度客诉 2.7', '发黑不良', 'Blackening defect'),
    item('general.cup.plating', 'general', '一般程度客诉 2.8', '电镀脱皮', 'Plating peeling'),
    item('general.cup.concentricity', 'general', '一般程度客诉 2.9', '同心度偏差', 'Concentricity deviation'),
    // 二、批量程度客诉
    item('batch.missing-accessories', 'batch', '批量程度客诉 1', '少放配件', 'Missing accessories'),
    // 批量程度客诉 2 “30%比例以上不良” is the computed batch.defective-share above: a number is never ticked.
    item('batch.reflector-batch', 'batch', '批量程度客诉 3', '反光片批次性用错', 'Wrong reflectors across the batch'),
    item('batch.shipping-mark-batch', 'batch', '批量程度客诉 4', '整批次的唛头错误导致无法正常入库上线', 'Whole-batch shipping-mark error prevents warehousing and line use'),
    item('batch.colour', 'batch', '批量程度客诉 5', '色差', 'Colour difference'),
    item('batch.mixed-accessories', 'batch', '批量程度客诉 6', '配件混料', 'Accessory materials mixed up'),
    item('batch.cross-thread', 'batch', '批量程度客诉 7', '牙纹斜压不能使用', 'Cross-threaded, unusable'),
    item('batch.bb-drop', 'batch', '批量程度客诉 8', '中轴落差批次性不良', 'Bottom-bracket drop defect across the batch'),
    item('batch.cup-falls-out', 'batch', '批量程度客诉 9', '碗件压配使用脱落', 'Pressed-in cup falls out in use'),
    // 二、严重程度客诉 1 脚踏类
    item('serious.pedal.body-cracked', 'serious', '严重程度客诉 1.1', '本体破裂', 'Body cracked'),
    item('serious.pedal.spindle-broken', 'serious', '严重程度客诉 1.2', '芯轴断裂', 'Spindle broken'),
    item('serious.pedal.balls-seized', 'serious', '严重程度客诉 1.3', '钢珠不下卡死', 'Steel balls not seated, seized'),
    item('serious.pedal.not-riveted', 'serious', '严重程度客诉 1.4', '未铆压导致芯轴和本体脱落', 'Not riveted: spindle separates from body'),
    item('serious.pedal.pulls-loose', 'serious', '严重程度客诉 1.5', '拉松脱', 'Pulls loose'),
    // 二、严重程度客诉 2 中轴碗件类
    item('serious.bb.no-thread', 'serious', '严重程度客诉 2.1', '无牙纹', 'No thread'),
    item('serious.bb.assembly-height', 'serious', '严重程度客诉 2.2', '组高偏高或偏低', 'Assembly height too high or too low'),
    item('serious.bb.length', 'serious', '严重程度客诉 2.3', '总长不够', 'Overall length too short'),
    item('serious.bb.part-cracked', 'serious', '严重程度客诉 2.4', '零件破裂', 'Part cracked'),
    item('serious.bb.hardness', 'serious', '严重程度客诉 2.5', '硬度不够导致安装破裂', 'Insufficient hardness, cracks on installation'),
    item('serious.bb.bearings', 'serious', '严重程度客诉 2.6', '轴承数量性的散落或破裂', 'Bearings falling apart or cracking in quantity'),
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [],
  notifications: [],
  // Since 1.1.0: the customer service section receives, handles and calls back, each grade with what it owes the customer (提案人, 一).
  procedure: partsMakerProcedure,
};

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed004IPartsMakerPackV100: RulePackInput = { ...seed004IPartsMakerPack, version: '1.0.0', procedure: undefined };
