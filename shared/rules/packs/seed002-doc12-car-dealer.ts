import type { RulePackInput } from '../pack-schema';
import { CAR_DEALER_DOC12_FIELDS } from './record-fields';
import { carDealerDoc12Procedure } from './procedures/car-dealer-doc12';

const S = 'seed002 客户管理制度12'; // 汽车经销商 客户投诉管理制度（第一条–第六条）

/**
 * The car dealer's complaint rules (seed002-part2 §7): ordinary and major
 * complaints follow two flows (第四条); the one time limit is the handler's
 * solution within one working day for ordinary complaints.
 */
export const seed002Doc12CarDealerPack: RulePackInput = {
  id: 'seed002-doc12-car-dealer',
  version: '1.2.0',
  name: { zh: '客户投诉管理制度', en: 'Customer complaint management system' },
  organisation: { zh: '某汽车经销商（新车销售及维修）', en: 'Car dealership (new-car sales and repair)' },
  source: `${S} 第一条–第六条`,
  classes: [
    { code: 'ordinary', label: { zh: '一般意义的客户投诉', en: 'Ordinary complaint' }, source: `${S} 第四条（一般意义的客户投诉）` },
    { code: 'major', label: { zh: '重大客户投诉', en: 'Major complaint' }, source: `${S} 第四条（重大客户投诉）` },
  ],
  defaultClass: 'ordinary',
  criteria: [
    {
      id: 'major',
      classCode: 'major',
      source: `${S} 第四条（重大客户投诉）`,
      label: { zh: '重大客户投诉', en: 'Major complaint' },
      choice: {
        zh: '原文提到“重大客户投诉”，但没有给出认定标准：由负责认定投诉性质和类别的客户关系经理（第三条、第四条 2）勾选。各网点可以自行设置认定标准。',
        en: 'The source names 重大客户投诉 but gives no criteria: the customer-relations manager, who determines the nature and category of a complaint (第三条, 第四条 2), ticks it. Criteria are configurable per site.',
      },
    },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'analysis',
      label: { zh: '查明具体原因和具体责任者，在一个工作日内提出解决办法', en: 'Find the cause and the person responsible, and propose a solution within one working day' },
      classes: ['ordinary'],
      from: 'dispatched',
      duration: { unit: 'workingDays', amount: 1 },
      source: `${S} 第四条（一般意义的客户投诉）3`,
      choice: {
        zh: '从派单起算：时限属于责任处理人；客户关系经理填写《客户投诉处理表》并指定处理部门时即确定责任人（第四条 2）。重大投诉没有规定时限（紧急会议是“立即”召开）。',
        en: 'Counted from dispatch: the clock is the responsible handler’s, who is named when the customer-relations manager fills in the 客户投诉处理表 and assigns the handling department (第四条 2). Major complaints have no stated limit (the emergency meeting is “立即”).',
      },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'major.managers',
      when: { classCode: 'major' },
      notify: [
        { zh: '责任部门经理', en: 'Manager of the responsible department' },
        { zh: '总经理', en: 'General manager' },
      ],
      to: ['unit_head', 'general_manager'],
      limit: { term: 'immediately' },
      source: `${S} 第四条（重大客户投诉）2`,
      choice: { zh: '“迅速传递给责任部门经理、总经理，并立即召紧急会议”：两人同时通知（“迅速”按本站设定的“立即”分钟数）；责任部门经理对应“部门负责人”角色。紧急会议不计时。', en: '“迅速传递给责任部门经理、总经理，并立即召紧急会议”: both are told at once (迅速 → the site’s “immediately”); 责任部门经理 → unit head. The emergency meeting is not timed.' },
    },
  ],
  // Since 1.1.0: who records, decides, handles and approves per class (第三条, 第四条).
  procedure: carDealerDoc12Procedure,
  // Since 1.2.0: the 客户投诉处理表's plate and judgements (第四条 1–2).
  recordFields: CAR_DEALER_DOC12_FIELDS,
};

/** 1.1.0, before the record fields: kept shipped for the complaints graded by it. */
export const seed002Doc12CarDealerPackV110: RulePackInput = { ...seed002Doc12CarDealerPack, version: '1.1.0', recordFields: undefined };

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
export const seed002Doc12CarDealerPackV100: RulePackInput = { ...seed002Doc12CarDealerPackV110, version: '1.0.0', procedure: undefined };
