import type { RulePackInput } from '../pack-schema';

const S = 'seed004 §H'; // 用户抱怨处理制度 (car dealer; numbering jumps from 5 to 7-2; text ends in 8-2)

/**
 * seed004 §H: a user grievance, raised to 重点关注/重大问题 when ticked (4); 服务类 /
 * 产品质量类 (3) as a tick-list; the 8-2 clocks (hand-off the same day, handling
 * within 3 days of the sheet, callback verification within 3 days of its return)
 * and the 24-hour report to the sales or service director.
 */
export const seed004HCarDealerPack: RulePackInput = {
  id: 'seed004-h-car-dealer',
  version: '1.0.0',
  name: { zh: '用户抱怨处理制度', en: 'User complaint handling system' },
  organisation: { zh: '某汽车销售服务商（销售、售后维修）', en: 'Car dealer (sales and after-sales repair)' },
  source: `${S} 1–8-2`,
  classes: [
    {
      code: 'grievance',
      label: { zh: '用户抱怨', en: 'User grievance' },
      source: `${S} 3`,
      choice:
        'The source grades no severity: 服务类 and 产品质量类 (3) are handling categories with the same time limits, so they are tick criteria of this one base class.',
    },
    {
      code: 'key-attention',
      label: { zh: '重点关注车辆（用户）和重大问题', en: 'Key-attention vehicle (user) or major problem' },
      source: `${S} 4`,
      choice:
        'A class rather than a tick-list item: 4 and 7-2 give these complaints their own handling (letter or visit after handling, removal from the key-attention list by the 服务经理 after a satisfied callback). Same time limits as the base class; the source gives them none of their own.',
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
      choice:
        '“于客户抱怨当日” as closing time of the day received; a grievance received after closing or on a non-working day is due at the next working day’s close (the schema has no “24:00 of the same calendar day”).',
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
      choice:
        '“收单后三天内” counted from the hand-off (dispatch) in calendar days (the source says 天, not 工作日), the day of receipt not counted; met when the record is resolved, i.e. the sheet is back at Customer Care.',
    },
    {
      milestone: 'verification',
      label: { zh: '客户关爱部回访验证', en: 'Customer Care verification callback' },
      from: 'resolved',
      duration: { unit: 'calendarDays', amount: 3 },
      source: `${S} 8-2`,
      choice: '“接收到抱怨处理表单后，需在3天内” counted from resolution (the returned sheet), calendar days, the day of receipt not counted.',
    },
  ],
  escalationTriggers: [
    {
      code: 'beyond-authority',
      label: { zh: '无法在自身权限范围内处理妥善', en: 'Cannot be handled properly within own authority' },
      source: `${S} 8-2`,
      choice: 'Reported to the sales or service director within 24 hours; the schema cannot start a deadline at a person-raised trigger, so the 24 hours are not timed.',
    },
    {
      code: 'escalating',
      label: { zh: '事态进一步扩大', en: 'The matter is escalating' },
      source: `${S} 8-2`,
      choice: 'As beyond-authority: reported within 24 hours, not timed.',
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
      choice: '“24小时内上报销售总监或者服务总监”: the director of the line of business (sales or after-sales) → the leader in charge role.',
    },
    {
      id: 'dissatisfied.service-manager',
      when: { event: 'dissatisfied' },
      notify: [{ zh: '服务经理', en: 'Service manager' }],
      to: ['unit_head'],
      source: `${S} 7-2`,
      choice:
        '“若不满意将再次交由服务经理，统一协调处理，直到用户满意为止”: told on the dissatisfied event rather than as an escalation, so that escalations go to the directors only; 服务经理 → unit head. No time in the source.',
    },
  ],
};
