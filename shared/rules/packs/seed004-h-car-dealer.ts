import type { RulePackInput } from '../pack-schema';
import { carDealerHProcedure } from './procedures/car-dealer-h';
import { CAR_DEALER_H_FIELDS } from './record-fields';

const S = 'seed004 §H'; // 用户抱怨处理制度 (car dealer; numbering jumps from 5 to 7-2; text ends in 8-2)

/**
 * seed004 §H: a user grievance, raised to 重点关注/重大问题 when ticked (4); 服务类 /
 * 产品质量类 (3) as a tick-list; the 8-2 clocks (hand-off the same day, handling
 * within 3 days of the sheet, callback verification within 3 days of its return)
 * and the 24-hour report to the sales or service director.
 */
export const seed004HCarDealerPack: RulePackInput = {
  id: 'seed004-h-car-dealer',
  version: '1.2.0',
  name: { zh: '用户抱怨处理制度', en: 'User complaint handling system' },
  organisation: { zh: '某汽车销售服务商（销售、售后维修）', en: 'Car dealer (sales and after-sales repair)' },
  source: `${S} 1–8-2`,
  classes: [
    {
      code: 'grievance',
      label: { zh: '用户抱怨', en: 'User grievance' },
      source: `${S} 3`,
      choice: {
        zh: '原文不分严重程度：服务类和产品质量类（3）是处理类别，时限相同，所以作为这一个基本等级下由人勾选的条件。',
        en: 'The source grades no severity: 服务类 and 产品质量类 (3) are handling categories with the same time limits, so they are tick criteria of this one base class.',
      },
    },
    {
      code: 'key-attention',
      label: { zh: '重点关注车辆（用户）和重大问题', en: 'Key-attention vehicle (user) or major problem' },
      source: `${S} 4`,
      choice: {
        zh: '作为一个等级而不是勾选项：4 和 7-2 对这些投诉有专门的处理（处理后发信或上门回访，客户回访满意后由服务经理从重点关注名单中移除）。时限与基本等级相同；原文没有为它们另定时限。',
        en: 'A class rather than a tick-list item: 4 and 7-2 give these complaints their own handling (letter or visit after handling, removal from the key-attention list by the 服务经理 after a satisfied callback). Same time limits as the base class; the source gives them none of their own.',
      },
    },
  ],
  defaultClass: 'grievance',
  criteria: [
    {
      id: 'service',
      classCode: 'grievance',
      source: `${S} 3`,
      label: { zh: '服务类——由法人向用户致歉，总结原因避免类似问题再次发生', en: 'Service: the legal representative apologises; causes summarised to prevent recurrence' },
    },
    {
      id: 'product-quality',
      classCode: 'grievance',
      source: `${S} 3`,
      label: {
        zh: '产品质量类——由法人直接处理，根据服务质量担保条例和服务承诺相关规定予以解决',
        en: 'Product quality: handled by the legal representative under the service-quality warranty rules and service commitments',
      },
    },
    { id: 'key-attention.vehicle', classCode: 'key-attention', source: `${S} 4`, label: { zh: '重点关注车辆（用户）', en: 'Key-attention vehicle (user)' } },
    { id: 'key-attention.major-problem', classCode: 'key-attention', source: `${S} 4`, label: { zh: '重大问题', en: 'Major problem' } },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'dispatch',
      label: { zh: '受理人将客户抱怨信息传递于处理协调责任人', en: 'Receiver passes the grievance to the responsible coordinator' },
      from: 'received',
      duration: { unit: 'sameWorkingDay' },
      source: `${S} 8-2`,
      choice: {
        zh: '“于客户抱怨当日”指受理当天的下班时间；下班后或非工作日收到的抱怨，到下一个工作日下班时截止（规则结构中没有“同一自然日24:00”这种时限）。',
        en: '“于客户抱怨当日” as closing time of the day received; a grievance received after closing or on a non-working day is due at the next working day’s close (the schema has no “24:00 of the same calendar day”).',
      },
    },
    {
      milestone: 'resolution',
      label: {
        zh: '收单后三天内完成事情经过调查、回复客户、处理意见、制定相应改进措施并将抱怨处理表单返回客户关爱部',
        en: 'Within 3 days of the sheet: investigate, reply to the customer, give an opinion, set improvements, return the sheet to Customer Care',
      },
      from: 'dispatched',
      duration: { unit: 'calendarDays', amount: 3 },
      source: `${S} 8-2`,
      choice: {
        zh: '“收单后三天内”从移交（派单）起按自然日计算（原文说“天”，不是“工作日”），收单当天不计入；记录处理完毕即算完成，也就是处理单已交回客户关爱部门。',
        en: '“收单后三天内” counted from the hand-off (dispatch) in calendar days (the source says 天, not 工作日), the day of receipt not counted; met when the record is resolved, i.e. the sheet is back at Customer Care.',
      },
    },
    {
      milestone: 'verification',
      label: { zh: '客户关爱部回访验证', en: 'Customer Care verification callback' },
      from: 'resolved',
      duration: { unit: 'calendarDays', amount: 3 },
      source: `${S} 8-2`,
      choice: { zh: '“接收到抱怨处理表单后，需在3天内”从处理完毕（交回处理单）起按自然日计算，收到当天不计入。', en: '“接收到抱怨处理表单后，需在3天内” counted from resolution (the returned sheet), calendar days, the day of receipt not counted.' },
    },
  ],
  escalationTriggers: [
    {
      code: 'beyond-authority',
      label: { zh: '无法在自身权限范围内处理妥善', en: 'Cannot be handled properly within own authority' },
      source: `${S} 8-2`,
      choice: { zh: '24小时内上报销售总监或服务总监；规则结构不能从人工提出的升级情形开始计时，所以这24小时不计时。', en: 'Reported to the sales or service director within 24 hours; the schema cannot start a deadline at a person-raised trigger, so the 24 hours are not timed.' },
    },
    {
      code: 'escalating',
      label: { zh: '事态进一步扩大', en: 'The matter is escalating' },
      source: `${S} 8-2`,
      choice: { zh: '与超出权限的情形相同：24小时内上报，不计时。', en: 'As beyond-authority: reported within 24 hours, not timed.' },
    },
  ],
  notifications: [
    {
      id: 'escalated.directors',
      when: { event: 'escalated' },
      notify: [
        { zh: '销售总监', en: 'Sales director' },
        { zh: '服务总监', en: 'Service director' },
      ],
      to: ['leader_in_charge'],
      limit: { unit: 'hours', amount: 24 },
      source: `${S} 8-2`,
      choice: { zh: '“24小时内上报销售总监或者服务总监”：所属业务线（销售或售后）的总监对应“分管领导”角色。', en: '“24小时内上报销售总监或者服务总监”: the director of the line of business (sales or after-sales) → the leader in charge role.' },
    },
    {
      id: 'dissatisfied.service-manager',
      when: { event: 'dissatisfied' },
      notify: [{ zh: '服务经理', en: 'Service manager' }],
      to: ['unit_head'],
      source: `${S} 7-2`,
      choice: {
        zh: '“若不满意将再次交由服务经理，统一协调处理，直到用户满意为止”：在客户不满意时通知，而不是作为升级处理，这样升级只报给总监；服务经理对应“部门负责人”角色。原文没有规定时限。',
        en: '“若不满意将再次交由服务经理，统一协调处理，直到用户满意为止”: told on the dissatisfied event rather than as an escalation, so that escalations go to the directors only; 服务经理 → unit head. No time in the source.',
      },
    },
  ],
  // Since 1.1.0: who receives, handles and verifies a grievance (3, 7-2, 8-2).
  procedure: carDealerHProcedure,
  // Since 1.2.0: the plate of a key-attention vehicle (4, 7-2).
  recordFields: CAR_DEALER_H_FIELDS,
};

/** 1.1.0, the route before the record fields: kept shipped for the complaints graded by it. */
export const seed004HCarDealerPackV110: RulePackInput = { ...seed004HCarDealerPack, version: '1.1.0', recordFields: undefined };

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed004HCarDealerPackV100: RulePackInput = { ...seed004HCarDealerPackV110, version: '1.0.0', procedure: undefined };
