import type { ApiMethod } from '../../../shared/api/contract';
import { COMPENSATION_TYPES, REVIEW_STEPS } from '../../../shared/domain/case-records';
import { MEDIA_STATUSES, NOTIFY_PARTY_CODES } from '../../../shared/domain/media';
import { SANCTION_MEASURES } from '../../../shared/domain/sanction-articles';
import { CALL_BACK_METHODS, EXTENSION_TYPES, LOG_ENTRY_TYPES, PAUSE_REASONS, REPLY_METHODS, SATISFACTION_LEVELS } from '../../../shared/domain/workflow';
import type { Json } from './fuzz';

type Bases = Partial<Record<ApiMethod, Json[]>>;

/** An hour ago, a week ahead, and yesterday's date, by the core's clock. */
interface Moments {
  past: string;
  later: string;
  day: string;
}

/** Real records of the demo site the inputs name (where a fake id would do, it is one). */
export interface World {
  now: Date;
  complaintId: string;
  customerId: string;
  userId: string;
  opinionEntryId: string;
}

/**
 * One valid input (or several: union branches) per method that takes text or
 * a date, every optional string filled so that the fuzz reaches it. The
 * attack script checks each parses as it stands, and that together they reach
 * every string, date and JSON leaf of the contract.
 */
export function fuzzBases(w: World): Bases {
  const m: Moments = {
    past: new Date(w.now.getTime() - 3_600_000).toISOString(),
    later: new Date(w.now.getTime() + 7 * 24 * 3_600_000).toISOString(),
    day: new Date(w.now.getTime() - 24 * 3_600_000).toISOString().slice(0, 10),
  };
  return { ...accountBases(w), ...intakeBases(w, m), ...workflowBases(w, m), ...registerBases(w, m), ...caseRecordBases(w, m), ...checklistBases(w, m), ...notificationBases(w, m), ...profileBases(m), ...reportBases(), ...privacyBases(w, m), ...creditBases(w, m), ...sidePathBases(w, m) };
}

function accountBases(w: World): Bases {
  return {
    'session.signIn': [{ login: 'wangjg', secret: '123456' }],
    'setup.initialise': [
      {
        site: { code: 'BJ01', name: '北京朝阳营业厅', organisation: '某邮政分公司', profile: 'bank-outlet', rulePack: 'bank-outlet' },
        admin: { login: 'lead', displayName: '孙站长', roles: ['station_lead'], unit: '营业部', secretKind: 'pin', secret: '123456' },
      },
    ],
    'site.setWorkingHours': [{ opens: '08:30', closes: '17:30' }],
    'users.create': [{ login: 'newbie', displayName: '新员工', roles: ['receiver'], unit: '营业部', secretKind: 'pin', secret: '123456' }],
    'users.setActive': [{ userId: w.userId, active: true }],
    'users.resetSecret': [{ userId: w.userId, secretKind: 'pin', secret: '246810', ownSecret: '123456' }],
  };
}

function intakeBases(w: World, { past, day }: Moments): Bases {
  const c = w.complaintId;
  const details = { phone2: '139 0000 5678', contactPerson: '周先生', address: '某区某路1号', idNumber: '11010519900101123X', group: 'G1', type: 'T1', note: '常来办理业务' };
  const customer = { kind: 'individual', name: '周桂芳', phone: '138 0000 1234', ...details };
  return {
    'complaints.create': [
      {
        kind: 'complaint',
        channel: 'phone',
        customerName: '周桂芳',
        customerPhone: '138 0000 1234',
        customerId: w.customerId,
        content: '快递三天未送达，电话无人接听。',
        product: '快递包裹',
        batchNo: 'B-2026/11',
        quantity: 1,
        quantityUnit: '件',
        receivedAt: past,
        firstReceiverId: w.userId,
        subjectUserId: w.userId,
        proposedSolution: '尽快派送并致歉',
        restatement: '包裹三天未送达（已复述）',
        repeatOfId: c,
        tickedCriteria: ['criterion-1'],
        problemCode: 'LATE',
        causeCode: 'attitude',
        packFacts: { testReportReceivedOn: day },
        recordFields: { licencePlate: '川A12345' },
      },
      { kind: 'complaint', channel: 'phone', customerName: '周桂芳', content: '快递未送达', newCustomer: { kind: 'individual', ...details } },
    ],
    'complaints.list': [{ after: 'cursor-1', query: '快递', unit: '营业部' }],
    'complaints.gradePreview': [{ receivedAt: past, tickedCriteria: ['criterion-1'], problemCode: 'LATE', packFacts: { testReportReceivedOn: day } }],
    'complaints.overrideClass': [{ id: c, classCode: 'B', reason: '经核实影响较大' }],
    'complaints.get': [{ id: c }],
    'complaints.headOfficeRemarks': [{ id: c }],
    'complaints.recordNotified': [{ id: c, party: 'station_lead', whom: '王站长', way: 'phone', notifiedAt: past, note: '电话告知，已到场' }],
    'complaints.similar': [
      { customerId: w.customerId, customerPhone: '138 0000 1234', customerName: '周桂芳', problemCode: 'LATE', causeCode: 'attitude', subjectUserId: w.userId, receivedAt: past },
    ],
    'customers.search': [{ query: '周桂芳' }],
    'customers.get': [{ id: w.customerId }],
    'customers.history': [{ id: w.customerId, page: 1 }, { id: w.customerId, page: 2 }],
    'customers.create': [customer],
    'customers.update': [{ id: w.customerId, version: 1, ...customer }],
    'customers.flag': [{ id: w.customerId, version: 1, sign: { reason: '多次来电表示不满', followUpOwnerId: w.userId } }],
    'customers.addFollowUp': [{ id: w.customerId, note: '已电话回访' }],
    'customers.merge': [{ keepId: w.customerId, keepVersion: 1, duplicateId: w.customerId, duplicateVersion: 1, reason: '同一客户，电话写法不同' }],
    'drafts.save': [
      { form: 'complaint-new', data: { customerName: '周桂芳' } },
      { form: 'complaint-action', complaintId: c, action: 'log', data: { entryType: 'customer_contacted', text: '已致电客户' } },
    ],
    'drafts.get': [{ form: 'complaint-action', complaintId: c, action: 'log' }],
    'drafts.discard': [{ form: 'complaint-action', complaintId: c, action: 'log' }],
    'drafts.actionsOf': [{ complaintId: c }],
  };
}

function workflowBases(w: World, { past, later }: Moments): Bases {
  const act = (action: Json, recordFields?: Json): Json => ({ id: w.complaintId, version: 1, action, ...(recordFields ? { recordFields } : {}) });
  return {
    'complaints.act': [
      act({ type: 'accept', assigneeId: w.userId, note: '请尽快处理' }),
      act({ type: 'accept', assigneeId: w.userId }, { groundsSufficient: 'sufficient' }),
      act({ type: 'markInvalid', reasonCode: 'other', explanation: '客户撤回' }),
      act({ type: 'planSolution', resolverId: w.userId, measures: '派送并致歉', dueAt: later }),
      act({ type: 'log', entryType: LOG_ENTRY_TYPES[0], text: '已联系客户', completesStep: 'visit' }),
      act({ type: 'requestExtension', extensionType: EXTENSION_TYPES[1], reason: '需多部门协调', newDueAt: later, customerConsentAt: past, consentMethod: REPLY_METHODS[0], callCentreToldAt: past }),
      act({ type: 'decideExtension', extensionId: 'ext-1', approve: true, note: '同意' }),
      act({ type: 'refer', reason: '超出网点权限' }),
      act({ type: 'resolve', result: '已送达并致歉', replyMethod: REPLY_METHODS[0], customerInformedAt: past }),
      act({ type: 'callBack', method: CALL_BACK_METHODS[0], resolutionAdequate: true, timeliness: SATISFACTION_LEVELS[0], attitude: SATISFACTION_LEVELS[0], result: SATISFACTION_LEVELS[0], otherOpinions: '无' }),
      act({ type: 'close', note: '结案' }),
      act({ type: 'escalate', reasonCode: 'repeat_same_matter', note: '客户再次投诉' }),
      act({ type: 'pause', reason: PAUSE_REASONS[0], note: '等待检测结果' }),
      act({ type: 'resume', note: '检测结果已出' }),
      act({ type: 'answerOnSpot', explanation: '已当场向客户解释收费依据', answeredById: w.userId, answeredAt: past, replyMethod: REPLY_METHODS[0] }),
      act({ type: 'agreeReplyDeadline', dueAt: later, agreedBy: REPLY_METHODS[0], note: '客户同意次日答复' }),
    ],
  };
}

function registerBases(w: World, { past, day }: Moments): Bases {
  return {
    'sync.enrol': [{ serverUrl: 'https://hq.example.cn', code: '7K3Q-9M2X-TR4D', deviceName: '前台电脑' }],
    'sync.resolveConflict': [{ id: 'conflict-1', keep: 'site' }],
    'sync.importTransfer': [{ fileName: 'reply.blt', dataBase64: 'AAAA' }],
    'sync.enrolByFile': [{ fileName: 'enrol.blt', dataBase64: 'AAAA', code: '7K3Q-9M2X-TR4D' }],
    'rules.pack': [{ id: 'sichuan-group-p6', version: '1' }],
    'opinionBook.get': [{ id: w.opinionEntryId }],
    'opinionBook.record': [{ entryDate: day, entryType: 'complaint', content: '排队太久', customerName: '张先生', contact: '138 0000 0000' }],
    'opinionBook.check': [{ note: '已查阅' }],
    'opinionBook.answer': [{ id: w.opinionEntryId, version: 1, handlingOpinion: '已增开窗口', customerRepliedAt: past }],
    'opinionBook.toComplaint': [{ id: w.opinionEntryId, version: 1 }],
    'media.get': [{ id: 'media-1' }],
    'media.create': [
      {
        occurredAt: past,
        channel: 'online',
        journalistOnSite: false,
        mediaName: '某日报',
        programme: '民生栏目',
        journalistName: '记者甲',
        description: '网上发帖投诉服务态度',
        platform: '微博',
        posterContact: '网名某某',
        complaintSerial: 'YY42-20261123-0001',
        contentCategory: 'service_behaviour',
      },
    ],
    'media.linkComplaint': [{ id: 'media-1', version: 1, complaintSerial: 'YY42-20261123-0001' }],
    'media.tickStep': [{ id: 'media-1', checklist: 'online', code: 'step-1', done: true, note: '已完成' }],
    'media.notify': [{ id: 'media-1', party: NOTIFY_PARTY_CODES[0], notifiedAt: past, note: '电话通知' }],
    'media.attach': [{ id: 'media-1', fileName: 'screenshot.png', mimeType: 'image/png', dataBase64: 'iVBORw0KGgo=' }],
    'media.removeImage': [{ id: 'media-1', version: 1, attachmentId: 'att-1' }],
    'media.setStatus': [{ id: 'media-1', version: 1, status: MEDIA_STATUSES[1], note: '已处理' }],
    'media.attachment': [{ attachmentId: 'att-1' }],
  };
}

function caseRecordBases(w: World, { past, later }: Moments): Bases {
  const c = w.complaintId;
  return {
    'caseRecords.get': [{ complaintId: c }],
    'caseRecords.saveReport': [{ complaintId: c, version: 0, cause: '原因', course: '经过', responsiblePerson: '责任人', conclusion: '结论', countermeasures: '措施', originalAttached: false, submit: false }],
    'caseRecords.reviewReport': [{ complaintId: c, version: 1, step: REVIEW_STEPS[0], decision: 'return', opinion: '请补充经过' }],
    'caseRecords.addCompensation': [{ complaintId: c, type: COMPENSATION_TYPES[0], description: '登门致歉', specialCaseNote: '特例', deliverBy: later }],
    'caseRecords.decideCompensation': [{ compensationId: 'comp-1', version: 1, approve: true, note: '同意' }],
    'caseRecords.deliverCompensation': [{ compensationId: 'comp-1', version: 1, deliveredAt: past }],
    'caseRecords.addCapa': [{ complaintId: c, problem: '派送延误', action: '增加派送班次', ownerId: w.userId, dueAt: later }],
    'caseRecords.completeCapa': [{ capaId: 'capa-1', version: 1, note: '已实施' }],
    'caseRecords.verifyCapa': [{ capaId: 'capa-1', version: 1, effective: false, note: '仍有延误', newDueAt: later }],
    'caseRecords.addSanction': [{ complaintId: c, personId: w.userId, articleCode: 'article-1', measure: SANCTION_MEASURES[0], note: '通报', chargeUnit: '营业部' }],
    'sanctionLedger.record': [
      { complaintId: c, articleCode: 'p6.40', measure: 'fine', amount: 1000, targets: [{ personId: w.userId, deductionRole: 0 }], note: '通报' },
      { complaintId: c, articleCode: 'p6.40', measure: 'fine', amount: 1000, targets: [{ unit: '营业部' }] },
    ],
    'sanctionLedger.reverse': [{ entryId: 'entry-1', reason: '录入有误' }],
    'sanctionLedger.history': [{ complaintId: c, personId: w.userId }],
  };
}

function checklistBases(w: World, { later }: Moments): Bases {
  return {
    'checklists.list': [{ templateId: 'tpl-1' }],
    'checklists.get': [{ id: 'rec-1' }],
    'checklists.start': [{ templateId: 'tpl-1' }],
    'checklists.saveAnswers': [
      { id: 'rec-1', version: 1, itemId: 'item-1', value: '合格' },
      { id: 'rec-1', version: 1, itemId: 'item-1', rowId: 'row-1', cells: { c1: '值' } },
      { id: 'rec-1', version: 1, itemId: 'item-1', rowId: 'row-1', remove: true },
    ],
    'checklists.attachPhoto': [{ id: 'rec-1', version: 1, itemId: 'item-1', rowId: 'row-1', columnId: 'col-1', fileName: 'photo.png', mimeType: 'image/png', dataBase64: 'iVBORw0KGgo=' }],
    'checklists.removePhoto': [
      { id: 'rec-1', version: 1, itemId: 'item-1', attachmentId: 'att-1' },
      { id: 'rec-1', version: 1, itemId: 'item-1', rowId: 'row-1', columnId: 'col-1', attachmentId: 'att-1' },
    ],
    'checklists.complete': [{ id: 'rec-1', version: 1 }],
    'checklists.refreshEvidence': [{ id: 'rec-1', version: 1 }],
    'checklists.raiseAction': [{ recordId: 'rec-1', itemId: 'item-1', rowId: 'row-1', problem: '灭火器过期', action: '更换灭火器', ownerId: w.userId, dueAt: later }],
    'checklists.completeAction': [{ actionId: 'act-1', version: 1, note: '已更换' }],
    'checklists.closeAction': [{ actionId: 'act-1', version: 1, effective: false, note: '未见效', newDueAt: later }],
    'checklists.photo': [{ attachmentId: 'att-1' }],
    'checklistTemplates.getDraft': [{ draftId: 'draft-1' }],
    'checklistTemplates.createDraft': [{ fromTemplateId: 'tpl-1' }],
    'checklistTemplates.saveDraft': [{ draftId: 'draft-1', rowVersion: 1, template: { id: 'tpl-1' } }],
    'checklistTemplates.discardDraft': [{ draftId: 'draft-1', rowVersion: 1 }],
    'checklistTemplates.validate': [{ template: { id: 'tpl-1' }, basedOn: 'tpl-1' }],
    'checklistTemplates.publish': [{ draftId: 'draft-1', rowVersion: 1 }],
  
  };
}

function notificationBases(w: World, { past }: Moments): Bases {
  const n = { id: 'notification-1', version: 1 };
  return {
    'notifications.forComplaint': [{ complaintId: w.complaintId }],
    'notifications.markRead': [{ ids: ['notification-1'] }],
    'notifications.acknowledge': [n],
    'notifications.acknowledgeReminder': [{ id: 'reminder-1', version: 1 }],
    'notifications.confirmPhone': [{ ...n, calledAt: past, reached: '分公司总经理室', note: '已电话核实' }],
    'notifications.recordWritten': [{ ...n, text: '书面报告：已处理', writtenAt: past }],
    'notifications.timeliness': [{ from: past, to: past }],
    'procedure.approveStep': [{ complaintId: w.complaintId, version: 1, step: 'review', note: '审核同意' }],
  };
}

function profileBases({ day }: Moments): Bases {
  return {
    'profiles.setSiteProfile': [{ profileId: 'bank-outlet' }],
    'mineLevel.record': [{ kind: 'fraud', occurredOn: day, note: '自评材料弄虚作假' }],
    'mineLevel.void': [{ id: 'mine-event-1', version: 1, reason: '录入有误' }],
    'procedure.setHolder': [{ userId: 'user-1', roleIds: ['level1_handler'] }],
  };
}

function reportBases(): Bases {
  const scope = { definitionId: 'general-statistics', period: { kind: 'month', key: '2026-10' }, unit: '营业部' };
  return {
    'reports.run': [scope],
    'reports.cases': [{ ...scope, cell: { dimension: 'channel', value: 'phone', bucket: '2026-10' }, after: { receivedAt: '2026-10-02T02:00:00.000Z', siteId: 'site-1', complaintId: 'c-1' } }],
    'reports.overdue': [{ unit: '营业部' }],
    'reports.cadence': [{ period: { kind: 'month', key: '2026-10' } }],
    'ledgers.sheet': [
      { ledgerId: 's15.complaint-handling', period: '2026-10', unit: '营业部' },
      { ledgerId: 's15.complaint-handling', serial: 'YY42-20261123-0001' },
    ],
    'sanctionLedger.rollup': [{ period: { kind: 'month', key: '2026-10' }, unit: '营业部' }],
    'circulars.weekly': [{ definitionId: 'area-checks', period: { kind: 'week', key: '2026-W44' } }],
    'circulars.monthly': [{ definitionId: 'area-checks', period: { kind: 'month', key: '2026-10' } }],
    'circulars.setWeight': [{ definitionId: 'area-checks', weightPercent: 5, note: '本站考核标准' }],
    'narrativeReports.list': [{ year: '2026' }],
    'narrativeReports.get': [{ id: 'narrative-1' }],
    'narrativeReports.saveDraft': [
      { id: 'narrative-1', kindId: 'sichuan-p6-analysis-report', period: { kind: 'month', key: '2026-10' }, sections: { overview: 'a', analysis: 'b', rewards: 'c', focus: 'd', causes: 'e', solutions: 'f', notes: 'g', summary: 'h', weaknesses: 'i', capa: 'j', measures: 'k' } },
      { kindId: 'sichuan-p6-major-complaint-report', complaintId: 'c-1', sections: { keyProblem: 'a', handling: 'b', callBackResult: 'c' } },
    ],
    'narrativeReports.forComplaint': [{ complaintId: 'c-1' }],
    'narrativeReports.issue': [{ id: 'narrative-1' }],
    'narrativeReports.reissue': [{ id: 'narrative-1', reason: '更正' }],
  };
}

function privacyBases(w: World, { day }: Moments): Bases {
  return {
    'privacy.reveal': [{ kind: 'customer', id: w.customerId, reason: '回访客户' }],
    'privacy.recordExport': [{ subject: '投诉统计报表 2026-10.xlsx', rowCount: 12, reason: '月度通报' }],
    'privacy.accessLog': [{ action: 'reveal', userId: w.userId, from: day, to: day }],
    'privacy.proposeDestruction': [{ customerIds: [w.customerId] }],
    'privacy.approveDestruction': [{ batchId: w.customerId, reason: '保存期满' }],
    'privacy.subjectAccess': [{ customerId: w.customerId, purpose: '客户本人申请查阅' }],
    ...riskClassBases(w),
    ...creditMonthlyBases(w),
  };
}

function creditMonthlyBases(w: World): Bases {
  return {
    'credit.month': [{ month: '2026-11' }],
    'credit.enterFigures': [
      { customerId: w.customerId, month: '2026-11', asOf: '2026-11-20', balance: 80_000, shipments: 20_000, payments: 10_000, overdueAmount: 5_000, earliestDueOn: '2026-11-01' },
    ],
    'credit.checkEvaluation': [{ evaluationId: w.customerId, figuresAgree: true, opinion: '核对无误', proposedLimit: 60_000 }],
    'credit.decideAdjustment': [{ evaluationId: w.customerId, decision: 'approved', reason: '同意调整' }],
    'credit.fileReport': [{ month: '2026-11', text: '本月授信客户经营正常', declared: true }],
  };
}

function riskClassBases(w: World): Bases {
  const facts = { fiveLevel: 'normal', warning: 'none', overdueDays: 3, interestArrears: 0, advances: 0 };
  return {
    'riskClasses.get': [{ customerId: w.customerId }],
    'riskClasses.cadence': [{}],
    'riskClasses.propose': [{ customerId: w.customerId, toClass: 'class2', facts, judgements: [{ judgement: 'litigation', reason: '法院传票已送达' }], reason: '贷款逾期' }],
    'riskClasses.review': [{ proposalId: w.customerId, note: '同意' }],
    'riskClasses.decide': [{ proposalId: w.customerId, approve: true, note: '审议通过' }],
    'riskClasses.fileScreening': [
      { customerId: w.customerId, month: '2026-11', capitalChain: '资金偏紧', operatingChain: '订单下降', investmentChain: '投资暂缓', guaranteeChain: '互保涉诉', situation: '已约谈' },
    ],
    'riskMeetings.month': [{ month: '2026-11' }],
    'riskMeetings.record': [
      { kinds: ['dynamicAnalysis', 'warningAnalysis'], heldOn: '2026-11-20', attendees: ['王建国', '刘强'], customerIds: [w.customerId], conclusions: '压缩授信敞口，追加抵押' },
    ],
  };
}

function creditBases(w: World, { day }: Moments): Bases {
  const quantities = { cooperationSince: day, lastBreachOn: day, goodOperatingYears: 2, investigationItems: [1, 2], monthsCounted: 12, paymentsTotal: 1000, shipmentsTotal: 800, hadCreditSales: true, existingCreditLimit: 500, mortgageValue: 300 };
  return {
    'credit.file': [{ customerId: w.customerId }],
    'credit.propose': [{ customerId: w.customerId, quantities, holds: ['A3', 'C2'], reason: '会同经办业务员评定' }],
    'credit.decide': [{ gradingId: w.customerId, step: 'review', decision: 'rejected', reason: '资料不全' }],
    'credit.setCap': [{ totalCap: 150_000, baseDay: '2026-01-01' }],
  };
}

/** The side paths' records (issue 23 item 3): a stoppage with its notice, a room temperature, a re-test and a withdrawal. */
function sidePathBases(w: World, { past }: Moments): Bases {
  return {
    'heatSupply.get': [{ complaintId: w.complaintId }],
    'heatSupply.saveStoppage': [
      { complaintId: w.complaintId, stoppageId: 'stop-1', version: 1, stoppedAt: past, restoredAt: past, faultStopsSupply: false, notice: { at: past, way: 'announcement', to: '3号楼全体住户' } },
    ],
    'heatSupply.recordMeasurement': [{ complaintId: w.complaintId, measuredAt: past, userType: 'bungalow', temperature: 17.5, contractedMin: 16 }],
    'testReports.get': [{ complaintId: w.complaintId }],
    'testReports.recordRetest': [
      { complaintId: w.complaintId, sampleCode: 'MM-7731', sampleBasis: 'resampled', resampleReason: '运输途中样品瓶破损', testerIds: [w.userId, 'user-2'], testedAt: past, result: '复检与原报告不符', originalCorrect: false },
    ],
    'testReports.withdraw': [{ retestId: 'retest-1', reason: '原报告计算错误', approvedById: w.userId, withdrawnAt: past, correctedReportNumber: 'JC-2026-0412-G' }],
  };
}
