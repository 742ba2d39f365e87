/**
 * 客户意见簿 (customer opinion book) of the bank outlets' complaint rules
 * (seed002 客户管理制度4, 营业网点客户投诉处理规范):
 * - 第三条: the book lies in a prominent place of the banking hall (营业厅显著位置)
 *   and customers write their complaints or suggestions in it themselves;
 * - 第九条: the complaint manager reads it every day (每日查阅); after handling,
 *   writes the handling opinion in the book and signs it; a customer who left
 *   contact details must get a reply (客户留有联系方式的，必须回复客户).
 */

import { localIsoDay } from './local-day';
export const OPINION_BOOK_SOURCE = 'seed002 客户管理制度4 第三条、第九条';

/** What a customer wrote: 投诉 or 建议 (第三条: 投诉或建议). */
export const OPINION_ENTRY_TYPES = ['complaint', 'suggestion'] as const;
export type OpinionEntryType = (typeof OPINION_ENTRY_TYPES)[number];

/** The rule each daily check meets, shown beside the check state. */
export const DAILY_CHECK_RULE = { source: 'seed002 客户管理制度4 第九条(一)', zh: '投诉管理人每日查阅客户意见簿', en: 'The complaint manager reads the opinion book every day' } as const;

/** The rule that makes a reply mandatory (第九条(五)). */
export const REPLY_RULE = { source: 'seed002 客户管理制度4 第九条(五)', zh: '客户留有联系方式的，必须回复客户', en: 'A customer who left contact details must get a reply' } as const;

/** `yyyy-mm-dd` of an instant in the site's time zone: the day a daily check counts for. */
export function siteDayOf(instant: Date, timeZone: string): string {
  return localIsoDay(instant, timeZone);
}
