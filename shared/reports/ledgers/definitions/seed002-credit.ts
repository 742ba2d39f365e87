import { CREDIT_CUSTOMER_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { columnsOf, hand, signer } from './columns';

/**
 * 《预付、赊销客户汇总表》 of seed002 客户管理制度3 (客户信用管理制度, seed002-part1
 * §3.5, §3.9). 第二十九条 names the form and what it lists but not its columns;
 * each column is what the rules say the app holds for such a customer, cited
 * to the article that gives it.
 */
const credit = columnsOf(CREDIT_CUSTOMER_FIELDS);

const D3 = 'seed002 客户管理制度3';
const SUMMARY = `${D3} 第二十九条: 营销部还应将预付、赊销客户（包括授信客户和虽不是授信客户但已发生预付、赊销行为的客户）进行汇总，并填写《预付、赊销客户汇总表》，报公司总经理、董事长批准`;

export const creditCustomersLedger: LedgerDefinitionInput = {
  id: 'credit.prepayment-credit-customers',
  title: { zh: '预付、赊销客户汇总表', en: 'Prepayment and credit-sale customer summary' },
  group: 'seed002',
  source: SUMMARY,
  data: { kind: 'creditCustomers' },
  columns: [
    credit.implied('customer', '客户名称', 'Customer', `${D3} 第二十九条`, 34, 'customerName', { grow: true }),
    credit.implied('type', '客户类型', 'Customer type', `${D3} 第四条: 包括上游供应商和下游客户`, 18, 'customerType'),
    credit.implied('grade', '信用等级', 'Credit grade', `${D3} 第十四条、第二十九条: 依据《客户信用调查评定表》`, 22, 'grade'),
    credit.implied('granted', '授信客户', 'Granted credit', `${D3} 第二十九条: 包括授信客户`, 16, 'granted'),
    credit.implied('had-credit-sales', '已发生预付、赊销', 'Prepayment/credit sales already', `${D3} 第二十九条: 虽不是授信客户但已发生预付、赊销行为的客户`, 16, 'hadCreditSales'),
    credit.implied('credit-kind', '授信方式', 'Kind of credit', `${D3} 第二十五条、第二十六条、第二十七条: 长期预付、赊销 / 临时预付、赊销`, 20, 'creditKind'),
    credit.implied('limit', '信用额度', 'Credit limit', `${D3} 第二十四条2③、第二十六条、第二十七条`, 22, 'creditLimit', { unit: '元' }),
    credit.implied('existing', '原有预付、赊销额', 'Existing prepayment/credit', `${D3} 第二十六条(2)、第二十七条: 如果原有预付、赊销额低于本条款标准的，信用额度按从低标准执行`, 20, 'existingCreditLimit', { unit: '元' }),
    hand('balance', '当前余额', 'Current balance', 'implied', `${D3} 第三十条、第三十三条、第三十四条: 财务部日常发货收款的监控依据`, 18),
    credit.implied('term', '回款、到货期限', 'Payment/delivery term', `${D3} 第二十三条、第二十六条、第二十七条`, 16, 'termDays', { unit: '天' }),
    credit.implied('mortgage', '抵押资产额度', 'Mortgaged assets', `${D3} 第二十七条: 同时不超过抵押资产额度`, 18, 'mortgageValue', { unit: '元' }),
    credit.implied('approved-on', '审批日期', 'Approved on', `${D3} 第十九条: 总经理审批`, 20, 'approvedOn'),
    credit.implied('review-due', '应复查日期', 'Review due', `${D3} 第十二条、第三十八条、第四十条`, 20, 'reviewDueOn'),
  ],
  signers: [signer('营销部经理（填表）', 'Sales department manager (fills in)'), signer('总经理', 'General manager'), signer('董事长', 'Chairman')],
  choice: {
    zh: '第二十九条没有列出表的栏目：各栏取自本制度对这类客户要求记录的内容，并注明出处。列入的客户是期末那一天现行评定（已经总经理审批的最近一次评定）授予额度、或记录了已有预付、赊销或现有额度的客户；没有这些的客户不在表上。客户属于整个网点，不分部门：只在全站的表上列出。当前余额本程序不记录，由财务部在纸上填写；总经理、董事长在纸上签字批准。',
    en: "第二十九条 does not list the form's columns: each column is what these rules require recorded for such a customer, with its article. Listed: every customer whose grading in force on the period's last day (the latest the general manager approved) grants a limit, or records prepayment/credit sales already or a credit held now; a customer with none of these is not on the form. Customers are the site's, not a unit's: only the whole-site sheet lists them. The app holds no current balance: finance writes it in on paper; the general manager and the chairman sign their approval on paper.",
  },
  permission: 'credit.read',
};

export const SEED002_CREDIT_LEDGERS: readonly LedgerDefinitionInput[] = [creditCustomersLedger];
