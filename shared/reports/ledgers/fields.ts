/**
 * What each data source of a ledger can fill a column with, and how the value
 * prints. The core builds exactly these fields for every row of a source (a
 * test checks it); a ledger definition picks the ones its paper form has.
 */

/** The renderer's i18n groups that name stored codes (complaint channel 电话, status 已结案 …). */
export const CODE_SETS = [
  'kinds',
  'channels',
  'remedies',
  'complaintStatuses',
  'validity',
  'extensionTypes',
  'extensionStatuses',
  'replyMethods',
  'callBackMethods',
  'satisfaction',
  'opinionEntryTypes',
  'mediaChannels',
  'mediaCategories',
  'mediaStatuses',
  'ledgerExportMatters',
] as const;
export type CodeSet = (typeof CODE_SETS)[number];

/**
 * How a cell prints: text as is; an instant as site time (2026-11-23 10:05);
 * a day; 是/否; a number; a text in both languages (a class label of the rule
 * pack); a list of such texts (the steps past their limit); a stored code in
 * the reader's language.
 */
export type CellFormat = 'text' | 'instant' | 'date' | 'yesNo' | 'number' | 'bilingual' | 'bilingualList' | { codes: CodeSet };

const codes = (set: CodeSet): CellFormat => ({ codes: set });

/**
 * Record fields of the packs (shared/rules/packs/record-fields.ts) a ledger's paper form has a column for, by
 * field id: the value stored for the complaint, or empty where its pack does not ask it. Personal ones are not
 * among them.
 */
export const RECORD_FIELD_CELLS = {
  reportNo: 'text',
  appealGrounds: 'text',
} as const satisfies Record<string, CellFormat>;

/** One complaint record (投诉、建议、咨询) with what its loop and case records hold. */
export const COMPLAINT_FIELDS = {
  ...RECORD_FIELD_CELLS,
  /** The day the customer received the test report (the testing station's appeal window, a pack fact). */
  testReportReceivedOn: 'date',
  serial: 'text',
  kind: codes('kinds'),
  channel: codes('channels'),
  receivedAt: 'instant',
  receiverName: 'text',
  customerName: 'text',
  customerPhone: 'text',
  customerAddress: 'text',
  content: 'text',
  restatement: 'text',
  remedy: codes('remedies'),
  product: 'text',
  classLabel: 'bilingual',
  validity: codes('validity'),
  status: codes('complaintStatuses'),
  unit: 'text',
  assigneeName: 'text',
  assignedAt: 'instant',
  subjectName: 'text',
  subjectUnit: 'text',
  solutionMeasures: 'text',
  solutionResolverName: 'text',
  solutionDueAt: 'instant',
  result: 'text',
  /** The result followed by the testing station's re-tests and withdrawals (seed002 客户管理制度6 2.2.5); the plain result without one. */
  resultWithRetest: 'bilingual',
  replyMethod: codes('replyMethods'),
  customerInformedAt: 'instant',
  resolvedAt: 'instant',
  closedAt: 'instant',
  overdueSteps: 'bilingualList',
  escalated: 'yesNo',
  referred: 'yesNo',
  answeredOnSpot: 'yesNo',
  agreedReplyDueAt: 'instant',
  investigationCause: 'text',
  correctiveActions: 'text',
  correctiveActionsEffective: 'yesNo',
  callBackAt: 'instant',
  callBackByName: 'text',
  callBackSatisfaction: codes('satisfaction'),
  callBackOpinion: 'text',
  callBackSatisfied: 'yesNo',
} as const satisfies Record<string, CellFormat>;

/** One extension request of a complaint (篇6 第十八条、第二十七条). */
export const EXTENSION_FIELDS = {
  serial: 'text',
  customerName: 'text',
  unit: 'text',
  requestedAt: 'instant',
  requestedByName: 'text',
  extensionType: codes('extensionTypes'),
  reason: 'text',
  newDueAt: 'instant',
  customerConsentAt: 'instant',
  status: codes('extensionStatuses'),
  decidedByName: 'text',
  decidedAt: 'instant',
  decisionNote: 'text',
} as const satisfies Record<string, CellFormat>;

/** One call-back (回访) of a complaint: the customer's opinion on the result. */
export const CALL_BACK_FIELDS = {
  serial: 'text',
  customerName: 'text',
  unit: 'text',
  result: 'text',
  at: 'instant',
  byName: 'text',
  method: codes('callBackMethods'),
  adequate: 'yesNo',
  timeliness: codes('satisfaction'),
  attitude: codes('satisfaction'),
  satisfactionWithResult: codes('satisfaction'),
  otherOpinions: 'text',
  satisfied: 'yesNo',
} as const satisfies Record<string, CellFormat>;

/** One entry of the 客户意见簿 (seed002 客户管理制度4 第三条、第九条). */
export const OPINION_FIELDS = {
  entryNo: 'number',
  entryDate: 'date',
  entryType: codes('opinionEntryTypes'),
  content: 'text',
  customerName: 'text',
  contact: 'text',
  recordedByName: 'text',
  handlingOpinion: 'text',
  signedByName: 'text',
  signedAt: 'instant',
  customerRepliedAt: 'instant',
  complaintSerial: 'text',
} as const satisfies Record<string, CellFormat>;

/** One incident of the 负面新闻台账 (seed001 S1). */
export const MEDIA_FIELDS = {
  occurredAt: 'instant',
  channel: codes('mediaChannels'),
  mediaName: 'text',
  programme: 'text',
  journalistName: 'text',
  platform: 'text',
  contentCategory: codes('mediaCategories'),
  description: 'text',
  complaintSerial: 'text',
  notified: 'bilingualList',
  status: codes('mediaStatuses'),
  statusNote: 'text',
  recordedByName: 'text',
} as const satisfies Record<string, CellFormat>;

/** One export of the sync transfer file (complaint records with customers' names and phones leave the computer). */
export const EXPORT_FIELDS = {
  at: 'instant',
  byName: 'text',
  place: 'text',
  matter: codes('ledgerExportMatters'),
  entries: 'number',
} as const satisfies Record<string, CellFormat>;

/** One customer on 《预付、赊销客户汇总表》 (seed002 客户管理制度3 第二十九条): its grading in force on the period's last day. */
export const CREDIT_CUSTOMER_FIELDS = {
  customerName: 'text',
  customerType: 'bilingual',
  grade: 'bilingual',
  granted: 'yesNo',
  hadCreditSales: 'yesNo',
  creditKind: 'bilingual',
  creditLimit: 'number',
  existingCreditLimit: 'number',
  termDays: 'number',
  mortgageValue: 'number',
  approvedOn: 'date',
  reviewDueOn: 'date',
} as const satisfies Record<string, CellFormat>;

/** A record of a checklist template (one ledger row per record or per row of its register table). */
export const RECORD_FIELDS = {
  startedByName: 'text',
  completedByName: 'text',
  completedAt: 'instant',
} as const satisfies Record<string, CellFormat>;

export type ComplaintField = keyof typeof COMPLAINT_FIELDS;
export type ExtensionField = keyof typeof EXTENSION_FIELDS;
export type CallBackField = keyof typeof CALL_BACK_FIELDS;
export type OpinionField = keyof typeof OPINION_FIELDS;
export type MediaField = keyof typeof MEDIA_FIELDS;
export type ExportField = keyof typeof EXPORT_FIELDS;
export type RecordField = keyof typeof RECORD_FIELDS;
export type CreditCustomerField = keyof typeof CREDIT_CUSTOMER_FIELDS;
