import type { NewComplaint } from '../../../shared/api/complaints';
import type { ApiInput } from '../../../shared/api/contract';
import { NUMERIC_PACK_FACTS, PACK_DATE_FACTS, PACK_FACTS, type PackFact, type PackFacts } from '../../../shared/api/grading';
import { isShareFact } from '../../../shared/rules/pack-schema';
import { CHANNELS, COMPLAINT_KINDS, REMEDIES, type Channel, type ComplaintKind, type Remedy } from '../../../shared/domain/complaint-vocabulary';
import { CUSTOMER_KINDS } from '../../../shared/domain/customer-vocabulary';
import type { Messages } from '../../i18n/zh-CN';
import type { FieldErrors } from '../../lib/field-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import type { RecordField } from '../../../shared/rules/record-fields-schema';
import { recordFieldsInput } from './record-fields/record-fields-model';
import { CUSTOMER_INTAKE_FIELDS, emptyCustomerIntake, toCustomerIntake, type CustomerIntakeValues } from './customer-intake-model';

/** Form fields, named as the contract names them so server issues map one to one. */
export const COMPLAINT_FIELDS = [
  'kind', 'channel', 'customerName', 'customerPhone', 'content', 'remedy', 'receivedAt', 'directLoss', 'groupSize', 'affectedShare',
  'problemCode', 'subjectUserId', 'proposedSolution', 'restatement', 'repeatOfId', 'causeCode', ...PACK_FACTS.map((fact) => `packFacts.${fact}` as const),
  ...CUSTOMER_INTAKE_FIELDS,
] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

/** The customer file picked or created, and the product facts: see customer-intake-model.ts. */
export interface ComplaintFormValues extends CustomerIntakeValues {
  kind: ComplaintKind | '';
  channel: Channel | '';
  customerName: string;
  customerPhone: string;
  content: string;
  remedy: Remedy | '';
  /** datetime-local text in the site's time zone. */
  receivedAt: string;
  /** Grading facts: numbers as typed (empty = not known); the share in percent. */
  directLoss: string;
  groupSize: string;
  affectedShare: string;
  mediaInvolved: boolean;
  regulatorInvolved: boolean;
  tickedCriteria: string[];
  /** Facts only the site's pack reads, as typed; shares in percent. */
  packFacts: Partial<Record<PackFact, string>>;
  problemCode: string;
  /** 被投诉人: a colleague's id, or '' for none. */
  subjectUserId: string;
  proposedSolution: string;
  /** 复述: the main problem as repeated back to the customer and confirmed. */
  restatement: string;
  /** The earlier complaint of the same customer this one repeats (offered by the repeat match), or ''. */
  repeatOfId: string;
  /** One of the pack's causes (篇6 第三十二条; 篇5 6.3), or ''. */
  causeCode: string;
  /** The pack's record fields asked at intake, as typed, by field id (record-fields/record-fields-model.ts). */
  recordFields: Record<string, string>;
}

export function emptyComplaintForm(now: Date, timeZone: string, channel: ComplaintFormValues['channel'] = ''): ComplaintFormValues {
  return {
    kind: '',
    channel,
    customerName: '',
    customerPhone: '',
    content: '',
    remedy: '',
    receivedAt: toDateTimeLocal(now, timeZone),
    directLoss: '',
    groupSize: '',
    affectedShare: '',
    mediaInvolved: false,
    regulatorInvolved: false,
    tickedCriteria: [],
    packFacts: {},
    problemCode: '',
    subjectUserId: '',
    proposedSolution: '',
    restatement: '',
    repeatOfId: '',
    causeCode: '',
    recordFields: {},
    ...emptyCustomerIntake(),
  };
}

/**
 * The form from a saved draft (plain JSON, as `drafts.save` keeps it): each
 * known field taken only when it has the right type, the rest from `blank`,
 * so a draft from an older version of the form cannot break this one.
 */
export function fromDraft(data: Record<string, unknown>, blank: ComplaintFormValues): ComplaintFormValues {
  const values = { ...blank } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(blank)) {
    const saved = data[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(saved)) values[key] = saved.filter((item): item is string => typeof item === 'string');
    } else if (typeof fallback === 'object' && fallback !== null) {
      if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
        // Pack facts this version knows; record fields are the pack's own, so any id is kept (the core checks it).
        const known = (name: string) => key === 'recordFields' || (PACK_FACTS as readonly string[]).includes(name);
        values[key] = Object.fromEntries(Object.entries(saved).filter(([name, v]) => known(name) && typeof v === 'string'));
      }
    } else if (typeof saved === typeof fallback) {
      values[key] = saved;
    }
  }
  const restored = values as unknown as ComplaintFormValues;
  // Closed vocabularies: a value this version does not know is dropped rather than sent.
  if (restored.kind && !COMPLAINT_KINDS.includes(restored.kind)) restored.kind = '';
  if (restored.channel && !CHANNELS.includes(restored.channel)) restored.channel = '';
  if (restored.remedy && !REMEDIES.includes(restored.remedy)) restored.remedy = '';
  if (restored.newCustomerKind && !CUSTOMER_KINDS.includes(restored.newCustomerKind)) restored.newCustomerKind = '';
  return restored;
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

/** Call only when `missingFields` found nothing. Optional fields left empty are omitted; `intakeFields` are the pack's record fields asked at intake. */
export function toNewComplaint(values: ComplaintFormValues, timeZone: string, intakeFields: readonly RecordField[] = []): NewComplaint {
  const input: NewComplaint = {
    kind: values.kind as ComplaintKind,
    channel: values.channel as Channel,
    customerName: values.customerName.trim(),
    content: values.content.trim(),
  };
  if (values.customerPhone.trim()) input.customerPhone = values.customerPhone.trim();
  if (values.remedy) input.remedy = values.remedy;
  if (values.subjectUserId) input.subjectUserId = values.subjectUserId;
  if (values.proposedSolution.trim()) input.proposedSolution = values.proposedSolution.trim();
  if (values.restatement.trim()) input.restatement = values.restatement.trim();
  if (values.repeatOfId) input.repeatOfId = values.repeatOfId;
  if (values.causeCode) input.causeCode = values.causeCode;
  const recordFields = recordFieldsInput(intakeFields, values.recordFields, timeZone);
  if (Object.keys(recordFields).length > 0) input.recordFields = recordFields;
  // An unreadable time is sent as typed, so the core reports it under the field.
  const receivedAt = fromDateTimeLocal(values.receivedAt, timeZone);
  input.receivedAt = receivedAt ?? values.receivedAt;
  return { ...input, ...toCustomerIntake(values), ...toGradingFacts(values) };
}

type GradingFacts = Pick<NewComplaint, 'directLoss' | 'groupSize' | 'affectedShare' | 'mediaInvolved' | 'regulatorInvolved' | 'tickedCriteria' | 'packFacts' | 'problemCode'>;

/** A share typed in percent, sent as 0–1 without float noise (12.5 → 0.125). */
function shareOf(percent: number): number {
  return Math.round(percent * 100) / 10_000;
}

function numberOf(text: string): number | undefined {
  if (!text.trim()) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** The facts that were given; unknown ones are left out. The share is typed in percent and sent as 0–1. */
export function toGradingFacts(values: ComplaintFormValues): GradingFacts {
  const facts: GradingFacts = {};
  const directLoss = numberOf(values.directLoss);
  if (directLoss !== undefined) facts.directLoss = directLoss;
  const groupSize = numberOf(values.groupSize);
  if (groupSize !== undefined) facts.groupSize = groupSize;
  const percent = numberOf(values.affectedShare);
  if (percent !== undefined) facts.affectedShare = shareOf(percent);
  const packFacts: PackFacts = {};
  for (const fact of PACK_DATE_FACTS) {
    const day = values.packFacts[fact]?.trim();
    if (day) packFacts[fact] = day;
  }
  for (const fact of NUMERIC_PACK_FACTS) {
    const n = numberOf(values.packFacts[fact] ?? '');
    if (n !== undefined) packFacts[fact] = isShareFact(fact) ? shareOf(n) : n;
  }
  if (Object.keys(packFacts).length > 0) facts.packFacts = packFacts;
  if (values.problemCode.trim()) facts.problemCode = values.problemCode.trim();
  if (values.mediaInvolved) facts.mediaInvolved = true;
  if (values.regulatorInvolved) facts.regulatorInvolved = true;
  if (values.tickedCriteria.length > 0) facts.tickedCriteria = [...values.tickedCriteria];
  return facts;
}

/** What the live preview grades: the facts plus the channel and the time received, when readable. */
export function toPreviewInput(values: ComplaintFormValues, timeZone: string): ApiInput<'complaints.gradePreview'> {
  const input: ApiInput<'complaints.gradePreview'> = toGradingFacts(values);
  if (values.channel) input.channel = values.channel;
  if (values.kind) input.kind = values.kind;
  const receivedAt = fromDateTimeLocal(values.receivedAt, timeZone);
  if (receivedAt) input.receivedAt = receivedAt;
  return input;
}

export type ComplaintFieldErrors = FieldErrors<ComplaintField>;

/** How many of the register's latest records say what this site's usual channel is. */
const USUAL_CHANNEL_SAMPLE = 50;

/**
 * The channel most of the site's latest records came by (a well station hears
 * its neighbours in person, a service centre on the phone): the new form starts
 * on it, one key fewer on the common path (issue 20 item 6). None when the
 * register is empty, so the receiver must choose.
 */
export function usualChannel(items: readonly { channel: string }[]): ComplaintFormValues['channel'] {
  const counts = new Map<string, number>();
  for (const item of items.slice(0, USUAL_CHANNEL_SAMPLE)) counts.set(item.channel, (counts.get(item.channel) ?? 0) + 1);
  let best: string = '';
  for (const [channel, n] of counts) if (n > (counts.get(best) ?? 0)) best = channel;
  return (CHANNELS as readonly string[]).includes(best) ? (best as ComplaintFormValues['channel']) : '';
}
