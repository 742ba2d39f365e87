import type { CellValue, LedgerRow } from '../../../shared/api/ledgers';
import { addMonthsToDay } from '../../../shared/credit/credit-dates';
import type { CreditKind, CreditQuantities } from '../../../shared/credit/credit-grading';
import { GRADE_CREDIT } from '../../../shared/credit/credit-pack';
import { findCustomerScheme } from '../../../shared/domain/customer-vocabulary';
import type { CreditCustomerField } from '../../../shared/reports/ledgers/fields';
import type { CreditCustomerRow } from './ledgers-repository';

/**
 * 《预付、赊销客户汇总表》 (seed002 客户管理制度3 第二十九条): the source lists
 * every prepayment and credit-sale customer, "授信客户和虽不是授信客户但已发生
 * 预付、赊销行为的客户": a customer whose grading in force grants a limit, or
 * records prepayment/credit sales already (第二十六条(1)/(2)) or a credit it
 * holds now. A customer with none of these is not on the summary.
 */
export function onCreditSummary(row: CreditCustomerRow): boolean {
  const quantities = (JSON.parse(row.inputs) as { quantities: CreditQuantities }).quantities;
  return row.credit_limit > 0 || quantities.hadCreditSales || (quantities.existingCreditLimit ?? 0) > 0;
}

const KIND_LABELS: Record<CreditKind, { zh: string; en: string }> = {
  none: { zh: '不授信', en: 'No credit' },
  temporary: { zh: '临时预付、赊销', en: 'Temporary' },
  long_term: { zh: '长期预付、赊销', en: 'Long-term' },
};

export function creditCustomerCells(row: CreditCustomerRow): LedgerRow {
  const quantities = (JSON.parse(row.inputs) as { quantities: CreditQuantities }).quantities;
  const outcome = JSON.parse(row.outcome) as { creditKind: CreditKind; termDays: number };
  const type = row.customer_type ? findCustomerScheme(row.customer_scheme)?.types.find((t) => t.code === row.customer_type)?.label ?? null : null;
  const cells: Record<CreditCustomerField, CellValue> = {
    customerName: row.customer_name,
    customerType: type ? { zh: type.zh, en: type.en } : null,
    grade: { zh: GRADE_CREDIT[row.grade].label.zh, en: GRADE_CREDIT[row.grade].label.en },
    granted: row.credit_limit > 0,
    hadCreditSales: quantities.hadCreditSales,
    creditKind: KIND_LABELS[outcome.creditKind],
    creditLimit: row.credit_limit,
    existingCreditLimit: quantities.existingCreditLimit,
    termDays: outcome.termDays > 0 ? outcome.termDays : null,
    mortgageValue: quantities.mortgageValue,
    approvedOn: row.approved_on,
    reviewDueOn: addMonthsToDay(row.approved_on, row.review_months),
  };
  return { key: row.id, cells };
}
