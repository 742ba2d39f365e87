import type { NewComplaint } from '../../../shared/api/complaints';
import type { Channel, ComplaintKind, Remedy } from '../../../shared/domain/complaint-vocabulary';
import type { Messages } from '../../i18n/zh-CN';
import type { FieldErrors } from '../../lib/field-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';

/** Form fields, named as the contract names them so server issues map one to one. */
export const COMPLAINT_FIELDS = ['kind', 'channel', 'customerName', 'customerPhone', 'content', 'remedy', 'receivedAt'] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

export interface ComplaintFormValues {
  kind: ComplaintKind | '';
  channel: Channel | '';
  customerName: string;
  customerPhone: string;
  content: string;
  remedy: Remedy | '';
  /** datetime-local text in the site's time zone. */
  receivedAt: string;
}

export function emptyComplaintForm(now: Date, timeZone: string): ComplaintFormValues {
  return { kind: '', channel: '', customerName: '', customerPhone: '', content: '', remedy: '', receivedAt: toDateTimeLocal(now, timeZone) };
}

type RequiredKey = keyof Messages['complaintForm'] & `${string}Required`;

/**
 * Only "is it filled in": formats and limits are the contract's job, checked
 * by the core, whose field issues the form then shows.
 */
export function missingFields(values: ComplaintFormValues): Partial<Record<ComplaintField, RequiredKey>> {
  const missing: Partial<Record<ComplaintField, RequiredKey>> = {};
  if (!values.kind) missing.kind = 'kindRequired';
  if (!values.channel) missing.channel = 'channelRequired';
  if (!values.customerName.trim()) missing.customerName = 'customerNameRequired';
  if (!values.content.trim()) missing.content = 'contentRequired';
  if (!values.receivedAt) missing.receivedAt = 'receivedAtRequired';
  return missing;
}

/** Call only when `missingFields` found nothing. Optional fields left empty are omitted. */
export function toNewComplaint(values: ComplaintFormValues, timeZone: string): NewComplaint {
  const input: NewComplaint = {
    kind: values.kind as ComplaintKind,
    channel: values.channel as Channel,
    customerName: values.customerName.trim(),
    content: values.content.trim(),
  };
  if (values.customerPhone.trim()) input.customerPhone = values.customerPhone.trim();
  if (values.remedy) input.remedy = values.remedy;
  // An unreadable time is sent as typed, so the core reports it under the field.
  const receivedAt = fromDateTimeLocal(values.receivedAt, timeZone);
  input.receivedAt = receivedAt ?? values.receivedAt;
  return input;
}

export type ComplaintFieldErrors = FieldErrors<ComplaintField>;
