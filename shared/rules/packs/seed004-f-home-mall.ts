import type { RulePackInput } from '../pack-schema';
import { homeMallProcedure } from './procedures/home-mall';

const S = 'seed004 §F'; // 客诉处理管理规范 (*** 家居连锁商场; the flowchart of 2.1 is partly garbled)

/**
 * seed004 §F: the home-furnishing mall chain's 低等级 / 高等级 complaints (1, 1.4,
 * 2.1). The part of the source we have does not give what makes a complaint
 * high-grade, so a person decides; a high-grade complaint is reported to the
 * region, which tracks it and may report it to the group.
 * 1.1.0 added the routes (procedures/home-mall.ts).
 */
export const seed004FHomeMallPack: RulePackInput = {
  id: 'seed004-f-home-mall',
  version: '1.1.0',
  name: { zh: '客诉处理管理规范', en: 'Complaint handling management specification (home-furnishing mall chain)' },
  organisation: { zh: '某家居连锁商场', en: 'Home-furnishing and building-materials mall chain' },
  source: `${S} 1–2.1`,
  choice: { zh: '原文这一部分没有规定时限，所以规则包不设时限。', en: 'The source states no time limit in this part, so the pack sets no deadline.' },
  classes: [
    { code: 'low', label: { zh: '低等级客诉', en: 'Low-grade complaint' }, source: `${S} 1.4 家具建材部` },
    { code: 'high', label: { zh: '高等级客诉', en: 'High-grade complaint' }, source: `${S} 1; 2.1` },
  ],
  defaultClass: 'low',
  criteria: [
    {
      id: 'high',
      classCode: 'high',
      source: `${S} 1; 2.1`,
      label: { zh: '高等级客诉', en: 'High-grade complaint' },
      choice: { zh: '原文说规定了“高等级客诉处理的要求”，但我们拿到的文本中没有具体标准：由工作人员判断，总部可以在以后的版本中发布标准。', en: 'The source says it sets “高等级客诉处理的要求” but its criteria are not in the text we have: a person decides, and the head office may publish criteria in a later version.' },
    },
  ],
  invalidReasons: [],
  deadlines: [],
  escalationTriggers: [
    {
      code: 'report-to-group',
      label: { zh: '区域跟踪处理、及时反馈，必要时上报集团营运管理推进中心', en: 'The region tracks and feeds back, and reports to the group operations centre when needed' },
      source: `${S} 2.1 3.2`,
    },
  ],
  notifications: [
    {
      id: 'low.department',
      when: { classCode: 'low' },
      to: ['unit_head'],
      choice: { zh: '家具建材部处理低等级客诉：该部门对应“部门负责人”角色。原文没有规定时限。', en: '家具建材部 handles low-grade complaints: the department → the unit head role (部门负责人). The source gives no time.' },
      notify: [{ zh: '家具建材部（低等级投诉处理）', en: 'Furniture & building-materials department (handles low-grade complaints)' }],
      confirmByPhone: false,
      source: `${S} 1.4 家具建材部`,
    },
    {
      id: 'high.department-region',
      when: { classCode: 'high' },
      to: ['unit_head', 'head_office'],
      choice: { zh: '家具建材部对应“部门负责人”角色；区域（门店的上一级）对应总部，即本程序中网点的上一级。原文没有规定时限。', en: '家具建材部 → the unit head role; 区域 (the region above the store) → head office, the level above a site in the app. The source gives no time.' },
      notify: [
        { zh: '家具建材部（商户事实查证、沟通）', en: 'Furniture & building-materials department (verifies the facts with the merchant)' },
        { zh: '区域（高等级客诉上报）', en: 'Region (high-grade complaints are reported to it)' },
      ],
      confirmByPhone: false,
      source: `${S} 1.4 家具建材部; 2.1 3.1`,
    },
    {
      id: 'media.planning',
      when: { fact: 'mediaInvolved' },
      to: ['head_office'],
      choice: { zh: '本程序在网点没有企划部这一角色：企划部（负责集团舆情管控）对应总部。原文没有规定时限。', en: 'The app has no planning-department role at a site: 企划部 (public-opinion control for the group) → head office. The source gives no time.' },
      notify: [{ zh: '企划部（舆情风险管控，跟踪与反馈媒体信息）', en: 'Planning department (public-opinion risk, tracks media)' }],
      confirmByPhone: false,
      source: `${S} 1.4 企划部`,
    },
  ],
  // Who receives, handles and reports up, per grade (1.4, 2.1).
  procedure: homeMallProcedure,
};

/** 1.0.0, before the routes: kept shipped so a complaint graded by it keeps its rules. */
export const seed004FHomeMallPackV100: RulePackInput = { ...seed004FHomeMallPack, version: '1.0.0', procedure: undefined };
