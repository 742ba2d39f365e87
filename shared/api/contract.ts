import type { z } from 'zod';
import { caseRecordsApi } from './case-records';
import { checklistTemplatesApi } from './checklist-templates';
import { checklistsApi } from './checklists';
import { clocksApi } from './clocks';
import { complaintsApi } from './complaints';
import { creditApi } from './credit';
import { creditMonthlyApi } from './credit-monthly';
import { customersApi } from './customers';
import { draftsApi } from './drafts';
import { heatSupplyApi } from './heat-supply';
import { ledgersApi } from './ledgers';
import { mediaApi } from './media';
import { opinionBookApi } from './opinion-book';
import { privacyApi } from './privacy';
import { privacyDestructionApi } from './privacy-destruction';
import { profilesApi } from './profiles';
import { mineLevelApi } from './mine-level';
import type { MethodDefinition } from './define';
import { narrativeReportsApi } from './narrative-reports';
import { notificationsApi } from './notifications';
import { procedureApi } from './procedure';
import { reportsApi } from './reports';
import { riskClassesApi } from './risk-classes';
import { riskMeetingsApi } from './risk-meetings';
import { rulesApi } from './rules';
import { sanctionLedgerApi } from './sanction-ledger';
import { circularsApi } from './circulars';
import { sessionApi } from './session';
import { siteApi } from './site';
import { syncApi } from './sync';
import { syncTransferApi } from './sync-transfer';
import { testReportsApi } from './test-reports';
import { usersApi } from './users';

/** Every call the renderer can make. One entry per method: `domain.verb → { input, output, access }`. */
export const apiContract = {
  ...sessionApi,
  ...siteApi,
  ...usersApi,
  ...complaintsApi,
  ...clocksApi,
  ...customersApi,
  ...draftsApi,
  ...syncApi,
  ...syncTransferApi,
  ...rulesApi,
  ...opinionBookApi,
  ...mediaApi,
  ...caseRecordsApi,
  ...checklistsApi,
  ...checklistTemplatesApi,
  ...notificationsApi,
  ...profilesApi,
  ...mineLevelApi,
  ...reportsApi,
  ...ledgersApi,
  ...privacyApi,
  ...procedureApi,
  ...sanctionLedgerApi,
  ...circularsApi,
  ...privacyDestructionApi,
  ...riskClassesApi,
  ...riskMeetingsApi,
  ...creditApi,
  ...creditMonthlyApi,
  ...narrativeReportsApi,
  ...heatSupplyApi,
  ...testReportsApi,
} satisfies Record<string, MethodDefinition>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
/** What a handler receives after parsing. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiContract, name);
}
