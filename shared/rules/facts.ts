/**
 * The facts of a complaint a rule pack's computed criteria may read, and how
 * each is entered: typed at intake, a yes/no flag, a share, or derived by the
 * app itself. Plain data, so the intake form and the grader read the same list.
 */
/** Facts of a complaint that computed criteria may read. */
export const FACTS = [
  'directLoss', // 直接经济损失, 元
  'groupSize', // persons complaining together
  'openDays', // calendar days since receipt while unresolved
  'affectedShare', // share of customers affected, 0–1
  'sameProblemCountThisMonth', // repeats of the same problem this month
  'mediaInvolved', // 0/1
  'regulatorInvolved', // 0/1
  'defectiveShare', // share of a delivered batch found defective, 0–1 (seed004 §I 批量程度)
  'appointmentLateMinutes', // minutes late for an agreed visit (seed001 S15 3.1.1 d)
  'satisfaction', // call-back answer 1 非常满意 … 5 很不满意 (seed002 客户管理制度14)
  'injuredCount', // persons injured (seed004 §M)
  'treatmentWorkingDays', // working days of medical treatment of the worst injured (seed004 §M)
  'leaveMonths', // months of sick leave of the injured, added together (seed004 §M 受伤者合计)
  'strikeHeadcount', // persons in a collective stoppage (seed004 §M)
  'batchCases', // cases (箱) of the batch complained about (seed003 篇1 10.1.1.1 g: >20箱为批量)
  'sameBatchEndUsers', // end users with a similar complaint about the same batch (seed004 §M 二.(一)⑵: 两家终端用户)
  'appealDaysAfterReport', // calendar days from receiving the test report to the appeal's receipt (seed002 客户管理制度6 1.1), derived from the report date entered
] as const;
export type Fact = (typeof FACTS)[number];

/** Facts that are yes (1) / no (0), and facts that are a share 0–1 (shown as percent). */
export const FLAG_FACTS = ['mediaInvolved', 'regulatorInvolved'] as const satisfies readonly Fact[];
export const SHARE_FACTS = ['affectedShare', 'defectiveShare'] as const satisfies readonly Fact[];
export const isShareFact = (fact: string): boolean => (SHARE_FACTS as readonly string[]).includes(fact);

/** Facts stored in their own columns at intake; every other fact a pack reads is pack-specific. */
export const INTAKE_FACTS = ['directLoss', 'groupSize', 'affectedShare', 'mediaInvolved', 'regulatorInvolved'] as const satisfies readonly Fact[];
/** Facts the app computes itself (never typed in). */
export const DERIVED_FACTS = ['openDays', 'sameProblemCountThisMonth', 'appealDaysAfterReport'] as const satisfies readonly Fact[];
