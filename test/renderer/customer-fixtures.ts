import type { CustomerFile, CustomerSummary } from '../../shared/api/customers';
import { sampleComplaint } from './fixtures';

/** 周桂芳 as the demo has her: an individual, external customer, showing complaint signs. */
export const zhou: CustomerSummary = {
  id: 'k-zhou',
  kind: 'individual',
  name: '周桂芳',
  phone: '138 0830 1122',
  contactPerson: null,
  scheme: 'seed003-p6',
  group: 'external',
  type: 'contracted',
  sign: {
    reason: '连续三晚来电，扬言打电台《行风热线》',
    flaggedAt: '2026-03-01T02:00:00.000Z',
    flaggedById: 'u-wangjg',
    flaggedByName: '王建国',
    followUpOwnerId: 'u-zhaoli',
    followUpOwnerName: '赵丽',
  },
  complaintCount: 2,
};

export const firm: CustomerSummary = {
  id: 'k-firm',
  kind: 'organisation',
  name: '四川某建材有限公司',
  phone: '0830-3125566',
  contactPerson: '采购部 李经理',
  scheme: 'seed003-p6',
  group: 'external',
  type: 'contracted',
  sign: null,
  complaintCount: 1,
};

export function fileOf(customer: CustomerSummary, overrides: Partial<CustomerFile> = {}): CustomerFile {
  return {
    ...customer,
    phone2: null,
    address: '泸县福集镇阳42井站旁村道3组',
    idNumber: null,
    note: null,
    mergedInto: null,
    createdAt: '2026-02-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    version: 2,
    complaints: [
      { id: 'c-2', serial: 'YY42-20260302-0001', kind: 'complaint', status: 'registered', content: '罐车又在夜间经过村道。', receivedAt: '2026-03-02T13:00:00.000Z', repeatOfSerial: sampleComplaint.serial },
      { id: sampleComplaint.id, serial: sampleComplaint.serial, kind: 'complaint', status: 'in_progress', content: sampleComplaint.content, receivedAt: sampleComplaint.receivedAt, repeatOfSerial: null },
    ],
    followUps: [],
    mergedFrom: [],
    ...overrides,
  };
}
