import type { ChecklistTemplateInput } from '../template-schema';
import { check, dateTime, option, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed002 客户管理制度11'; // 供热单位 客户服务制度 (seed002-part2 §6.2)
const STANDARD = `${S} 七(一): 居民居室内早六时至二十一时的温度应当达到18℃以上，其它时间力争达到18℃，但最低不得低于16℃(楼房用户)；平房用热户按供热合同执行，室内温度不低于 ℃`;
const NON_RESIDENT = `${S} 七(二): 非居民用户的室内温度，按供用热双方的合同约定`;
const M = (n: string) => `${S} 八(${n}) (seed002-part2 §6.2)`;
const INVALID = `${S} 八(七): 测温记录无用户签字无效`;

const showFor = (equals: string) => ({ showIf: { itemId: 'user-period', equals } });
const temperature = (id: string, zh: string, en: string, source: string, limits: { min?: number; limitsFrom?: { min: string } }, equals: string) => ({
  id,
  kind: 'number' as const,
  label: { zh, en },
  source,
  required: true,
  unit: '℃',
  ...limits,
  correctiveAction: true,
  ...showFor(equals),
});

/**
 * 1.0.0 of the 室温测温记录, where the measurer picked the period (早六时至二十一时 or other hours):
 * kept to read the records made on it. The newest version is `roomTemperatureRecord` below.
 *
 * 室温测温记录: one visit to a fixed monitoring point. The limit depends on
 * the user and the hour (七): apartment buildings 18℃ from 6:00 to 21:00 and
 * never below 16℃ otherwise; single-storey houses by the heat-supply contract
 * (the source's figure is blank); non-residential users by contract. So one
 * choice picks the case and the measured value carries that case's limit: a
 * fixed one from the source, or the contracted figure entered beside it.
 * The user's signature is required: without it the record is invalid (八(七)).
 */
export const roomTemperatureRecordV100: ChecklistTemplateInput = {
  id: 'heat.room-temperature-record',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '用户室温测温记录', en: 'Room temperature measurement record' },
  source: `${S} 七、八 (seed002-part2 §6.2, §11.4)`,
  sections: [
    {
      id: 'point',
      title: { zh: '测温点', en: 'Monitoring point' },
      source: M('一'),
      items: [
        text('point', '室温检测点（用户、地址）', 'Monitoring point (user, address)', `${M('一')}: 定期、定点检测用户室温`, { required: true }),
        dateTime('measured-at', '测温时间', 'Measured at', M('三')),
        {
          id: 'user-period',
          kind: 'choice',
          label: { zh: '用户类别及时段', en: 'User and time of day' },
          source: STANDARD,
          required: true,
          options: [
            option('building-day', '楼房用户，早六时至二十一时（≥18℃）', 'Apartment building, 6:00–21:00 (≥ 18 ℃)'),
            option('building-other', '楼房用户，其它时间（力争18℃，最低16℃）', 'Apartment building, other hours (aim 18 ℃, never below 16 ℃)'),
            option('bungalow', '平房用热户（按供热合同）', 'Single-storey house (per the heat-supply contract)'),
            option('non-resident', '非居民用户（按合同约定）', 'Non-residential user (per contract)'),
          ],
        },
      ],
    },
    {
      id: 'reading',
      title: { zh: '实测室温', en: 'Reading' },
      source: `${M('三')}: 及时准确记录测温结果，不得随意填写或改写`,
      items: [
        temperature('temp-building-day', '实测室温', 'Room temperature', STANDARD, { min: 18 }, 'building-day'),
        temperature('temp-building-other', '实测室温', 'Room temperature', STANDARD, { min: 16 }, 'building-other'),
        {
          id: 'contract-temp-bungalow',
          kind: 'number',
          label: { zh: '供热合同约定室温', en: 'Temperature agreed in the contract' },
          hint: { zh: '原文“室内温度不低于 ℃”数值空缺，按本户供热合同填写。', en: 'The source leaves the figure blank: enter the one in this household\'s contract.' },
          source: STANDARD,
          required: true,
          unit: '℃',
          ...showFor('bungalow'),
        },
        temperature('temp-bungalow', '实测室温', 'Room temperature', STANDARD, { limitsFrom: { min: 'contract-temp-bungalow' } }, 'bungalow'),
        {
          id: 'contract-temp-non-resident',
          kind: 'number',
          label: { zh: '合同约定室温', en: 'Temperature agreed in the contract' },
          source: NON_RESIDENT,
          required: true,
          unit: '℃',
          ...showFor('non-resident'),
        },
        temperature('temp-non-resident', '实测室温', 'Room temperature', NON_RESIDENT, { limitsFrom: { min: 'contract-temp-non-resident' } }, 'non-resident'),
      ],
    },
    {
      id: 'service',
      title: { zh: '测温服务', en: 'Service' },
      source: `${S} 八 (seed002-part2 §6.2)`,
      items: [
        check('badge', '佩戴胸卡，使用文明服务用语', 'Badge worn; civil service language', M('四')),
        check('thanked', '对用户的配合当面致谢，礼貌道别', "Thanked the user in person; said goodbye politely", M('二')),
        text('user-opinion', '用户意见', "User's opinion", `${M('六')}: 经常征求测温点用户的意见…及时向上级领导反馈`),
      ],
    },
    {
      id: 'signatures',
      title: { zh: '签字', en: 'Signatures' },
      source: INVALID,
      items: [
        signature('user-signature', '用户签字', "User's signature", `${M('二')}: 工作完毕后请用户签字; ${INVALID}`, {
          hint: { zh: '测温记录无用户签字无效。', en: "A temperature record without the user's signature is invalid." },
        }),
        signature('measurer-signature', '测温人员签字', 'Measured by', M('四')),
      ],
    },
  ],
  signers: [signer('测温人员', 'Measured by'), signer('用户', 'User'), signer('供热站负责人', 'Heating station head')],
};

const point = roomTemperatureRecordV100.sections.find((section) => section.id === 'point')!;
const reading = roomTemperatureRecordV100.sections.find((section) => section.id === 'reading')!;
const BUILDING = 'building';

/**
 * 室温测温记录 1.1.0: the apartment building's limit is taken from the measuring time, not picked (七(一):
 * 早六时至二十一时 ≥ 18℃, 其它时间 最低不得低于16℃; 力争达到18℃ is an aim, not checked). The person picks
 * the kind of user only; a building's reading below the limit of its hour fails and offers a corrective action.
 * The hours are read on China Standard Time (UTC+8), whatever the PC's zone: the source is a Chinese heat-supply
 * rule and China keeps one zone without summer time. 至二十一时 includes 21:00 itself; 21:01 is “其它时间”.
 */
export const roomTemperatureRecord: ChecklistTemplateInput = {
  ...roomTemperatureRecordV100,
  version: '1.1.0',
  sections: roomTemperatureRecordV100.sections.map((section) => {
    if (section.id === point.id) {
      return {
        ...point,
        items: point.items.map((item) =>
          item.id === 'user-period'
            ? {
                ...item,
                label: { zh: '用户类别', en: 'User' },
                options: [
                  option(BUILDING, '楼房用户（早六时至二十一时≥18℃，其它时间≥16℃，按测温时间判定）', 'Apartment building (6:00–21:00 ≥ 18 ℃, other hours ≥ 16 ℃, by the measuring time)'),
                  option('bungalow', '平房用热户（按供热合同）', 'Single-storey house (per the heat-supply contract)'),
                  option('non-resident', '非居民用户（按合同约定）', 'Non-residential user (per contract)'),
                ],
              }
            : item,
        ),
      };
    }
    if (section.id !== reading.id) return section;
    const others = reading.items.filter((item) => item.id !== 'temp-building-day' && item.id !== 'temp-building-other');
    return {
      ...reading,
      items: [
        { id: 'temp-building', kind: 'number' as const, label: { zh: '实测室温', en: 'Room temperature' }, source: STANDARD, required: true, unit: '℃', ...showFor(BUILDING) },
        yesNo('temp-building-met', '室温达标（按测温时间：早六时至二十一时不低于18℃，其它时间不低于16℃）', 'Room temperature met (by the measuring time: 6:00–21:00 at least 18 ℃, other hours at least 16 ℃)', STANDARD, {
          required: false,
          failsOn: 'no',
          correctiveAction: true,
          ...showFor(BUILDING),
          computed: { kind: 'minByTimeOfDay', valueItemId: 'temp-building', atItemId: 'measured-at', from: '06:00', to: '21:00', minWithin: 18, minOutside: 16, utcOffsetMinutes: 480 },
        }),
        ...others,
      ],
    };
  }),
};
