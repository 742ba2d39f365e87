/**
 * One register, printed in the layout each source names (issue #5 §3):
 * the same record, arranged as that organisation's paper form. Which fields
 * each form holds comes from the source; a field Branchline does not record
 * (a signature, an approval, a product detail) prints as an empty box to fill
 * in by hand.
 */
export const REGISTER_FIELDS = [
  'serial',
  'kind',
  'channel',
  'customer',
  'phone',
  'receivedAt',
  'enteredAt',
  'content',
  'restatement',
  'remedy',
  'firstReceiver',
  'class',
  'validity',
  'subject',
  'status',
  'proposedSolution',
  'unit',
  'assignee',
  'assignedBy',
  'assignedAt',
  'resolver',
  'solutionDue',
  'measures',
  'result',
  'replyMethod',
  'customerInformedAt',
  'majorCircumstances',
  'directLoss',
  'callBackOutcome',
  'closedAt',
  'retroactive',
  'departmentComplainedOf',
  'product',
  'batch',
  'quantity',
  'sampleProvided',
  'approval',
  'compensation',
  'correctiveAction',
  'rewardsPenalties',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** A row of the form: two labelled cells side by side, or one across the form (`tall` leaves room to write). */
export type LayoutRow = { pair: [RegisterField, RegisterField] } | { wide: RegisterField; tall?: boolean };

export const REGISTER_SIGNERS = [
  'receiverSign',
  'handlerSign',
  'reviewerSign',
  'leadSign',
  'serviceManagerSign',
  'leaderInChargeSign',
  'recorderSign',
  'approverSign',
  'responsibleDeptSign',
  'qcTrackSign',
] as const;
export type RegisterSigner = (typeof REGISTER_SIGNERS)[number];

export const REGISTER_LAYOUTS = ['complaintRegister', 'complaintRecordTable', 'grievanceRecordSheet'] as const;
export type RegisterLayoutId = (typeof REGISTER_LAYOUTS)[number];

export interface RegisterLayout {
  id: RegisterLayoutId;
  source: string;
  rows: readonly LayoutRow[];
  signers: readonly RegisterSigner[];
}

export const LAYOUTS: Record<RegisterLayoutId, RegisterLayout> = {
  /** 客户投诉登记表: the 篇6 complaint record and seed004 §D/§E's 【客户投诉登记表】. */
  complaintRegister: {
    id: 'complaintRegister',
    source: 'seed003 篇6 §4.1; seed004 §D、§E 5.1.1',
    rows: [
      { pair: ['kind', 'channel'] },
      { pair: ['customer', 'phone'] },
      { pair: ['receivedAt', 'enteredAt'] },
      { wide: 'content', tall: true },
      { wide: 'restatement' },
      { pair: ['remedy', 'firstReceiver'] },
      { pair: ['class', 'validity'] },
      { pair: ['subject', 'status'] },
      { wide: 'proposedSolution' },
      { pair: ['unit', 'assignee'] },
      { pair: ['resolver', 'solutionDue'] },
      { wide: 'measures', tall: true },
      { wide: 'result', tall: true },
      { pair: ['replyMethod', 'customerInformedAt'] },
    ],
    signers: ['receiverSign', 'handlerSign', 'reviewerSign', 'leadSign'],
  },
  /**
   * 《客户投诉记录表》 of the insurance branch (seed003 篇5 4.1, 5.1, 7): the first receiver fills it in and
   * sends it on within 20 minutes; it holds the class and the major circumstances, the direct loss, the
   * handler, the plan, the reply, the return visit and the rewards and penalties.
   */
  complaintRecordTable: {
    id: 'complaintRecordTable',
    source: 'seed003 篇5 4.1、5.1、7',
    rows: [
      { pair: ['firstReceiver', 'receivedAt'] },
      { pair: ['channel', 'kind'] },
      { pair: ['customer', 'phone'] },
      { wide: 'content', tall: true },
      { pair: ['remedy', 'class'] },
      { pair: ['majorCircumstances', 'directLoss'] },
      { pair: ['assignedAt', 'assignee'] },
      { pair: ['unit', 'validity'] },
      { wide: 'measures', tall: true },
      { wide: 'result', tall: true },
      { pair: ['customerInformedAt', 'replyMethod'] },
      { wide: 'callBackOutcome' },
      { pair: ['closedAt', 'status'] },
      { wide: 'rewardsPenalties', tall: true },
    ],
    signers: ['receiverSign', 'handlerSign', 'serviceManagerSign', 'leaderInChargeSign'],
  },
  /**
   * 「客户抱怨、投诉记录单」 of the food maker (seed003 篇1 4.3, 4.4, 7.2, 7.3, §1.12): received and judged by QC,
   * approved and passed to the responsible department within an hour, product and batch, compensation,
   * the satisfaction measured and the corrective and preventive action.
   */
  grievanceRecordSheet: {
    id: 'grievanceRecordSheet',
    source: 'seed003 篇1 4.3、4.4、7.2、7.3',
    rows: [
      { pair: ['receivedAt', 'channel'] },
      { pair: ['firstReceiver', 'retroactive'] },
      { pair: ['customer', 'phone'] },
      { pair: ['departmentComplainedOf', 'class'] },
      { wide: 'content', tall: true },
      { pair: ['product', 'batch'] },
      { pair: ['quantity', 'sampleProvided'] },
      { pair: ['validity', 'remedy'] },
      { pair: ['unit', 'assignedAt'] },
      { wide: 'approval' },
      { wide: 'measures', tall: true },
      { wide: 'compensation', tall: true },
      { wide: 'result', tall: true },
      { wide: 'callBackOutcome' },
      { wide: 'correctiveAction', tall: true },
    ],
    signers: ['recorderSign', 'approverSign', 'responsibleDeptSign', 'qcTrackSign'],
  },
};

/** The layout a site prints by default: the form of the organisation whose rules it follows. */
export function defaultLayoutFor(packId: string | undefined): RegisterLayoutId {
  if (packId === 'food-maker-p1') return 'grievanceRecordSheet';
  if (packId === 'insurance-branch-p5') return 'complaintRecordTable';
  return 'complaintRegister';
}
