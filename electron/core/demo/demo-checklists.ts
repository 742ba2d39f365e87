import { localIsoDay } from '../../../shared/domain/local-day';
import type { User } from '../../../shared/api/users';
import type { WriteDb } from '../db/handles';
import { checklistRow, completeRecord, raiseAction, saveAnswers, startRecord } from '../checklists';
import { findUserById } from '../users/users';

const HOUR_MS = 3_600_000;

/**
 * The demo station's checklists, entered through the same services as the
 * fill screen: the last H2S measurement (seed000 §1.6, the 10th and 25th),
 * completed; a responsibility-area check with a failed risk-point control and
 * its corrective action still open; and today's sewage haulage register with
 * one truckload typed in and its photos still to take, left as a draft to
 * resume.
 */
export function createDemoChecklists(tx: WriteDb, people: { leadId: string; receiverId: string; handlerId: string }, timeZone: string, at: Date): void {
  const lead = findUserById(tx, people.leadId)!;
  const receiver = findUserById(tx, people.receiverId)!;
  const dayOf = (date: Date) => localIsoDay(date, timeZone);
  demoH2sMeasurement(tx, lead, dayOf(at));
  demoAreaCheck(tx, lead, people.handlerId, new Date(at.getTime() - 72 * HOUR_MS), dayOf);
  demoSewageDraft(tx, receiver, new Date(at.getTime() - 3 * HOUR_MS), dayOf);
}

/** The last H2S measurement day's record (seed000 §1.6), completed. */
function demoH2sMeasurement(tx: WriteDb, lead: User, today: string): void {
  const measuredOn = lastMeasurementDay(today);
  const measuredAt = new Date(`${measuredOn}T09:30:00+08:00`);
  fill(tx, 'well.h2s-measurement', lead, measuredAt, {
    'measured-at': measuredAt.toISOString(),
    'measured-by': lead.displayName,
    'standard-value': 20,
    'h2s-value': 6.2,
    'near-standard': false,
    'measurer-signature': lead.displayName,
  }, { complete: true });
}

/** A responsibility-area check with a failed risk-point control and its corrective action still open. */
function demoAreaCheck(tx: WriteDb, lead: User, handlerId: string, checkedAt: Date, dayOf: (date: Date) => string): void {
  const areaCheck = fill(tx, 'well.area-check', lead, checkedAt, {
    'checked-on': dayOf(checkedAt),
    area: '分离器区',
    'area-owner': '张伟',
    employees: '张伟、李梅',
    'operation-standard': 'pass',
    'risk-controls': 'fail',
    performance: '排污操作规范，巡检记录及时。',
    findings: '分离器排污阀手轮未挂开关状态标识牌。',
    'checker-signature': '张伟',
  }, { complete: true });
  raiseAction(
    tx,
    {
      recordId: areaCheck,
      itemId: 'risk-controls',
      problem: '风险点的防控是否执行到位：不合格。分离器排污阀手轮未挂开关状态标识牌。',
      action: '补挂阀门开关状态标识牌，班前检查时确认。',
      ownerId: handlerId,
      dueAt: new Date(checkedAt.getTime() + 5 * 24 * HOUR_MS).toISOString(),
    },
    lead,
    new Date(checkedAt.getTime() + 600_000),
  );
}

/** Today's sewage haulage register with one truckload typed in and its photos still to take: a draft to resume. */
function demoSewageDraft(tx: WriteDb, receiver: User, loadedAt: Date, dayOf: (date: Date) => string): void {
  const register = fill(tx, 'well.sewage-haulage-register', receiver, loadedAt, {}, { complete: false });
  const row = checklistRow(tx, register);
  saveAnswers(
    tx,
    {
      id: register,
      version: row.version,
      itemId: 'truckloads',
      rowId: 'demo-1',
      cells: {
        date: dayOf(loadedAt),
        'transport-unit': '川中油气运输公司',
        plate: '川E·12345',
        driver: '刘师傅',
        'vehicle-qualified': true,
        'personnel-qualified': true,
        volume: 18.5,
        'pipe-intact': true,
        'departed-at': loadedAt.toISOString(),
        'reinjection-station': '磨溪回注站',
        waybill: 'YD-DEMO-01',
        'recorded-by': receiver.displayName,
      },
    },
    receiver,
    new Date(loadedAt.getTime() + 300_000),
  );
}

/** Starts a record at `at`, saves each answer a second apart as the fill screen would, and completes it when asked. Returns its id. */
export function fill(tx: WriteDb, templateId: string, user: User, at: Date, answers: Record<string, unknown>, options: { complete: boolean }): string {
  const id = startRecord(tx, templateId, user, at);
  let step = 0;
  const next = () => new Date(at.getTime() + ++step * 1000);
  for (const [itemId, value] of Object.entries(answers)) {
    saveAnswers(tx, { id, version: checklistRow(tx, id).version, itemId, value }, user, next());
  }
  if (options.complete) completeRecord(tx, { id, version: checklistRow(tx, id).version }, user, next());
  return id;
}

/** The last 10th or 25th before `today` (yyyy-mm-dd): the measurement that is already done. */
export function lastMeasurementDay(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (day > 25) return `${today.slice(0, 8)}25`;
  if (day > 10) return `${today.slice(0, 8)}10`;
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  return `${previous}-25`;
}
