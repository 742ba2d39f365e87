import type { CellValue, LedgerRow } from '../../../shared/api/ledgers';
import { NOTIFY_PARTIES } from '../../../shared/domain/media';
import type { CallBackField, ExportField, ExtensionField, MediaField, OpinionField } from '../../../shared/reports/ledgers/fields';
import type { ReadDb } from '../db/handles';
import { mediaNotificationsOf, type CallBackRow, type ExtensionRow, type MediaIncidentRow, type OpinionEntryRow, type TransferExportRow } from './ledgers-repository';

/** Ledger rows of the records other than complaints: each builds every field of its catalogue (shared/reports/ledgers/fields.ts). */

export function extensionCells(row: ExtensionRow): LedgerRow {
  const cells: Record<ExtensionField, CellValue> = {
    serial: row.serial,
    customerName: row.customer_name,
    unit: row.unit,
    requestedAt: row.requested_at,
    requestedByName: row.requested_by_name,
    extensionType: row.extension_type,
    reason: row.reason,
    newDueAt: row.new_due_at,
    customerConsentAt: row.customer_consent_at,
    status: row.status,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
  return { key: row.id, cells };
}

export function callBackCells(row: CallBackRow): LedgerRow {
  const cells: Record<CallBackField, CellValue> = {
    serial: row.serial,
    customerName: row.customer_name,
    unit: row.unit,
    result: row.complaint_result,
    at: row.at,
    byName: row.by_name,
    method: row.method,
    adequate: row.resolution_adequate === 1,
    timeliness: row.timeliness,
    attitude: row.attitude,
    satisfactionWithResult: row.result,
    otherOpinions: row.other_opinions,
    satisfied: row.satisfied === 1,
  };
  return { key: row.id, cells };
}

export function opinionCells(row: OpinionEntryRow): LedgerRow {
  const cells: Record<OpinionField, CellValue> = {
    entryNo: row.entry_no,
    entryDate: row.entry_date,
    entryType: row.entry_type,
    content: row.content,
    customerName: row.customer_name,
    contact: row.contact,
    recordedByName: row.recorded_by_name,
    handlingOpinion: row.handling_opinion,
    signedByName: row.signed_by_name,
    signedAt: row.signed_at,
    customerRepliedAt: row.customer_replied_at,
    complaintSerial: row.complaint_serial,
  };
  return { key: row.id, cells };
}

/** Who was notified of an incident, in the notice's own names (企划部, 主管经理 …), once each in the order told. */
function notifiedParties(db: ReadDb, incidentId: string): CellValue {
  const parties = [...new Set(mediaNotificationsOf(db, incidentId).map((n) => n.party))];
  const labels = parties.map((code) => NOTIFY_PARTIES.find((p) => p.code === code)?.label ?? { zh: code, en: code });
  return labels.length > 0 ? labels : null;
}

export function mediaCells(db: ReadDb, row: MediaIncidentRow): LedgerRow {
  const cells: Record<MediaField, CellValue> = {
    occurredAt: row.occurred_at,
    channel: row.channel,
    mediaName: row.media_name,
    programme: row.programme,
    journalistName: row.journalist_name,
    platform: row.platform,
    contentCategory: row.content_category,
    description: row.description,
    complaintSerial: row.complaint_serial,
    notified: notifiedParties(db, row.id),
    status: row.status,
    statusNote: row.status_note,
    recordedByName: row.recorded_by_name,
  };
  return { key: row.id, cells };
}

/** An export of the sync transfer file: where is this computer, the site; what left it, the records in the file. */
export function exportCells(row: TransferExportRow, site: { name: string; code: string }): LedgerRow {
  const detail = row.detail ? (JSON.parse(row.detail) as { entries?: number }) : {};
  const cells: Record<ExportField, CellValue> = {
    at: row.at,
    byName: row.by_name,
    place: `${site.name}（${site.code}）`,
    matter: 'syncTransfer',
    entries: typeof detail.entries === 'number' ? detail.entries : null,
  };
  return { key: `audit-${row.seq}`, cells };
}
