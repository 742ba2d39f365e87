import type { ApiMethod } from '../../../shared/api/contract';
import { caseRecordHandlers } from '../case-records';
import { checklistTemplateHandlers } from '../templates';
import { checklistHandlers } from '../checklists';
import { circularHandlers } from '../circulars';
import { clockHandlers } from '../clocks';
import { complaintHandlers } from './complaints';
import { creditHandlers, creditMonthlyHandlers } from '../credit';
import { customerHandlers } from '../customers';
import { draftHandlers } from './drafts';
import type { HandlersOf } from './handler';
import { ledgerHandlers } from '../ledgers';
import { mediaHandlers } from '../media';
import { narrativeReportHandlers } from '../narrative-reports';
import { notificationHandlers } from '../notifications';
import { opinionBookHandlers } from '../opinion-book';
import { privacyHandlers } from '../privacy/handlers';
import { procedureHandlers } from '../procedure';
import { destructionHandlers } from '../privacy/destruction-handlers';
import { profileHandlers } from '../profiles';
import { mineLevelHandlers } from '../mine-level';
import { reportHandlers } from '../reports';
import { riskClassHandlers, riskMeetingHandlers } from '../risk-classes';
import { rulesHandlers } from './rules';
import { sanctionLedgerHandlers } from '../sanctions';
import { heatSupplyHandlers, testReportHandlers } from '../side-paths';
import { sessionHandlers } from './session';
import { siteHandlers } from './site';
import { syncHandlers } from './sync';
import { syncTransferHandlers } from './sync-transfer';
import { userHandlers } from '../users';

/** One handler per contract method; the type fails to compile if one is missing. */
export const handlers: HandlersOf<ApiMethod> = {
  ...sessionHandlers,
  ...siteHandlers,
  ...userHandlers,
  ...complaintHandlers,
  ...clockHandlers,
  ...customerHandlers,
  ...draftHandlers,
  ...syncHandlers,
  ...syncTransferHandlers,
  ...rulesHandlers,
  ...opinionBookHandlers,
  ...mediaHandlers,
  ...caseRecordHandlers,
  ...checklistHandlers,
  ...checklistTemplateHandlers,
  ...notificationHandlers,
  ...profileHandlers,
  ...mineLevelHandlers,
  ...reportHandlers,
  ...ledgerHandlers,
  ...privacyHandlers,
  ...procedureHandlers,
  ...sanctionLedgerHandlers,
  ...destructionHandlers,
  ...circularHandlers,
  ...riskClassHandlers,
  ...riskMeetingHandlers,
  ...creditHandlers,
  ...creditMonthlyHandlers,
  ...narrativeReportHandlers,
  ...heatSupplyHandlers,
  ...testReportHandlers,
};
