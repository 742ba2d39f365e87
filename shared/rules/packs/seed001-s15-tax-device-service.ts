import type { RulePackInput } from '../pack-schema';
import { taxDeviceServiceProcedure } from './procedures/tax-device-service';

const S = 'seed001 S15'; // 客户投诉处理管理办法 (tax-control device / technical service company)

/**
 * The tax-device service company's rules (seed001 S15): 一般性 / 严重性, six conditions a–f each.
 * 1.1.0 added the route (procedures/tax-device-service.ts).
 */
export const seed001S15TaxDeviceServicePack: RulePackInput = {
  id: 'seed001-s15-tax-device-service',
  version: '1.1.0',
  name: { zh: '客户投诉处理管理办法', en: 'Customer complaint handling management measures (tax-device service)' },
  organisation: { zh: '某税控设备技术服务单位', en: 'Tax-control device technical service company' },
  source: `${S} 1–4`,
  // Lowest first.
  classes: [
    {
      code: 'general',
      label: { zh: '一般性投诉', en: 'General' },
      source: `${S} 3.1.1`,
      choice: { zh: '不符合 3.1.2 任何一项条件时的默认等级：3.1.1 f)“其它没有产生严重后果的”把其余投诉都归为一般性投诉。', en: 'Default when no 3.1.2 condition is met: 3.1.1 f) “其它没有产生严重后果的” makes every other complaint 一般性.' },
    },
    {
      code: 'serious',
      label: { zh: '严重性投诉', en: 'Serious' },
      source: `${S} 3.1.2`,
      choice: { zh: '原文提到“处理时效管理及逾期反应”（4.1 e），但没有规定时限，所以规则包不设时限。', en: 'The source names 处理时效管理及逾期反应 (4.1 e) but gives no time limit, so the pack sets no deadline.' },
    },
  ],
  defaultClass: 'general',
  criteria: [
    {
      id: 'general.a',
      classCode: 'general',
      source: `${S} 3.1.1 a`,
      label: {
        zh: '服务热线忙,数次联络仍无法沟通的,或者热线接听人员态度差、采取推脱、不作为方式的',
        en: 'Hotline busy and unreachable after several tries, or hotline staff rude, evasive or inactive',
      },
    },
    { id: 'general.b', classCode: 'general', source: `${S} 3.1.1 b`, label: { zh: '因产品质量异常没有及时更换的', en: 'Abnormal product quality not replaced in time' } },
    {
      id: 'general.c',
      classCode: 'general',
      source: `${S} 3.1.1 c`,
      label: { zh: '因服务人员业务素质不高,数次维修仍不能解决的', en: 'Service staff lack skill; several repairs still fail' },
    },
    { id: 'general.d.refused', classCode: 'general', source: `${S} 3.1.1 d`, label: { zh: '推辞上门服务', en: 'Refused to make an on-site visit' } },
    {
      id: 'general.d.late',
      classCode: 'general',
      source: `${S} 3.1.1 d`,
      label: { zh: '在约定时间迟到半小时以上', en: 'Half an hour or more late for the agreed time' },
      predicate: { fact: 'appointmentLateMinutes', op: 'gte', value: 30 },
      choice: { zh: '“半小时以上”按中文通常的理解，“以上”包含本数：迟到30分钟即触发，29分钟不触发。', en: '“半小时以上” read with the usual Chinese rule that 以上 includes the number: 30 minutes late fires, 29 does not.' },
    },
    {
      id: 'general.e',
      classCode: 'general',
      source: `${S} 3.1.1 e`,
      label: { zh: '对个别企业没有及时升级而引起开票困难的', en: 'An enterprise not upgraded in time, causing invoicing difficulties' },
    },
    { id: 'general.f', classCode: 'general', source: `${S} 3.1.1 f`, label: { zh: '其它没有产生严重后果的', en: 'Other, without serious consequences' } },
    {
      id: 'serious.a',
      classCode: 'serious',
      source: `${S} 3.1.2 a`,
      label: { zh: '服务人员态度恶劣、言辞不当,严重影响本厂声誉的', en: 'Service staff rude or abusive, seriously harming the company’s reputation' },
    },
    {
      id: 'serious.b',
      classCode: 'serious',
      source: `${S} 3.1.2 b`,
      label: { zh: '数次约定数次违约,致使企业经营发生困难,后果严重的', en: 'Appointments repeatedly broken, causing the enterprise serious business difficulty' },
    },
    {
      id: 'serious.c',
      classCode: 'serious',
      source: `${S} 3.1.2 c`,
      label: { zh: '因服务不到位,致使企业经营发生困难,被媒体爆光的', en: 'Inadequate service caused business difficulty and was exposed by the media' },
      predicate: { fact: 'mediaInvolved', op: 'eq', value: 1 },
      choice: {
        zh: '只根据媒体曝光计算（涉及媒体 = 是）：另外两个条件（服务不到位、给业务造成困难）属于投诉内容，不作为事实记录；工作人员可以说明理由后改判等级。',
        en: 'Computed from media exposure alone (mediaInvolved = 1): the other two conditions (inadequate service, business difficulty) are what the complaint is about and are not recorded as facts; a person may override the class with a reason.',
      },
    },
    {
      id: 'serious.d',
      classCode: 'serious',
      source: `${S} 3.1.2 d`,
      label: { zh: '数次受到企业一般性投诉而屡教不改,继续受到一般性投诉的', en: 'Repeated general complaints despite correction, and general complaints continue' },
      choice: { zh: '由人勾选：本程序不统计针对同一服务人员的一般投诉次数，所以无法自动计算。', en: 'Ticked: the app keeps no count of general complaints against the same service person, so it cannot be computed.' },
    },
    {
      id: 'serious.e',
      classCode: 'serious',
      source: `${S} 3.1.2 e`,
      label: { zh: '违反本厂管理规定,随意向企业推销产品、乱收费、接受或索取企业财物的', en: 'Against company rules: pushing products, arbitrary charges, accepting or asking for property' },
    },
    {
      id: 'serious.f',
      classCode: 'serious',
      source: `${S} 3.1.2 f`,
      label: { zh: '其它有损本厂信誉,受到国家税务部门批评的', en: 'Other harm to the company’s credit, criticised by the national tax authority' },
    },
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [],
  notifications: [],
  // Who receives, handles and verifies with the customer (4.1).
  procedure: taxDeviceServiceProcedure,
};

/** 1.0.0, before the route: kept shipped so a complaint graded by it keeps its rules. */
export const seed001S15TaxDeviceServicePackV100: RulePackInput = { ...seed001S15TaxDeviceServicePack, version: '1.0.0', procedure: undefined };
