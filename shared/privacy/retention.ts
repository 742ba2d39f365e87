import type { ChoiceNote } from '../sources/choice-note';

/**
 * How long a customer's personal fields are kept after the last activity of each kind of record
 * (issue 19 §4). seed002 客户管理制度1 第二十六条 says archives are kept for the period national
 * standards set and then destroyed centrally with a destruction record (销毁记录); it names no
 * number of years, so each period below is a `choice`, configurable by the station lead
 * (privacy.setRetention), and the destruction itself follows 第二十六条 (集中销毁, 销毁记录) and
 * 第三十七条 (批量销毁 reviewed; 人员、时间、地点和事项 registered).
 */
export const RETENTION_RECORD_TYPES = ['customerFile', 'complaint', 'callBack', 'visit'] as const;
export type RetentionRecordType = (typeof RETENTION_RECORD_TYPES)[number];

export interface RetentionRule {
  recordType: RetentionRecordType;
  /** What starts the period. */
  activity: ChoiceNote;
  years: number;
  source: string;
  choice: ChoiceNote;
}

const NATIONAL_PERIOD_UNSTATED: ChoiceNote = {
  zh: '来源只说“按国家标准规定的期限保存”，未给出年限；本应用默认三年（与投诉档案常见保存期一致），站长可在设置中修改。',
  en: 'The source says only “for the period national standards set” and gives no number of years; the app keeps three years by default (a common retention for complaint files), and the station lead may change it in settings.',
};

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    recordType: 'customerFile',
    activity: { zh: '客户档案最后一次修改', en: 'the customer file last changed' },
    years: 3,
    source: 'seed002 客户管理制度1 第二十六条',
    choice: NATIONAL_PERIOD_UNSTATED,
  },
  {
    recordType: 'complaint',
    activity: { zh: '投诉办结（未办结的投诉不过期）', en: 'the complaint closed (an open complaint never expires)' },
    years: 3,
    source: 'seed002 客户管理制度1 第二十六条',
    choice: NATIONAL_PERIOD_UNSTATED,
  },
  {
    recordType: 'callBack',
    activity: { zh: '最后一次回访', en: 'the last call-back' },
    years: 3,
    source: 'seed002 客户管理制度1 第二十六条',
    choice: NATIONAL_PERIOD_UNSTATED,
  },
  {
    recordType: 'visit',
    activity: { zh: '最后一次走访/跟进', en: 'the last visit or follow-up' },
    years: 3,
    source: 'seed002 客户管理制度1 第二十六条',
    choice: NATIONAL_PERIOD_UNSTATED,
  },
];

/** The marker left where a personal value was erased: it names no value and is the same for everyone. */
export const ERASED_MARKER = '〔已销毁〕';

/** The period in years for each record type: the shipped rule, unless the site has set its own. */
export function retentionYears(overrides: Partial<Record<RetentionRecordType, number>>): Record<RetentionRecordType, number> {
  return Object.fromEntries(RETENTION_RULES.map((rule) => [rule.recordType, overrides[rule.recordType] ?? rule.years])) as Record<RetentionRecordType, number>;
}
