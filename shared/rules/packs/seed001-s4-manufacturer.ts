import type { RulePackInput } from '../pack-schema';
import { manufacturerS4Procedure } from './procedures/manufacturer-s4';

const S = 'seed001 S4'; // 客户投诉处理程序 (manufacturer, sales-led)

/** The manufacturer's procedure (seed001 S4): 轻微 / 严重 by whether the complaint can be resolved on the spot. */
export const seed001S4ManufacturerPack: RulePackInput = {
  id: 'seed001-s4-manufacturer',
  version: '1.2.0',
  name: { zh: '客户投诉处理程序', en: 'Customer complaint handling procedure (manufacturer)' },
  organisation: { zh: '某制造企业（销售部主管投诉）', en: 'Manufacturer (complaints led by the sales department)' },
  source: `${S} 5–6`,
  // Lowest first.
  classes: [
    {
      code: 'minor',
      label: { zh: '轻微投诉', en: 'Minor' },
      source: `${S} 6.2.2 a)`,
      choice: {
        zh: '在有人勾选“严重”的理由之前，默认为“轻微”，即两个等级中较低的一级。原文把轻微投诉排除在程序之外（“不属于本程序范围”）：由工作人员视情况处理，所以规则包不为它设定时限。',
        en: 'Default until a person ticks a 严重 reason: 轻微 is the lower of the two levels. The source puts it outside the procedure (“不属于本程序范围”): staff handle it as the situation requires, so the pack sets no deadline for it.',
      },
    },
    {
      code: 'serious',
      label: { zh: '严重投诉', en: 'Serious' },
      source: `${S} 6.2.2 b)`,
      choice: { zh: '原文没有为任何步骤规定时限（6.3–6.5），所以规则包不设时限。', en: 'The source gives no time limits for any step (6.3–6.5), so the pack sets no deadline.' },
    },
  ],
  defaultClass: 'minor',
  criteria: [
    {
      id: 'minor.on-the-spot',
      classCode: 'minor',
      source: `${S} 6.2.2 a)`,
      label: { zh: '当场可以解决、不涉及赔偿的顾客投诉', en: 'Can be resolved on the spot and involves no compensation' },
    },
    {
      id: 'serious.not-on-the-spot',
      classCode: 'serious',
      source: `${S} 6.2.2 b)`,
      label: { zh: '当场不能解决的投诉', en: 'Cannot be resolved on the spot' },
    },
    {
      id: 'serious.compensation',
      classCode: 'serious',
      source: `${S} 6.2.2 a)`,
      label: { zh: '涉及赔偿', en: 'Involves compensation' },
      choice: {
        zh: '“轻微”要同时满足“当场可以解决”和“不涉及赔偿”；因此涉及赔偿的投诉不是轻微投诉，而只有两个等级，所以就是“严重”（原文说“一般指”，所以工作人员可以改判）。',
        en: '轻微 requires both “当场可以解决” and “不涉及赔偿”; a complaint involving compensation therefore is not 轻微, and with only two levels it is 严重 (the source says “一般指”, so a person may override).',
      },
    },
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [],
  notifications: [
    {
      id: 'serious.sales',
      when: { classCode: 'serious' },
      notify: [
        { zh: '销售经理', en: 'Sales manager (reviews and signs)' },
        { zh: '销售总经理', en: 'Sales general manager (names the handling owner)' },
      ],
      to: ['unit_head', 'leader_in_charge'],
      source: `${S} 6.3.2、6.3.3`,
      choice: {
        zh: '只有“严重”投诉走这个程序：销售经理（“部门负责人”角色）审核记录表，销售总经理（“分管领导”角色）指定处理负责人。原文没有规定时限。',
        en: 'Only 严重 complaints follow the procedure: the sales manager (unit head role) reviews the record form and the sales general manager (leader in charge role) names the handling owner. The source gives no time.',
      },
    },
  ],
  // Since 1.1.0: the sales manager's review and the sales general manager's approval (5, 6.3–6.5).
  procedure: manufacturerS4Procedure,
  // Since 1.2.0: a minor complaint answered on the spot, outside the procedure (6.2.2 a)).
  paths: {
    onTheSpot: {
      meets: [],
      classes: ['minor'],
      noCompensation: {
        criteria: ['serious.compensation'],
        source: `${S} 6.2.2 a)`,
        choice: {
          zh: '“轻微投诉——一般指当场可以解决、不涉及赔偿的顾客投诉”：涉及赔偿的投诉不是轻微投诉，不能当场答复结案。本程序把以下情形算作“涉及赔偿”：客户要求的处理方式是“赔偿”、勾选了“涉及赔偿”，或本案已有未被否决、有所给付的赔偿记录（拜访、道歉不算）。即使有人把等级改判为“轻微”（原文说“一般指”），只要涉及赔偿，仍不能当场答复结案。',
          en: '“轻微投诉——一般指当场可以解决、不涉及赔偿的顾客投诉”: a complaint involving compensation is not 轻微 and cannot be closed as answered on the spot. The app counts as involving compensation: the remedy asked is compensation, “涉及赔偿” is ticked, or a compensation that pays something (not a visit or an apology) and was not refused is on file. Even where a person overrode the class to 轻微 (the source says “一般指”), a case involving compensation cannot be closed this way.',
        },
      },
      source: `${S} 6.2.2 a)`,
      choice: {
        zh: '“此类投诉不属于本程序范围,只是由相关人员根据实际情况予以处理”：轻微投诉由受理人记录当场向顾客解释或解决的内容、答复人和时间，随即结案，不经销售经理审阅、销售总经理指定处理人和批准（6.3–6.5 只适用于严重投诉）。原文没有规定轻微投诉的记录和时限，也没有说“相关人员”是谁：本程序用自己的角色，即登记本案的受理人或有分派权限的人员，只能在登记后、受理分派前记录。当场不能解决的投诉是严重投诉（6.2.2 b)），不能当场答复结案，按程序处理。',
        en: '“此类投诉不属于本程序范围,只是由相关人员根据实际情况予以处理”: the receiver records what was explained or resolved with the customer there and then, who answered and when, and the case closes without the sales manager’s review or the sales general manager naming an owner and approving (6.3–6.5 are for serious complaints only). The source names no record or time limit for a minor complaint and does not say who “相关人员” are: the app’s own roles apply, i.e. the receiver who registered the case or a person with assignment rights, recorded after registration, before the case is accepted. A complaint that cannot be resolved on the spot is serious (6.2.2 b)) and follows the procedure.',
      },
    },
  },
};

/** 1.1.0, before the on-the-spot answer of a minor complaint: kept shipped for the complaints graded by it. */
export const seed001S4ManufacturerPackV110: RulePackInput = { ...seed001S4ManufacturerPack, version: '1.1.0', paths: undefined };

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed001S4ManufacturerPackV100: RulePackInput = { ...seed001S4ManufacturerPackV110, version: '1.0.0', procedure: undefined };
