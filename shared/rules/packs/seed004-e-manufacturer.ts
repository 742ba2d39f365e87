import type { RulePackInput } from '../pack-schema';
import { manufacturerEProcedure } from './procedures/manufacturer-e';

const S = 'seed004 §E'; // 客户投诉处理作业流程及管理办法 (manufacturer; text ends at 5.3.4)

/**
 * seed004 §E: 一般投诉 / 重大投诉 with the manufacturer's clocks: handling sheet within
 * 1 hour, general reply within 3 working days, major temporary measure within
 * 8 working hours and permanent measure within 2 working days (5.2.2, 5.3.1).
 */
export const seed004EManufacturerPack: RulePackInput = {
  id: 'seed004-e-manufacturer',
  version: '1.1.0',
  name: { zh: '客户投诉处理作业流程及管理办法', en: 'Customer complaint handling work procedure and management measures' },
  organisation: { zh: '某制造企业', en: 'Manufacturer (domestic and foreign customers)' },
  source: `${S} 1–5.3`,
  classes: [
    { code: 'general', label: { zh: '一般投诉', en: 'General complaint' }, source: `${S} 5.3.1` },
    { code: 'major', label: { zh: '重大投诉/抱怨', en: 'Major complaint / grievance' }, source: `${S} 5.2.2, 5.3.1` },
  ],
  defaultClass: 'general',
  criteria: [
    {
      id: 'major',
      classCode: 'major',
      source: `${S} 5.2.2`,
      label: { zh: '重大客户投诉', en: 'Major customer complaint' },
      choice: {
        zh: '原文提到“重大客户投诉”，但没有给出认定标准，所以由人勾选（营销部主任初审，5.2.1）；之后其处理单须经营销副总审批（5.2.2）。',
        en: 'The source names 重大客户投诉 but gives no criteria for it, so a person ticks it (the 营销部主任’s preliminary review, 5.2.1); its handling sheet then needs the marketing VP’s approval (5.2.2).',
      },
    },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'handlingSheet',
      label: { zh: '发出《客户投诉处理单》', en: 'Issue the complaint handling sheet' },
      from: 'received',
      duration: { unit: 'hours', amount: 1 },
      source: `${S} 5.2.2`,
      choice: { zh: '“接到投诉后的1小时内”按自然小时计算：同一文件在指工作时间时会写“8个工作小时”。', en: '“接到投诉后的1小时内” in clock hours: the same document says 8个工作小时 where it means working time.' },
    },
    {
      milestone: 'reply',
      classes: ['general'],
      label: { zh: '一般投诉回复', en: 'Reply to a general complaint' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 3 },
      source: `${S} 5.3.1`,
      choice: {
        zh: '原文没有说3个工作日从何时起算（质量工程师收到处理单后登记）；本程序从收到投诉起算，最多比1小时内开出处理单早一点。可以配置。',
        en: 'The source does not say when the 3 working days start (QE registers after receiving the sheet); counted from receipt of the complaint, which is at most the 1-hour sheet earlier. Configurable.',
      },
    },
    {
      milestone: 'temporaryMeasure',
      classes: ['major'],
      label: { zh: '提出临时改善对策', en: 'Propose a temporary improvement measure' },
      from: 'received',
      duration: { unit: 'workingHours', amount: 8 },
      source: `${S} 5.3.1`,
      choice: { zh: '与一般答复一样从收到投诉起算（原文没有规定起算点）。', en: 'Counted from receipt of the complaint, as the general reply (the source gives no start).' },
    },
    {
      milestone: 'permanentMeasure',
      classes: ['major'],
      label: { zh: '回复永久对策', en: 'Reply with the permanent measure' },
      from: 'received',
      duration: { unit: 'workingDays', amount: 2 },
      source: `${S} 5.3.1`,
      choice: { zh: '与一般答复一样从收到投诉起算（原文没有规定起算点）。', en: 'Counted from receipt of the complaint, as the general reply (the source gives no start).' },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'register.vice-president',
      when: {},
      notify: [{ zh: '营销部副总经理', en: 'Marketing vice general manager' }],
      to: ['leader_in_charge'],
      source: `${S} 5.1.1`,
      choice: { zh: '“登记在《客户投诉登记表》中，并上报营销部副总经理”：营销副总对应“分管领导”角色；原文没有规定时限。', en: '“登记在《客户投诉登记表》中，并上报营销部副总经理”: 营销副总 → the leader in charge role; the source gives no time.' },
    },
    {
      id: 'major.vice-president',
      when: { classCode: 'major' },
      notify: [{ zh: '营销副总（审批《客户投诉处理单》）', en: 'Marketing VP (approves the handling sheet)' }],
      to: ['leader_in_charge'],
      limit: { unit: 'hours', amount: 1 },
      source: `${S} 5.2.2`,
      choice: { zh: '审批本身是流程中的一步；这条通知是告诉副总（分管领导）有一份重大投诉处理单等待审批。处理单须在收到投诉后1小时内开出，所以副总也在同一小时内收到通知。', en: 'The approval itself is a workflow step; this tells the VP (leader in charge) that a major handling sheet awaits approval. The sheet is due within 1 hour of receipt, so the VP is given the same hour.' },
    },
  ],
  // Since 1.1.0: who accepts, handles, approves and signs for the handling sheet (4, 5.2, 5.3).
  procedure: manufacturerEProcedure,
};

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed004EManufacturerPackV100: RulePackInput = { ...seed004EManufacturerPack, version: '1.0.0', procedure: undefined };
