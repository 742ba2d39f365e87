import { z } from 'zod';
import { str } from '../api/common';
import { RISK_CLASSES } from '../risk-classes/pack';
import { CONSOLE_BASE } from './console-api';

/**
 * Head office's read-only view of the risk classes of credit customers
 * (seed000 第二篇, issue 19 §3) the sites synced: each customer's current class
 * (its newest `risk_class_change`) per site, filtered by site, class and
 * customer name, counted per class and paged. Masked like every console answer.
 */
export const CONSOLE_RISK_PATHS = {
  list: `${CONSOLE_BASE}/risk-classes`,
} as const;

export const riskClassListQuerySchema = z
  .object({
    siteId: z.string().min(1).max(128).optional(),
    riskClass: z.enum(RISK_CLASSES).optional(),
    q: str().trim().max(100).optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type RiskClassListQuery = Partial<Omit<z.output<typeof riskClassListQuerySchema>, 'limit'>>;

export const consoleRiskRowSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  customerId: z.string(),
  /** Null when the site has not sent the customer's file (only its class change arrived). */
  customerName: z.string().nullable(),
  riskClass: z.enum(RISK_CLASSES),
  fromClass: z.enum(RISK_CLASSES),
  /** When the current class was decided. */
  since: z.string(),
  reason: z.string(),
  decisionNote: z.string(),
  /** How many class changes the site recorded for the customer. */
  changes: z.number().int(),
  packVersion: z.string(),
});
export type ConsoleRiskRow = z.infer<typeof consoleRiskRowSchema>;

export const consoleRiskListSchema = z.object({
  /** By site code, then the most severe class, then the customer's name. */
  rows: z.array(consoleRiskRowSchema),
  total: z.number().int(),
  /** Customers per current class across the filtered sites and name (the class filter left out), for the filter's counts. */
  counts: z.object({ class1: z.number().int(), class2: z.number().int(), class3: z.number().int(), normal: z.number().int() }),
  offset: z.number().int(),
  limit: z.number().int(),
});
export type ConsoleRiskList = z.infer<typeof consoleRiskListSchema>;

/** Head office's read-only view of the credit gradings (seed002 客户管理制度3) the sites synced: each customer's grading in force. */
export const CONSOLE_CREDIT_PATHS = {
  list: `${CONSOLE_BASE}/credit-gradings`,
} as const;

export const CREDIT_GRADES = ['A', 'B', 'C'] as const;

export const creditGradingListQuerySchema = z
  .object({
    siteId: z.string().min(1).max(128).optional(),
    grade: z.enum(CREDIT_GRADES).optional(),
    /** Only gradings whose review day has passed (head office's day). */
    overdue: z.enum(['true']).optional(),
    q: str().trim().max(100).optional(),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CreditGradingListQuery = Partial<Omit<z.output<typeof creditGradingListQuerySchema>, 'limit'>>;

export const consoleCreditRowSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  grade: z.enum(CREDIT_GRADES),
  creditLimit: z.number(),
  /** When the approval (the last step) was given. */
  approvedAt: z.string(),
  reviewDueOn: z.string().nullable(),
  reviewOverdue: z.boolean(),
  reason: z.string(),
  packVersion: z.string(),
});
export type ConsoleCreditRow = z.infer<typeof consoleCreditRowSchema>;

export const consoleCreditListSchema = z.object({
  /** Head office's day (Asia/Shanghai): what overdue is judged by. */
  today: z.string(),
  rows: z.array(consoleCreditRowSchema),
  total: z.number().int(),
  /** Customers per grade, and with the review overdue, across the site and name filters (grade and overdue filters left out). */
  counts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), overdue: z.number().int() }),
  offset: z.number().int(),
  limit: z.number().int(),
});
export type ConsoleCreditList = z.infer<typeof consoleCreditListSchema>;
