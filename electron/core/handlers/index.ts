import type { ApiMethod } from '../../../shared/api/contract';
import { caseRecordHandlers } from '../case-records';
import { checklistTemplateHandlers } from '../templates';
import { checklistHandlers } from '../checklists';
import { circularHandlers } from '../circulars';
import { clockHandlers } from '../clocks';
import { complaintHandlers } from '../complaints/handlers';
import { creditHandlers, creditMonthlyHandlers } from '../credit';
import { customerHandlers } from '../customers';
import { draftHandlers } from '../drafts/handlers';
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
import { rulesHandlers } from '../rule-packs/handlers';
import { sanctionLedgerHandlers } from '../sanctions';
import { heatSupplyHandlers, testReportHandlers } from '../side-paths';
import { sessionHandlers } from '../sign-in/session-handlers';
import { siteHandlers } from '../site/handlers';
import { syncHandlers } from '../sync/handlers';
import { syncTransferHandlers } from '../sync/transfer-handlers';
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
