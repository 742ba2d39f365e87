import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-grading-facts';
import { migration0003 } from './0003-pack-facts-and-calendar';
import { migration0004 } from './0004-complaint-workflow';
import { migration0005 } from './0005-customer-files';
import { migration0006 } from './0006-case-records';
import { migration0007 } from './0007-opinion-book-and-media';
import { migration0008 } from './0008-digit-search';
import { migration0009 } from './0009-complaint-pauses';
import { migration0010 } from './0010-complaint-restatement';
import { migration0011 } from './0011-checklist-records';
import { migration0012 } from './0012-checklist-templates';
import { migration0013 } from './0013-reference-items';
import { migration0014 } from './0014-head-office-remarks';
import { migration0015 } from './0015-rule-packs';
import { migration0016 } from './0016-sign-in-lockouts';
import { migration0018 } from './0018-overdue-and-escalation';
import { migration0019 } from './0019-site-profiles';
import { migration0021 } from './0021-report-complaints';
import { migration0022 } from './0022-notifications';
import { migration0023 } from './0023-ledger-periods';
import { migration0024 } from './0024-report-late-plans';
import { migration0025 } from './0025-action-drafts';
import { migration0026 } from './0026-personal-data-access';
import { migration0027 } from './0027-procedure-roles';
import { migration0028 } from './0028-complaint-notified';
import { migration0029 } from './0029-sanction-ledger';
import { migration0030 } from './0030-trigram-search';
import { migration0031 } from './0031-personal-data-destruction';
import { migration0032 } from './0032-circular-weights';
import { migration0033 } from './0033-risk-classes';
import { migration0034 } from './0034-credit-gradings';
import { migration0035 } from './0035-narrative-reports';
import { migration0036 } from './0036-narrative-case-reports';
import { migration0037 } from './0037-customer-merge';
import { migration0038 } from './0038-report-reminders';
import { migration0039 } from './0039-customer-id-number';
import { migration0040 } from './0040-credit-total-cap';
import { migration0041 } from './0041-follow-up-visits';
import { migration0042 } from './0042-report-month-index';
import { migration0043 } from './0043-risk-screenings';
import { migration0044 } from './0044-complaint-child-tables';
import { migration0045 } from './0045-credit-monthly';
import { migration0046 } from './0046-complaint-record-fields';
import { migration0047 } from './0047-adjustments-and-meetings';
import { migration0048 } from './0048-side-path-records';
import { migration0049 } from './0049-write-once';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0018,
  migration0019,
  migration0021,
  migration0022,
  migration0023,
  migration0024,
  migration0025,
  migration0026,
  migration0027,
  migration0028,
  migration0029,
  migration0030,
  migration0031,
  migration0032,
  migration0033,
  migration0034,
  migration0035,
  migration0036,
  migration0037,
  migration0038,
  migration0039,
  migration0040,
  migration0041,
  migration0042,
  migration0043,
  migration0044,
  migration0045,
  migration0046,
  migration0047,
  migration0048,
  migration0049,
];
