/** The case records' face (案件记录: investigation report, compensation, corrective actions, rewards and penalties): what other features may import. */
export { caseRecordHandlers } from './handlers';
export { caseRecordsRefusal, hasCompensationRecord } from './checks';
