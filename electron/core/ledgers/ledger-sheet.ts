import { ApiError } from '../../../shared/api/errors';
import type { CellValue, LedgerRow, LedgerSheet } from '../../../shared/api/ledgers';
import type { User } from '../../../shared/api/users';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import { hasPermission } from '../../../shared/domain/roles';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { FREE_TEXT_KEYS, maskNumbersInText } from '../../../shared/privacy/mask';
import { findLedger, MAX_LEDGER_ROWS } from '../../../shared/reports/ledgers';
import type { LedgerColumn, LedgerData, LedgerDefinition } from '../../../shared/reports/ledgers/ledger-schema';
import { nextDay, parsePeriod, zonedDayStart, type LedgerPeriod } from '../../../shared/reports/ledgers/period';
import type { ReadDb } from '../db/handles';
import { gradingEnv } from '../complaints/grading';
import { readSite } from '../site/site';
import { checklistRecordRows, checklistTableRows } from './checklist-cells';
import { complaintCells } from './complaint-cells';
import { creditCustomerCells, onCreditSummary } from './credit-customer-cells';
import * as repo from './ledgers-repository';
import { callBackCells, exportCells, extensionCells, mediaCells, opinionCells } from './record-cells';

export interface SheetRequest {
  ledgerId: string;
  period?: string | undefined;
  unit?: string | undefined;
  serial?: string | undefined;
}

interface Scope {
  db: ReadDb;
  ledger: LedgerDefinition;
  site: { name: string; code: string; timeZone: string };
  period: LedgerPeriod;
  unit: string | null;
  range: repo.InstantRange;
  limit: number;
  now: Date;
  calendar: WorkingCalendar;
}

const CASE_SOURCES: ReadonlySet<LedgerData['kind']> = new Set(['complaints', 'extensions', 'callBacks']);

const FREE_TEXT: ReadonlySet<string> = new Set(FREE_TEXT_KEYS);

/**
 * A row of named fields as the ledger's columns: each column its field's value, a hand-written one empty.
 * The dispatcher masks cells by their column's id; a free-text field (a complaint's content) may sit under
 * another id (申诉的理由 'reasons'), so the numbers typed into it are masked here, by the field's name.
 */
function project(key: string, fields: Record<string, CellValue>, columns: readonly LedgerColumn[]): LedgerRow {
  const cell = (field: string): CellValue => {
    const value = fields[field] ?? null;
    return typeof value === 'string' && FREE_TEXT.has(field) ? maskNumbersInText(value) : value;
  };
  return { key, cells: Object.fromEntries(columns.map((c) => [c.id, 'field' in c.value ? cell(c.value.field) : null])) };
}

/** The ledger the caller may print: it exists, holds data, and the caller's roles read that data. */
function ledgerFor(user: User, ledgerId: string): LedgerDefinition {
  const ledger = findLedger(ledgerId);
  if (!ledger) throw ApiError.because('NOT_FOUND', 'ledgers.errors.unknownLedger', undefined, 'ledgerId');
  if (!hasPermission(user.roles, ledger.permission)) throw ApiError.because('FORBIDDEN', 'ledgers.errors.forbidden');
  if (ledger.data.kind === 'none') throw ApiError.because('CONFLICT', 'ledgers.errors.noData');
  return ledger;
}

function periodFor(code: string | undefined, today: string): LedgerPeriod {
  if (code === undefined) throw ApiError.because('VALIDATION', 'ledgers.errors.periodRequired', undefined, 'period');
  const parsed = parsePeriod(code, today);
  if (parsed.ok) return parsed.period;
  switch (parsed.problem) {
    case 'periodUnreadable':
      throw ApiError.because('VALIDATION', 'ledgers.errors.periodUnreadable', { period: code }, 'period');
    case 'periodNonexistent':
      throw ApiError.because('VALIDATION', 'ledgers.errors.periodNonexistent', { period: code }, 'period');
    case 'periodReversed':
      throw ApiError.because('VALIDATION', 'ledgers.errors.periodReversed', { period: code }, 'period');
    case 'periodFuture':
      throw ApiError.because('VALIDATION', 'ledgers.errors.periodFuture', { period: code, today: { date: today } }, 'period');
  }
}

function tooMany(): never {
  throw ApiError.because('VALIDATION', 'ledgers.errors.tooManyRows', { max: MAX_LEDGER_ROWS }, 'period');
}

/** The rows of a period (and unit), at most MAX_LEDGER_ROWS. */
function periodRows(scope: Scope): LedgerRow[] {
  const { db, ledger, range, unit, limit } = scope;
  const data = ledger.data;
  const columns = ledger.columns;
  switch (data.kind) {
    case 'complaints': {
      const env = gradingEnv(db, scope.now, scope.calendar);
      const filter = { ...range, unit, kinds: data.kinds, excludeChannels: data.excludeChannels, limit };
      const ids = data.by === 'closed' ? repo.complaintIdsClosed(db, filter) : repo.complaintIdsReceived(db, filter);
      if (ids.length >= limit) tooMany();
      return ids.map((id) => project(id, complaintCells(db, id, env).cells, columns));
    }
    case 'extensions':
      return repo.extensionsInRange(db, { ...range, unit, limit }).map((row) => project(row.id, extensionCells(row).cells, columns));
    case 'callBacks':
      return repo.callBacksInRange(db, { ...range, unit, limit }).map((row) => project(row.id, callBackCells(row).cells, columns));
    case 'opinionBook':
      return repo.opinionEntriesInDays(db, { fromDay: scope.period.from, toDay: scope.period.to, unit, limit }).map((row) => project(row.id, opinionCells(row).cells, columns));
    case 'media':
      return repo.mediaIncidentsInRange(db, { ...range, unit, limit }).map((row) => project(row.id, mediaCells(db, row).cells, columns));
    case 'transferExports':
      return repo.transferExportsInRange(db, { ...range, unit, limit }).map((row) => {
        const built = exportCells(row, scope.site);
        return project(built.key, built.cells, columns);
      });
    case 'creditCustomers':
      // Customers belong to the site, not to a unit: only the whole-site sheet lists them.
      if (unit !== null) return [];
      return repo.creditGradingsInForceOn(db, scope.period.to).filter(onCreditSummary).map((row) => project(row.id, creditCustomerCells(row).cells, columns));
    case 'checklistRows':
    case 'checklistRecords': {
      const filter = { fromDay: scope.period.from, toDay: scope.period.to, unit, timeZone: scope.site.timeZone };
      return data.kind === 'checklistRows' ? checklistTableRows(db, data, columns, filter) : checklistRecordRows(db, data, columns, filter);
    }
    case 'none':
      return [];
  }
}

/** The one case of a single-case sheet: the complaint's own row, or its extensions or call-backs. */
function caseRows(db: ReadDb, ledger: LedgerDefinition, serial: string, env: ReturnType<typeof gradingEnv>): LedgerRow[] {
  const data = ledger.data;
  if (!CASE_SOURCES.has(data.kind)) throw ApiError.because('VALIDATION', 'ledgers.errors.serialNotApplicable', undefined, 'serial');
  const complaint = repo.complaintIdBySerial(db, serial);
  if (!complaint) throw ApiError.because('NOT_FOUND', 'ledgers.errors.serialUnknown', { serial }, 'serial');
  if (data.kind === 'extensions') return repo.extensionsOfComplaint(db, complaint.id).map((row) => project(row.id, extensionCells(row).cells, ledger.columns));
  if (data.kind === 'callBacks') return repo.callBacksOfComplaint(db, complaint.id).map((row) => project(row.id, callBackCells(row).cells, ledger.columns));
  if (data.kind !== 'complaints') return [];
  if (!(data.kinds as readonly string[]).includes(complaint.kind) || (data.excludeChannels as readonly string[]).includes(complaint.channel)) {
    throw ApiError.because('VALIDATION', 'ledgers.errors.serialNotInLedger', { serial }, 'serial');
  }
  return [project(complaint.id, complaintCells(db, complaint.id, env).cells, ledger.columns)];
}

/**
 * The rows of one ledger for a period and a unit, or for one case. Refused:
 * an unknown ledger, one whose data the caller's roles may not read, one the
 * app holds no data for (it prints blank), a missing, unreadable,
 * nonexistent or future period, an unknown unit, a serial with a period or
 * on a ledger that is not about cases, more rows than a sheet prints.
 */
export function ledgerSheet(db: ReadDb, user: User, request: SheetRequest, now: Date, calendar: WorkingCalendar): LedgerSheet {
  const ledger = ledgerFor(user, request.ledgerId);
  const site = readSite(db);
  if (!site) throw ApiError.because('CONFLICT', 'ledgers.errors.noSite');
  const base = { ledgerId: ledger.id, site: { name: site.name, code: site.code }, printedAt: now.toISOString() };
  if (request.serial !== undefined) {
    if (request.period !== undefined || request.unit !== undefined) throw ApiError.because('VALIDATION', 'ledgers.errors.serialWithPeriod', undefined, 'serial');
    const rows = caseRows(db, ledger, request.serial, gradingEnv(db, now, calendar));
    return { ...base, period: null, unit: null, serial: request.serial, rows };
  }
  const period = periodFor(request.period, siteDayOf(now, site.timeZone));
  const unit = request.unit ?? null;
  if (unit !== null && !repo.unitKnown(db, unit)) throw ApiError.because('VALIDATION', 'ledgers.errors.unitUnknown', { unit }, 'unit');
  const range = { from: zonedDayStart(period.from, site.timeZone), to: zonedDayStart(nextDay(period.to), site.timeZone) };
  const rows = periodRows({ db, ledger, site, period, unit, range, limit: MAX_LEDGER_ROWS + 1, now, calendar });
  if (rows.length > MAX_LEDGER_ROWS) tooMany();
  return { ...base, period, unit, serial: null, rows };
}

export const ledgerUnits = repo.userUnits;
