import type { ChecklistTemplateInput } from '../template-schema';
import { check, column, dateTime, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed000 第一篇 二、2'; // 阳42井: 脱硫装置, H2S, 脱硫剂更换 and 《干法脱硫富剂处理台帐》 (seed000-part1 §1.6)
const LEDGER = `${S}: 台帐上明确了运输单位车辆号牌、转运时间、转运物品的数量、转运目的地及包装完整情况等`;
const SIGN = `${S}: 以上每项内容，运输司机和当班员工确认后在台帐上签字`;

/**
 * 《干法脱硫富剂处理台帐》: the source's exact five fields, each line confirmed
 * and signed by the transport driver and the employee on duty.
 */
export const desulfurizerDisposalRegister: ChecklistTemplateInput = {
  id: 'well.desulfurizer-disposal-register',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '干法脱硫富剂处理台帐', en: 'Spent dry-desulfurizer disposal register' },
  source: `${S} (seed000-part1 §1.6, §4.4)`,
  orientation: 'landscape',
  schedule: { kind: 'perEvent', source: `${S}: 对废弃脱硫剂的运输和处置，站上建立了《干法脱硫富剂处理台帐》` },
  sections: [
    {
      id: 'transfers',
      title: { zh: '废脱硫剂转运', en: 'Spent desulfurizer transfers' },
      source: LEDGER,
      items: [
        {
          id: 'transfers',
          kind: 'table',
          label: { zh: '转运登记', en: 'Transfers' },
          hint: {
            zh: '对废脱硫剂立即采取用水喷淋的方式，避免硫化铁粉遇空气自燃。',
            en: 'Spray spent desulfurizer with water at once: iron sulfide powder self-ignites in air.',
          },
          source: LEDGER,
          required: true,
          columns: [
            column('plate', 'text', '运输单位车辆号牌', 'Transport unit vehicle plate', LEDGER, { required: true }),
            column('transferred-at', 'dateTime', '转运时间', 'Transfer time', LEDGER, { required: true }),
            column('quantity', 'text', '转运物品的数量', 'Quantity transferred', `${LEDGER} (no unit given: written with its unit)`, { required: true }),
            column('destination', 'text', '转运目的地', 'Destination', LEDGER, { required: true }),
            column('packaging-intact', 'yesNo', '包装完整情况（完整）', 'Packaging intact', LEDGER, { required: true, failsOn: 'no' }),
            column('driver-signature', 'signature', '运输司机签字', 'Transport driver', SIGN, { required: true }),
            column('duty-signature', 'signature', '当班员工签字', 'Employee on duty', SIGN, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('填表人', 'Filled in by'), signer('站长', 'Station head')],
};

const H2S = `${S}: 站上每月10号、25号分别进行一次硫化氢含量测定`;
const NEAR = `${S}: 在H2S含量接近标准值时，立即汇报进行脱硫剂更换`;

/**
 * 硫化氢含量测定: on the 10th and the 25th of each month. The source gives no
 * standard value and no unit (the station's gas-quality standard applies), so
 * the station enters its standard value and the measured value is limited by
 * it; "near the standard value" is the measurer's call and requires a report.
 */
export const h2sMeasurement: ChecklistTemplateInput = {
  id: 'well.h2s-measurement',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '硫化氢含量测定记录', en: 'H2S content measurement' },
  source: `${S} (seed000-part1 §1.6)`,
  schedule: { kind: 'daysOfMonth', days: [10, 25], source: H2S },
  sections: [
    {
      id: 'measurement',
      title: { zh: '测定', en: 'Measurement' },
      source: H2S,
      items: [
        dateTime('measured-at', '测定时间', 'Measured at', H2S),
        text('measured-by', '测定人', 'Measured by', `${H2S} (seed000-part1 §4.1 H2SMeasurement)`, { required: true }),
        {
          id: 'standard-value',
          kind: 'number',
          label: { zh: '标准值', en: 'Standard value' },
          hint: { zh: '本站执行的气质标准值（原文未给出数值）。', en: 'The gas-quality standard the station applies (the source gives no figure).' },
          source: `${S}: 为了保证气质达标…H2S含量接近标准值`,
          required: true,
          unit: 'mg/m³',
          min: 0,
        },
        {
          id: 'h2s-value',
          kind: 'number',
          label: { zh: 'H2S含量测定值', en: 'Measured H2S content' },
          source: H2S,
          required: true,
          unit: 'mg/m³',
          min: 0,
          limitsFrom: { max: 'standard-value' },
          correctiveAction: true,
        },
        yesNo('near-standard', 'H2S含量接近标准值', 'H2S content near the standard value', NEAR, { failsOn: 'yes', correctiveAction: true }),
      ],
    },
    {
      id: 'report',
      title: { zh: '汇报与更换', en: 'Report and replacement' },
      source: NEAR,
      items: [
        yesNo('reported', '已立即汇报进行脱硫剂更换', 'Reported at once for desulfurizer replacement', NEAR, { showIf: { itemId: 'near-standard', equals: true }, failsOn: 'no', correctiveAction: true }),
        dateTime('reported-at', '汇报时间', 'Reported at', NEAR, { showIf: { itemId: 'near-standard', equals: true } }),
        text('reported-to', '汇报对象', 'Reported to', NEAR, { showIf: { itemId: 'near-standard', equals: true }, required: true }),
      ],
    },
    {
      id: 'sign',
      title: { zh: '签字', en: 'Signature' },
      source: H2S,
      items: [signature('measurer-signature', '测定人签字', 'Measurer', H2S)],
    },
  ],
  signers: [signer('测定人', 'Measured by'), signer('站长', 'Station head')],
};

const SWAP = `${S}: 在更换的过程中严格按照作业许可的要求，认真履行属地监督职责和义务，对更换过程全程监督`;

/** 脱硫剂更换: the controls the station applies to the contractor's replacement, in the source's order. */
export const desulfurizerReplacement: ChecklistTemplateInput = {
  id: 'well.desulfurizer-replacement',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '脱硫剂更换属地监督检查', en: 'Desulfurizer replacement: territorial supervision check' },
  source: `${S} (seed000-part1 §1.6, §4.4)`,
  schedule: { kind: 'perEvent', source: NEAR },
  sections: [
    {
      id: 'replacement',
      title: { zh: '更换过程', en: 'Replacement' },
      source: SWAP,
      items: [
        dateTime('replaced-at', '更换时间', 'Replaced at', SWAP),
        text('contractor', '施工单位', 'Contractor', `${S}: 及时制止和纠正施工单位的不规范操作`, { required: true }),
        check('work-permit', '严格按照作业许可的要求作业', 'Work done under the work permit', SWAP),
        check('supervised-throughout', '属地监督，对更换过程全程监督', 'Territorial supervision over the whole replacement', SWAP),
        check('operation-card', '严格按照操作卡步步确认', 'Operation card confirmed step by step', `${S}: 严格按照操作卡步步确认`),
        check('non-standard-stopped', '及时制止和纠正施工单位的不规范操作', "Contractor's non-standard operations stopped and corrected", `${S}: 及时制止和纠正施工单位的不规范操作`, {
          hint: { zh: '未发现不规范操作时选“不适用”。', en: 'Not applicable when none was seen.' },
        }),
        check('water-sprayed', '对废脱硫剂立即用水喷淋，避免自燃', 'Spent desulfurizer sprayed with water at once against self-ignition', `${S}: 对废脱硫剂立即采取用水喷淋的方式，避免自燃发生`),
        check('ledger-entered', '废脱硫剂运输和处置已登记《干法脱硫富剂处理台帐》', 'Transport and disposal entered in the spent-desulfurizer register', `${S}: 对废弃脱硫剂的运输和处置，站上建立了《干法脱硫富剂处理台帐》`),
        signature('supervisor-signature', '属地监督人签字', 'Territorial supervisor', SWAP),
      ],
    },
  ],
  signers: [signer('属地监督人', 'Territorial supervisor'), signer('站长', 'Station head')],
};
