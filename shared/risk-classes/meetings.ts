import type { ChoiceNote } from '../sources/choice-note';
import { RISK_CLASS_PACK_SOURCE as S } from './pack';

/**
 * The meetings of seed000 第二篇 三、 (客户分类管理措施) a site holds, as cited
 * data: which kinds there are, who convenes them in the source, and which
 * carry a number (按月/每月: monthly) so that 计划与完成 counts them. Meetings
 * the source leaves to the branch (全行, 分行风险管理委员会, 分行信审委) or to
 * "定期" without a number are not scheduled (MEETING_CHOICES.unscheduled).
 */

export const MEETING_KINDS = ['dynamicAnalysis', 'warningAnalysis', 'riskAnalysis', 'disposal'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface MeetingRule {
  kind: MeetingKind;
  title: { zh: string; en: string };
  source: string;
  /** The source's words. */
  text: string;
  /** 'monthly' where the source says 按月/每月; null where it says 及时 (as needed). */
  cadence: 'monthly' | null;
}

export const RISK_MEETINGS: Record<MeetingKind, MeetingRule> = {
  dynamicAnalysis: {
    kind: 'dynamicAnalysis',
    title: { zh: '动态分析会（第二类客户）', en: 'Monthly dynamic analysis meeting (class 2)' },
    source: `${S} 三(二)`,
    text: '各经办机构要按月组织召开动态分析会，提出风险转化的对策和方案，并负责组织实施。',
    cadence: 'monthly',
  },
  warningAnalysis: {
    kind: 'warningAnalysis',
    title: { zh: '预警客户情况分析会', en: 'Monthly warning-customer analysis meeting' },
    source: `${S} 三(二)2(4)`,
    text: '机构负责人或分管行长职责：……（4）每月组织召开预警客户情况分析会。',
    cadence: 'monthly',
  },
  riskAnalysis: {
    kind: 'riskAnalysis',
    title: { zh: '风险分析会（风险防控小组）', en: 'Risk analysis meeting (risk control group)' },
    source: `${S} 三(二)4(1)`,
    text: '风险防控小组组长职责：（1）及时组织风险防控小组成员召开风险分析会。',
    cadence: null,
  },
  disposal: {
    kind: 'disposal',
    title: { zh: '风险化解和处置工作会议（第一类客户）', en: 'Risk resolution and disposal meeting (class 1)' },
    source: `${S} 三(一)5`,
    text: '分行风险管理委员会及时组织召开风险化解和处置工作会议，提出相应的工作意见，形成风险化解实施方案，定人员、定时间、定进度、定措施。',
    cadence: null,
  },
};

/** The kinds 计划与完成 schedules: those the source gives a number for. */
export const MONTHLY_MEETINGS: readonly MeetingRule[] = MEETING_KINDS.map((k) => RISK_MEETINGS[k]).filter((m) => m.cadence === 'monthly');

export const MEETING_CHOICES: Record<'due' | 'record' | 'unscheduled', ChoiceNote> = {
  due: {
    zh: '原文只说“按月”“每月”，没有规定哪一天：每月一次，到期日为该月最后一天；只在月初（1日之前已确定）有第二类客户的月份应开（分类确定当月不计为应开，与《客户风险排查表》相同）；该月内召开过一次该类会议即为完成。一次会议可同时作为动态分析会和预警客户情况分析会登记。',
    en: 'The source says "monthly" without a day: once a month, due on its last day, owed in months whose first day finds a class 2 customer (decided before it; the class month is not owed, as for the screening form); one meeting of the kind held within the month completes it. One meeting may be recorded as both the dynamic analysis and the warning-customer analysis meeting.',
  },
  record: {
    zh: '原文要求会议“提出风险转化的对策和方案”，没有规定记录格式：本应用记录会议日期、类别、参会人员（至少两人）、讨论的客户（须为会议当日在第一类或第二类的客户）和结论（对策和方案）。由有权提出风险分类的人（站长/网点负责人或部门负责人，即机构负责人）登记；登记后不能修改或删除。',
    en: 'The source asks the meeting to "propose countermeasures and plans" without a record format: the app records the day, the kind(s), the attendees (at least two), the customers discussed (in class 1 or 2 on the meeting day) and the conclusions (countermeasures and plans). Those who may propose a risk class (the station lead or a unit head, the institution head) record it; a record is not changed or deleted.',
  },
  unscheduled: {
    zh: '风险分析会和风险化解处置会议原文为“及时”召开，没有频次，只登记不排期。全行预警客户情况分析会（信贷管理部按月）属分行层面，不是网点的会议；分行风险管理委员会的预警客户风险分析会和分行信审委的观察类客户风险点分析会为“定期”，没有数字：均不排期。',
    en: 'The risk analysis and the disposal meetings are held "promptly" (及时) with no frequency: recorded, not scheduled. The bank-wide warning-customer meeting (monthly, 信贷管理部) is the branch\'s, not a site\'s; the branch risk committee\'s warning-customer risk meeting and the credit committee\'s observation-class meeting are "定期" (periodic) with no number: none is scheduled.',
  },
};

/** At least this many attendees make a meeting (MEETING_CHOICES.record). */
export const MIN_ATTENDEES = 2;
