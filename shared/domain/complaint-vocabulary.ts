/**
 * Closed vocabularies of the complaint register. Codes are stable English
 * identifiers stored in the database; the Chinese labels live in the
 * renderer's i18n files (zh-CN is the source language of every label).
 *
 * Sources: seed003-part2 §1.9 (篇6 channels: 当面/电话/短信/网站/传真/信件/电子邮件),
 * seed001 S1 (媒体, 行风热线), seed002-part1 §4 (客户意见簿), seed004 §D
 * (投诉/建议/咨询), seed003-part1 篇1 (减价/退货/换货/赔偿 remedies).
 */
export const COMPLAINT_KINDS = ['complaint', 'suggestion', 'inquiry'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const CHANNELS = [
  'in_person', // 当面
  'phone', // 电话
  'sms', // 短信
  'website', // 网站留言
  'fax', // 传真
  'letter', // 信件
  'email', // 电子邮件
  'opinion_book', // 客户意见簿
  'media', // 媒体
  'regulator', // 监管转办
  'hotline_transfer', // 热线转接
] as const;
export type Channel = (typeof CHANNELS)[number];

export const REMEDIES = [
  'price_reduction', // 减价
  'return', // 退货
  'exchange', // 换货
  'compensation', // 赔偿
  'criticism_suggestion', // 批评建议
  'apology', // 道歉
  'explanation', // 解释说明
  'other', // 其他
] as const;
export type Remedy = (typeof REMEDIES)[number];
