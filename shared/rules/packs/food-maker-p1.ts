import type { RulePackInput } from '../pack-schema';
import { foodMakerProcedure, foodMakerProcedureV120 } from './procedures/food-maker';

const S = 'seed003 篇1'; // 豆制品食品企业 客诉处理管理办法

const PRODUCTION_TEAM = { zh: '生产该品种班组', en: 'production team for the variety' };
const MARKETING = '营销部';

/** A ticked criterion whose label names the responsible department(s) (篇1 10.1). */
function phenomenon(id: string, classCode: 'A' | 'B' | 'C', section: string, zh: string, en: string, deptZh: string, deptEn: string) {
  return {
    id,
    classCode,
    source: `${S} ${section}`,
    label: { zh: `${zh}（责任部门：${deptZh}）`, en: `${en} (responsible: ${deptEn})` },
  };
}

/** 10.1.1.1 f), as 1.0.0 ticked it whole. */
const BATCH_UNDERWEIGHT = phenomenon(
  'consumer.a.batch-underweight',
  'A',
  '10.1.1.1 f)',
  '批量产品重量偏轻',
  'Batch of product underweight',
  '生产该品种班组、质检部',
  'production team for the variety, quality inspection department',
);

/**
 * The soy-product food maker's rules (seed003-part1 §1.8–1.12): A 重大 / B 一般 / C 一般
 * by quality severity, each criterion a ticked phenomenon from 9.1 (classification) or
 * 10.1 (responsibility attribution, naming the responsible department).
 * 1.2.0 added the route (procedures/food-maker.ts); 1.3.0 asks the direct superior's approval before the
 * hand-off to the responsible department, and the 1-hour hand-off counts from it (4.4, 7.2).
 */
export const foodMakerP1Pack: RulePackInput = {
  id: 'food-maker-p1',
  version: '1.3.0',
  name: { zh: '客诉处理管理办法（豆制品食品企业）', en: 'Complaint handling procedure (soy-product food maker)' },
  organisation: { zh: '某豆制品食品企业', en: 'Soy-product food manufacturer' },
  source: `${S} 4–11`,
  // Lowest first. defaultClass C: the source has no "otherwise" class; C is its lowest (see report).
  classes: [
    { code: 'C', label: { zh: 'C类客诉（一般）：作为食物不能有的质量问题', en: 'Class C (general): quality problem food must not have' }, source: `${S} 9.1.3, 10.1.1.3` },
    { code: 'B', label: { zh: 'B类客诉（一般）：作为食物不能有的质量事故', en: 'Class B (general): quality accident food must not have' }, source: `${S} 9.1.2, 10.1.1.2` },
    { code: 'A', label: { zh: 'A类客诉（重大）：作为食物绝对不应发生的质量事故', en: 'Class A (major): quality accident that must never happen for food' }, source: `${S} 9.1.1, 10.1.1.1` },
  ],
  defaultClass: 'C',
  criteria: [
    // 9.1 客诉分类 (quality severity; the source names no department here)
    { id: 's9.a.fermented', classCode: 'A', source: `${S} 9.1.1 a)`, label: { zh: '产品发酵、发霉变质', en: 'Product fermented, mouldy or spoiled' } },
    { id: 's9.a.foreign-matter', classCode: 'A', source: `${S} 9.1.1 b)`, label: { zh: '有异物杂质', en: 'Foreign matter or impurities' } },
    { id: 's9.a.colour', classCode: 'A', source: `${S} 9.1.1 c)`, label: { zh: '豆制品颜色异常、如发红', en: 'Abnormal colour of soy product, e.g. reddening' } },
    { id: 's9.b.empty-bag', classCode: 'B', source: `${S} 9.1.2 a)`, label: { zh: '空袋、少包', en: 'Empty bag, missing packs' } },
    {
      id: 's9.b.dirty-broken',
      classCode: 'B',
      source: `${S} 9.1.2 b)`,
      label: { zh: '豆干表面较脏、残缺、少量包装无生产日期', en: 'Dried tofu surface dirty or incomplete; a few packs without production date' },
    },
    { id: 's9.c.packaging', classCode: 'C', source: `${S} 9.1.3 a)`, label: { zh: '包装破损', en: 'Damaged packaging' } },
    {
      id: 's9.c.weight-broken',
      classCode: 'C',
      source: `${S} 9.1.3 b)`,
      label: { zh: '产品重量轻、破碎、出水、豆干走刀、坍角', en: 'Underweight, broken, leaking water, dried tofu mis-cut or collapsed corners' },
    },
    { id: 's9.c.colour-deviation', classCode: 'C', source: `${S} 9.1.3 c)`, label: { zh: '色差', en: 'Colour deviation' } },

    // 10.1.1 消费客诉 (consumer complaints)
    phenomenon(
      'consumer.a.equipment-part',
      'A',
      '10.1.1.1 a)',
      '生产设备零件脱落造成的异物客诉（提供产品批号、实物，详细描述异物出现部位）',
      'Foreign matter from a production-equipment part that fell off (batch number, the product and where the matter appeared must be given)',
      '生产该品种班组、设施保障部',
      'production team for the variety, facilities support department',
    ),
    phenomenon(
      'consumer.a.same-symptoms',
      'A',
      '10.1.1.1 b)',
      '多人次食用同批号产品出现相同不良症状',
      'Several people eating the same batch show the same adverse symptoms',
      '生产该品种班组、煮浆人员、质检部',
      'production team for the variety, soy-milk boiling staff, quality inspection department',
    ),
    phenomenon(
      'consumer.a.sour-mould',
      'A',
      '10.1.1.1 c)',
      '产品发酸、发霉变质；如豆腐发红',
      'Product sour, mouldy or spoiled, e.g. tofu reddening',
      '煮浆人员、具体生产该品种班组',
      'soy-milk boiling staff, the production team for the variety',
    ),
    phenomenon(
      'consumer.a.burnt-rancid',
      'A',
      '10.1.1.1 d)',
      '产品（油货）有严重的焦糊味或油蛤味',
      'Fried product with a severe burnt or rancid-oil smell',
      '生产部该品种班组',
      'production department team for the variety',
    ),
    phenomenon(
      'consumer.a.insects-sealed',
      'A',
      '10.1.1.1 e)',
      '虫类或其它异物存在于产品中（包装未打开）',
      'Insects or other foreign matter in the product (package unopened)',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),
    {
      ...BATCH_UNDERWEIGHT,
      predicate: { fact: 'batchCases', op: 'gt', value: 20 },
      judgement: { zh: '产品重量偏轻', en: 'Product underweight' },
      choice: {
        zh: '“批量”按 g) 的定义“>20箱为批量”，根据录入的箱数计算：20箱不算批量，21箱算（自 1.1.0 版起；f 本身没有给出数字，定义只在 g 写一次）。重量不足由工作人员判断，在数字旁边勾选（原文没有规定允许误差）；两者都成立才算。',
        en: '批量 is computed as g) defines it, “>20箱为批量”, from the number of cases entered (batchCases): 20 is not a batch, 21 is (since 1.1.0; f itself gives no number, the definition is written once, in g). That the weight is light is the person’s judgement, ticked beside the number (the source gives no tolerance); both must hold.',
      },
    },
    {
      ...phenomenon(
        'consumer.a.equipment-batch',
        'A',
        '10.1.1.1 g)',
        '设备原因造成的批量客诉（>20箱为批量）',
        'Batch complaint caused by equipment (a batch is more than 20 cases)',
        '生产该品种班组、设施保障部、质检部',
        'production team for the variety, facilities support department, quality inspection department',
      ),
      predicate: { fact: 'batchCases', op: 'gt', value: 20 },
      judgement: { zh: '设备原因造成', en: 'Caused by equipment' },
      choice: {
        zh: '“>20箱为批量”根据录入的箱数计算：20箱不算批量，21箱算。是否由设备原因造成由工作人员判断，在数字旁边勾选；两者都成立才算。',
        en: '“>20箱为批量” is computed from the number of cases entered (batchCases): 20 is not a batch, 21 is. That equipment caused it is the person’s judgement, ticked beside the number; both must hold.',
      },
    },
    phenomenon(
      'consumer.a.design-standard',
      'A',
      '10.1.1.1 h)',
      '产品设计标准不符合国家相关标准导致的客诉',
      'Product design standard does not meet the relevant national standards',
      '设计中心',
      'design centre',
    ),
    phenomenon(
      'consumer.b.misaligned',
      'B',
      '10.1.1.2 a)',
      '包装严重错位、产品外漏（有实物）',
      'Packaging severely misaligned, product leaking out (physical evidence)',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),
    phenomenon(
      'consumer.b.seal',
      'B',
      '10.1.1.2 b)',
      '封口不严、假封、端封开口，少包',
      'Poor seal, false seal, end seal open, missing packs',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),
    phenomenon('consumer.b.black-specks', 'B', '10.1.1.2 c)', '豆腐表面黑星较多', 'Many black specks on the tofu surface', PRODUCTION_TEAM.zh, PRODUCTION_TEAM.en),
    phenomenon(
      'consumer.c.seal-adjustment',
      'C',
      '10.1.1.3 a)',
      '设备调整不良造成的个体包装袋中、端封未封、封口皱褶严重',
      'Poor equipment adjustment: individual bag middle or end seal unsealed, severe seal wrinkles',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),
    phenomenon(
      'consumer.c.bag-torn',
      'C',
      '10.1.1.3 b)',
      '包装袋挂角造成的开箱时包袋撕破',
      'Bags torn when the case is opened because bag corners snag',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),
    phenomenon(
      'consumer.c.date-print',
      'C',
      '10.1.1.3 c)',
      '打印日期有误、外膜或外箱无打印日期',
      'Wrong printed date; no printed date on the outer film or outer case',
      PRODUCTION_TEAM.zh,
      PRODUCTION_TEAM.en,
    ),

    // 10.1.2 通路客诉 (channel complaints) — responsible department 营销部 throughout
    phenomenon('channel.a.rain-mould', 'A', '10.1.2.1 a)', '运输中被雨淋湿、霉变或异物进入', 'Rain-soaked in transport, mould or foreign matter got in', MARKETING, 'marketing department'),
    phenomenon('channel.a.carton-dates', 'A', '10.1.2.1 b)', '换纸箱造成的内外打印日期不一致', 'Inner and outer printed dates differ because the carton was changed', MARKETING, 'marketing department'),
    phenomenon(
      'channel.a.dealer-storage',
      'A',
      '10.1.2.1 c)',
      '经销商库存环境恶劣，造成的成品变质、纸箱变形',
      'Poor distributor storage spoiled the finished product or deformed the cartons',
      MARKETING,
      'marketing department',
    ),
    phenomenon(
      'channel.b.case-short',
      'B',
      '10.1.2.2 a)',
      '整箱缺包（已被拆箱或箱内产品批号与外箱打印不一致）',
      'Whole case short of packs (case opened, or inner batch number differs from the outer case print)',
      MARKETING,
      'marketing department',
    ),
    phenomenon('channel.b.promotional', 'B', '10.1.2.2 b)', '促销品、广宣品导致有客诉', 'Complaint caused by promotional or advertising items', MARKETING, 'marketing department'),
    phenomenon(
      'channel.b.compensation-late',
      'B',
      '10.1.2.2 c)',
      '对客户补偿的成品未及时配送至客户处',
      'Compensation products not delivered to the customer in time',
      MARKETING,
      'marketing department',
    ),
    phenomenon('channel.c.packaging', 'C', '10.1.2.3 a)', '非制造原因造成的包装破损', 'Packaging damage not caused by manufacturing', MARKETING, 'marketing department'),
    phenomenon('channel.c.severely-broken', 'C', '10.1.2.3 b)', '产品严重破碎', 'Product severely broken', MARKETING, 'marketing department'),
  ],
  // 4.1.1 有效客诉 needs all four conditions; failing any one makes the complaint invalid.
  invalidReasons: [
    { code: 'no-department', label: { zh: '无明确的投诉部门', en: 'No clear department complained about' }, source: `${S} 4.1.1` },
    { code: 'no-facts', label: { zh: '无具体事实和理由', en: 'No concrete facts and reasons' }, source: `${S} 4.1.1` },
    { code: 'not-verified', label: { zh: '查证不属实', en: 'Not verified as true' }, source: `${S} 4.1.1` },
    { code: 'no-contact', label: { zh: '无顾客联系方式', en: 'No customer contact details' }, source: `${S} 4.1.1` },
  ],
  deadlines: [
    {
      milestone: 'dispatch',
      from: 'approved',
      duration: { unit: 'hours', amount: 1 },
      source: `${S} 4.4`,
      choice: {
        zh: '“经批准后于1小时内将「客户抱怨、投诉记录单」传递到责任部门”：1小时从直属上级在本案流程中审批时起算（传递即指派给处理岗位），按自然小时计算，因为原文没有说是工作时间。审批之前时限尚未起算。',
        en: '“经批准后于1小时内将「客户抱怨、投诉记录单」传递到责任部门”: the hour starts when the direct superior gives the route’s approval on the case (the hand-off is the assignment to a handling post). Plain hours: the source does not say working time. Before the approval the clock has not started.',
      },
    },
  ],
  escalationTriggers: [
    {
      code: 'special.authority-feedback',
      label: { zh: '国家政府、质量技术监督局、食品药品监督管理局、卫生防疫单位对产品品质问题的回馈', en: 'Quality feedback from government, quality-supervision, food-and-drug or health/epidemic-prevention authorities' },
      source: `${S} 11.1 a)`,
    },
    {
      code: 'special.regulator-complaint',
      label: { zh: '消费者因产品品质问题向政府质量监督部门或消协的投诉', en: 'Consumer complaint about quality to a government quality-supervision department or the Consumers’ Association' },
      source: `${S} 11.1 b)`,
    },
    { code: 'special.extortion', label: { zh: '个别非善意的敲诈而引起的企业危机', en: 'Company crisis caused by individual malicious extortion' }, source: `${S} 11.1 c)` },
  ],
  notifications: [
    {
      id: 'superior',
      when: {},
      notify: [{ zh: '直属上级', en: 'Direct superior' }],
      to: ['unit_head'],
      limit: { term: 'immediately' },
      source: `${S} 7.1`,
      choice: { zh: '“快速反映，协调办理，并报直属上级”：没有数字，所以按本站设定的“立即”分钟数。品管部或受理部门的直属上级对应“部门负责人”角色。', en: '“快速反映，协调办理，并报直属上级”: no number, so the site’s “immediately”. The direct superior of QC or the receiving department → the unit head role.' },
    },
    {
      id: 'dispatch.department',
      when: { event: 'dispatched' },
      notify: [{ zh: '责任部门（《客户抱怨、投诉记录单》）', en: 'Responsible department (the complaint record form)' }],
      to: ['assignee'],
      limit: { unit: 'hours', amount: 1 },
      source: `${S} 4.4`,
      choice: { zh: '“经批准后1小时内传递至责任部门”：在本程序中派单即传递了记录单；被派单的人须在同一小时内确认收到。', en: '“经批准后1小时内传递至责任部门”: dispatching the case in the app transmits the form; the person it is dispatched to acknowledges it within the same hour.' },
    },
    {
      id: 'special.sales',
      when: { fact: 'regulatorInvolved' },
      notify: [
        { zh: '销售经理', en: 'Sales manager' },
        { zh: '业务员', en: 'Salesperson' },
      ],
      to: ['unit_head', 'handler'],
      limit: { term: 'immediately' },
      source: `${S} 11.2.1 b)`,
      choice: { zh: '“迅速通知销售经理、业务员（必要时与总经理汇报）”：“迅速”按本站设定的“立即”分钟数；销售经理对应“部门负责人”，业务员对应“投诉处理专人”。总经理只在“必要时”才报告，这需要人来判断，规则包无法判断，所以不自动通知。', en: '“迅速通知销售经理、业务员（必要时与总经理汇报）”: 迅速 → the site’s “immediately”; 销售经理 → unit head, 业务员 → handler. The general manager only “when necessary”, a judgement the pack cannot make, so not routed.' },
    },
  ],
  // Who receives, approves, handles and measures satisfaction (3, 4.3, 4.4, 7).
  procedure: foodMakerProcedure,
};

/** 1.2.0, whose approval came at the latest before the reply: kept shipped so a complaint graded by it keeps its rules. */
export const foodMakerP1PackV120: RulePackInput = { ...foodMakerP1Pack, version: '1.2.0', procedure: foodMakerProcedureV120 };

/** 1.1.0, before the route: kept shipped so a complaint graded by it keeps its rules. */
export const foodMakerP1PackV110: RulePackInput = { ...foodMakerP1Pack, version: '1.1.0', procedure: undefined };

/**
 * 1.0.0, where 10.1.1.1 f) 批量产品重量偏轻 was a tick: kept shipped so a complaint graded by it keeps its
 * rules (rule-pack-catalog.ts finds the version a complaint names).
 */
export const foodMakerP1PackV100: RulePackInput = {
  ...foodMakerP1PackV110,
  version: '1.0.0',
  criteria: foodMakerP1PackV110.criteria.map((c) => (c.id === BATCH_UNDERWEIGHT.id ? BATCH_UNDERWEIGHT : c)),
};

/** 篇1 9.2 赔付标准: one row per situation; the class comes from grading. */
export interface FoodMakerCompensationRow {
  classCode: 'A' | 'B' | 'C';
  /** Harm to the consumer's health, as 9.2.1 distinguishes it; B and C only refer back to 9.1. */
  harm: 'serious' | 'notSerious' | 'none' | 'notStated';
  remedy: { zh: string; en: string };
  /** Defective units : gifted soy-product units, "原则上" (in principle). */
  ratio?: '1:10' | '1:2' | '1:1';
  /** “需由公司同意后方可执行”. */
  approvalRequired: boolean;
  /** “以上特例可机动考虑”: special cases may be considered flexibly. */
  flexible: boolean;
  source: string;
}

export const foodMakerCompensation: readonly FoodMakerCompensationRow[] = [
  {
    classCode: 'A',
    harm: 'serious',
    remedy: {
      zh: '诚挚拜访，必要时支付实际医疗检查费用，赠送慰问品',
      en: 'Sincere visit; if necessary pay actual medical examination costs; give consolation gifts',
    },
    approvalRequired: true,
    flexible: false,
    source: `${S} 9.2.1 a)`,
  },
  {
    classCode: 'A',
    harm: 'notSerious',
    remedy: { zh: '诚挚拜访，必要时支付实际医疗检查费用', en: 'Sincere visit; if necessary pay actual medical examination costs' },
    approvalRequired: true,
    flexible: false,
    source: `${S} 9.2.1 b)`,
  },
  {
    classCode: 'A',
    harm: 'none',
    remedy: { zh: '致电致函道歉，原则上可1:10赠送礼品豆制品', en: 'Apologise by phone or letter; in principle gift soy products at 1:10' },
    ratio: '1:10',
    approvalRequired: false,
    flexible: true,
    source: `${S} 9.2.1 c)`,
  },
  {
    classCode: 'B',
    harm: 'notStated',
    remedy: { zh: '致电致函道歉，原则上可1:2赠送礼品豆制品', en: 'Apologise by phone or letter; in principle gift soy products at 1:2' },
    ratio: '1:2',
    approvalRequired: false,
    flexible: true,
    source: `${S} 9.2.2 a)`,
  },
  {
    classCode: 'C',
    harm: 'notStated',
    remedy: { zh: '致电致函道歉，原则上可1:1送礼品豆制品', en: 'Apologise by phone or letter; in principle gift soy products at 1:1' },
    ratio: '1:1',
    approvalRequired: false,
    flexible: true,
    source: `${S} 9.2.3 a)`,
  },
];
