import { addDaysToDay, addMonthsToDay } from './credit-dates';

/**
 * The monthly records of 第六章 客户授信检查与调整 (seed002 客户管理制度3) as cited
 * data and the pure arithmetic on them: 《客户授信额度执行评价表》 (第四十条),
 * which finance fills in each month per customer holding a limit and the sales
 * manager checks, and the business supervisor's monthly written report on
 * those customers (第三十九条). The core stores, the form shows and the report
 * plan counts by these functions, so none of them can disagree.
 */

const S = 'seed002 客户管理制度3';

export const EXECUTION_EVALUATION = {
  id: 'credit-execution-evaluation',
  title: { zh: '客户授信额度执行评价表', en: 'Credit-limit execution evaluation' },
  source: `${S} 第四十条`,
  fields: {
    limit: `${S} 第二十二条 信用额度; 第四十条`,
    overLimit: `${S} 第三十二条 超过信用额度……须事先报上级部门正式批准; 第三十三条`,
    overdue: `${S} 第二十三条 回款、到货期限; 第三十五条`,
    figures: `${S} 第四十条 财务部负责提供相应的财务数据及往来情况资料……对财务数据的真实性负责`,
    check: `${S} 第四十条 交营销部经理核对`,
    adjustment: `${S} 第四十一条 必要时可对客户的信用额度进行调整，报公司总经理、董事长批准; 第四十二条`,
  },
  choice: {
    zh: '第四十条只说“每月填写”，没有规定哪一天、也没有列出表的栏目。栏目取自第三章至第六章：信用额度取截止日现行的额度（已审批的评定，或其后已批准的调整）；余额大于额度即为超限（等于额度不算超限，第二十二条“最大限额”）；逾期天数按财务录入的最早一笔未回款的到期日算到截止日（截止日当天到期的不算逾期）。财务的数字照录并校验（不能为负，逾期金额不大于余额），每个客户每月一行，核对前可以更正，每次更正记入审计日志；核对后不能再改。本程序没有财务部、营销部经理的岗位：由站长代财务部填写，部门负责人或站长核对，但不能核对自己填写的数字（第四十条把填写和核对分给两个部门）。调整额度由总经理审批（第四十一条；董事长在打印件上签字），批准后自批准当日起成为现行额度，作为此后监控的依据（见额度调整）。每月一次，到期日为该月最后一天，与月度检查相同。',
    en: '第四十条 says "each month" without a day and without the form\'s columns. The columns come from chapters 3–6: the limit is the one in force on the statement day (the approved grading, or an adjustment approved after it); a balance above the limit is over it (equal is not: 第二十二条 calls the limit the maximum); overdue days run from the earliest unpaid due day finance enters to the statement day (due on that day is not overdue). Finance\'s figures are recorded as entered and checked (none negative, the overdue amount not above the balance), one row per customer per month, correctable until checked with every correction in the audit log, fixed once checked. The app has no finance or sales-manager post: the station lead fills in for finance, a unit head or the station lead checks, but never their own figures (第四十条 gives filling and checking to two departments). A proposed adjustment is approved by the general manager (第四十一条; the chairman signs the print) and, once approved, is the limit in force from the day of the approval, the basis of the monitoring that follows (see the limit adjustment). Once a month, due on its last day, as the monthly check.',
  },
} as const;

/**
 * 第四十一条: an adjustment proposed in the check and approved becomes the
 * limit in force (下一步的监控依据) until the next grading or adjustment.
 */
export const LIMIT_ADJUSTMENT = {
  id: 'credit-limit-adjustment',
  source: `${S} 第四十一条`,
  /** The article's words. */
  text: '营销部经理审核业务主管的书面汇报后，签署书面评价意见，上报营销主管副总，必要时可对客户的信用额度进行调整，报公司总经理、董事长批准后作为营销部、财务部门下一步的监控依据。',
  lower: `${S} 第四十二条 原则上调整后的信用额度应低于原信用额度`,
  choice: {
    zh: '第四十一条说调整“报公司总经理、董事长批准后”作为下一步的监控依据，没有说从哪一天起：本程序自总经理批准当日（本站日期）起以调整后的额度为现行额度，直到下一次评定审批通过或下一次调整批准；此后各月执行评价表的额度、超限和授信总额都按它计算。本程序没有董事长岗位：总经理在程序中批准即生效，董事长在打印件上签字。第四十二条“原则上”调低：调高不拒绝，只提示，并仍受授信总额上限约束。审核汇报与核对在程序中是同一步，不要求先提交书面汇报。评价表填写后额度已经变动（另有评定或调整获批）的，原提议不再适用，批准被拒绝，须在下月评价表中重新提议。',
    en: '第四十一条 has an adjustment become the monitoring basis "once the general manager and the chairman approve" without saying from which day: the app puts the adjusted limit in force from the site day of the general manager\'s approval until the next grading is approved or the next adjustment; every later month\'s evaluation limit, over-limit flag and the total credit use it. The app has no chairman post: the general manager\'s approval in the app takes effect, the chairman signs the print. 第四十二条 says "in principle" lower: a raise is not refused, only flagged, and still kept within the total-credit cap. Reviewing the report and checking the figures are one step in the app, so no report is required first. When the limit changed after the figures were entered (another grading or adjustment approved), the proposal no longer fits: its approval is refused and a new one is made in the next month\'s form.',
  },
} as const;

export const SUPERVISOR_REPORT = {
  id: 'credit-supervisor-report',
  title: { zh: '业务主管月度书面汇报（享有信用额度客户的经营状况）', en: 'Business supervisor\'s monthly written report on credit customers' },
  source: `${S} 第三十九条`,
  /** The article's words. */
  text: '业务主管每月度要对享有信用额度客户的经营状况做出书面汇报，并对汇报的真实性负全部责任。',
  declaration: {
    zh: '本人对本汇报的真实性负全部责任（第三十九条）。',
    en: 'I am fully responsible for the truthfulness of this report (第三十九条).',
  },
  choice: {
    zh: '第三十九条规定每月汇报一次，没有规定哪一天：与月度检查一样，到期日为该月最后一天，之后提交的记为逾期提交。汇报针对月初现行评定授予额度的全部客户，一个月一份，提交时记下所涉客户；提交后不能修改。本程序没有业务主管岗位：由部门负责人或站长提交。营销部经理的书面评价意见（第四十一条）写在执行评价表的评价意见栏。',
    en: '第三十九条 asks for a report every month without a day: as the monthly check, it falls due on the month\'s last day, and one filed later is marked late. It covers every customer whose grading in force on the first of the month grants a limit, one report a month, listing those customers when filed; a filed report is not changed. The app has no business-supervisor post: a unit head or the station lead files it. The sales manager\'s written opinion (第四十一条) goes into the evaluation form\'s opinion column.',
  },
} as const;

/** 第二十二条: the limit is the most the customer may hold, so only a balance above it is over (to the cent). */
export function isOverLimit(balance: number, limit: number): boolean {
  return Math.round(balance * 100) > Math.round(limit * 100);
}

/** Whole days from the earliest unpaid due day to the statement day; a payment due on the statement day is not overdue yet. */
export function overdueDays(earliestDueOn: string | null, asOf: string): number {
  if (earliestDueOn === null) return 0;
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${earliestDueOn}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days);
}

/** The month 'yyyy-MM' a day falls in, and a month's first and last day. */
export const monthOf = (day: string) => day.slice(0, 7);
export const firstDayOf = (month: string) => `${month}-01`;
export const lastDayOf = (month: string) => addDaysToDay(addMonthsToDay(firstDayOf(month), 1), -1);

export interface EvaluationFigures {
  asOf: string;
  balance: number;
  shipments: number;
  payments: number;
  overdueAmount: number;
  earliestDueOn: string | null;
}

/** What is wrong with finance's figures for `month` entered on `today`, as the error key the UI translates and the field it belongs to; null when they hold. */
export function figuresProblem(figures: EvaluationFigures, month: string, today: string): { key: string; field: keyof EvaluationFigures } | null {
  if (figures.asOf < firstDayOf(month) || figures.asOf > lastDayOf(month)) return { key: 'creditMonthly.errors.asOfOutsideMonth', field: 'asOf' };
  if (figures.asOf > today) return { key: 'creditMonthly.errors.asOfFuture', field: 'asOf' };
  if (figures.overdueAmount > figures.balance) return { key: 'creditMonthly.errors.overdueAboveBalance', field: 'overdueAmount' };
  if (figures.overdueAmount > 0 && figures.earliestDueOn === null) return { key: 'creditMonthly.errors.overdueNeedsDueDay', field: 'earliestDueOn' };
  if (figures.overdueAmount > 0 && figures.earliestDueOn !== null && figures.earliestDueOn >= figures.asOf) return { key: 'creditMonthly.errors.dueDayNotPast', field: 'earliestDueOn' };
  if (figures.overdueAmount === 0 && figures.earliestDueOn !== null) return { key: 'creditMonthly.errors.dueDayWithoutOverdue', field: 'earliestDueOn' };
  return null;
}

/** 第四十二条: in principle an adjusted limit is lower than the original. */
export const adjustmentRaises = (proposedLimit: number | null, limit: number) => proposedLimit !== null && proposedLimit > limit;
