import type { NewComplaint } from '../../../shared/api/complaints';
import type { CustomerKind } from '../../../shared/domain/customer-vocabulary';
import { isIdNumber } from '../../../shared/domain/id-number';
import type { Messages } from '../../i18n/zh-CN';

/**
 * The intake's customer file and product facts, as the form holds them (flat
 * strings, so a draft keeps them) and as the contract names their errors.
 */
export interface CustomerIntakeValues {
  /** The customer file picked from the search, or ''. */
  customerId: string;
  /** "新建客户": a file is created with the complaint, from these fields and the complaint's name and phone. */
  newCustomer: boolean;
  newCustomerKind: CustomerKind | '';
  newCustomerGroup: string;
  newCustomerType: string;
  newCustomerContact: string;
  newCustomerAddress: string;
  /** 身份证件号码 of a new individual's file (an organisation has none); masked everywhere once saved. */
  newCustomerIdNumber: string;
  /** 产品信息 (seed003 篇1 8.6 f, 10.1; seed004 §J 5.1.1), as typed. */
  product: string;
  batchNo: string;
  quantity: string;
  quantityUnit: string;
}

export const CUSTOMER_INTAKE_FIELDS = [
  'customerId',
  'newCustomer.kind',
  'newCustomer.group',
  'newCustomer.type',
  'newCustomer.contactPerson',
  'newCustomer.address',
  'newCustomer.idNumber',
  'product',
  'batchNo',
  'quantity',
  'quantityUnit',
] as const;
export type CustomerIntakeField = (typeof CUSTOMER_INTAKE_FIELDS)[number];

export function emptyCustomerIntake(): CustomerIntakeValues {
  return {
    customerId: '',
    newCustomer: false,
    newCustomerKind: '',
    newCustomerGroup: '',
    newCustomerType: '',
    newCustomerContact: '',
    newCustomerAddress: '',
    newCustomerIdNumber: '',
    product: '',
    batchNo: '',
    quantity: '',
    quantityUnit: '',
  };
}

/** The contract's batch-number rule, checked before sending so the message comes at once. */
const BATCH_NO = /^[\p{L}\p{N}\-/.# ]+$/u;

type ProblemKey = keyof Messages['customerIntake'];

/** Field by field, before sending: a kind for a new customer, a whole positive quantity, a readable batch number. */
export function customerIntakeProblems(values: CustomerIntakeValues): Partial<Record<CustomerIntakeField, ProblemKey>> {
  const problems: Partial<Record<CustomerIntakeField, ProblemKey>> = {};
  if (values.newCustomer && !values.newCustomerKind) problems['newCustomer.kind'] = 'kindRequired';
  const idNumber = values.newCustomerIdNumber.trim();
  if (values.newCustomer && values.newCustomerKind === 'individual' && idNumber && !isIdNumber(idNumber)) problems['newCustomer.idNumber'] = 'idNumberInvalid';
  const quantity = values.quantity.trim();
  if (quantity && (!/^\d+$/.test(quantity) || Number(quantity) < 1)) problems.quantity = 'quantityInvalid';
  const batchNo = values.batchNo.trim();
  if (batchNo && !BATCH_NO.test(batchNo)) problems.batchNo = 'batchNoInvalid';
  return problems;
}

type CustomerIntakeInput = Pick<NewComplaint, 'customerId' | 'newCustomer' | 'product' | 'batchNo' | 'quantity' | 'quantityUnit'>;

/** What the contract takes: the file picked, or the new one; product facts that were given. */
export function toCustomerIntake(values: CustomerIntakeValues): CustomerIntakeInput {
  const input: CustomerIntakeInput = {};
  if (values.customerId) {
    input.customerId = values.customerId;
  } else if (values.newCustomer && values.newCustomerKind) {
    const created: NonNullable<CustomerIntakeInput['newCustomer']> = { kind: values.newCustomerKind };
    if (values.newCustomerGroup) created.group = values.newCustomerGroup;
    if (values.newCustomerType) created.type = values.newCustomerType;
    if (values.newCustomerKind === 'organisation' && values.newCustomerContact.trim()) created.contactPerson = values.newCustomerContact.trim();
    if (values.newCustomerAddress.trim()) created.address = values.newCustomerAddress.trim();
    if (values.newCustomerKind === 'individual' && values.newCustomerIdNumber.trim()) created.idNumber = values.newCustomerIdNumber.trim();
    input.newCustomer = created;
  }
  if (values.product.trim()) input.product = values.product.trim();
  if (values.batchNo.trim()) input.batchNo = values.batchNo.trim();
  if (values.quantity.trim()) input.quantity = Number(values.quantity.trim());
  if (values.quantityUnit.trim()) input.quantityUnit = values.quantityUnit.trim();
  return input;
}
