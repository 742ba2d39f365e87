import { findCustomerScheme, type Bilingual } from '../../shared/domain/customer-vocabulary';
import { SHIPPED_PROFILES } from '../../shared/profiles';
import { findPack, SHIPPED_PACK_VERSIONS } from '../../shared/rules/packs';
import type { RulePack } from '../../shared/rules/pack-schema';
import { pick } from './pack-labels';
import type { CellKind } from './subject-access-columns';

/** An i18next `t`, as the workbook uses it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a cell's reading needs besides its value: the texts, the language, the names and serials the document gives. */
export interface CellContext {
  t: Translate;
  lang: string;
  /** User id → display name (the document's `staff`). */
  staff: Readonly<Record<string, string>>;
  /** Record id → how a reader knows it (a complaint's serial, the customer's name, an opinion-book entry's number). */
  records: Readonly<Record<string, string>>;
  /** The whole row, for a code read against another column (a class against its pack, a type against its scheme). */
  row: Readonly<Record<string, unknown>>;
}

/** Beijing time is UTC+8 all year (no daylight saving since 1991). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** A stored moment (UTC ISO) as Beijing time, 2026-12-07 14:30; anything else as it is. */
export function beijingTime(value: unknown): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) return String(value);
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function packOf(row: CellContext['row']): RulePack | undefined {
  const id = String(row['rule_pack_id'] ?? '');
  return SHIPPED_PACK_VERSIONS.find((pack) => pack.id === id && pack.version === row['rule_pack_version']) ?? findPack(id);
}

function parsed<T>(value: unknown, empty: T): T {
  if (typeof value !== 'string') return (value as T) ?? empty;
  try {
    return JSON.parse(value) as T;
  } catch {
    return empty;
  }
}

function vocab(prefix: string, code: unknown, t: Translate): string {
  return t(`${prefix}.${String(code)}`, { defaultValue: String(code) });
}

/** A code the shipped packs, customer schemes and profiles label. */
function shippedLabel(kind: CellKind, value: unknown, { lang, row }: CellContext): string | null {
  const code = String(value);
  const label = (list: readonly { code: string; label: Bilingual }[] | undefined) => list?.find((item) => item.code === code)?.label;
  const scheme = () => findCustomerScheme(String(row['scheme'] ?? ''));
  const found: Bilingual | undefined =
    kind === 'scheme'
      ? findCustomerScheme(code)?.label
      : kind === 'group'
        ? label(scheme()?.groups)
        : kind === 'type'
          ? label(scheme()?.types)
          : kind === 'class'
            ? label(packOf(row)?.classes)
            : kind === 'cause'
              ? label(packOf(row)?.causes)
              : kind === 'mediaCategory'
                ? label(SHIPPED_PROFILES.flatMap((profile) => profile.mediaContentCategories))
                : undefined;
  if (kind === 'recordField' || kind === 'recordFieldValue') return recordFieldText(kind, code, lang, row);
  if (kind === 'pack') {
    const pack = packOf(row);
    return pack ? `${pick(pack.name, lang)} ${String(row['rule_pack_version'] ?? pack.version)}` : code;
  }
  return found ? pick(found, lang) : null;
}

/** A record field's name from the pack the complaint is graded by, and a choice's label; other values as stored. */
function recordFieldText(kind: 'recordField' | 'recordFieldValue', code: string, lang: string, row: CellContext['row']): string {
  const field = packOf(row)?.recordFields?.find((f) => f.id === String(row['field_id']));
  if (kind === 'recordField') return field ? pick(field.label, lang) : code;
  const option = field?.kind.type === 'choice' ? field.kind.options.find((o) => o.code === code) : undefined;
  return option ? pick(option.label, lang) : code;
}

/** A complaint's JSON lists (steps, pauses, criteria, pack facts) as one line each. */
function complaintList(kind: CellKind, value: unknown, { t, lang, row }: CellContext): string | null {
  const separator = t('privacy.subjectAccess.itemSeparator');
  if (kind === 'steps') {
    const steps = Object.entries(parsed<Record<string, string>>(value, {}));
    return steps.map(([step, at]) => `${vocab('rulePack.milestones', step, t)} ${beijingTime(at)}`).join(separator);
  }
  if (kind === 'pauses') {
    const pauses = parsed<{ from: string; to: string | null; reason: string }[]>(value, []);
    return pauses.map((p) => `${vocab('pauseReasons', p.reason, t)} ${beijingTime(p.from)}–${p.to ? beijingTime(p.to) : ''}`).join(separator);
  }
  if (kind === 'criteria') {
    const pack = packOf(row);
    const ids = parsed<string[]>(value, []);
    return ids.map((id) => {
      const found = pack?.criteria.find((c) => c.id === id) ?? pack?.flags.find((f) => f.id === id);
      return found ? pick(found.label, lang) : id;
    }).join(separator);
  }
  if (kind === 'packFacts') {
    const facts = Object.entries(parsed<Record<string, unknown>>(value, {}));
    return facts.map(([fact, v]) => `${vocab('rulePack.facts', fact, t)}：${String(v)}`).join(separator);
  }
  return null;
}

/** A stored value as the cell shows it; '' for nothing stored. */
export function cellText(kind: CellKind, value: unknown, context: CellContext): string | number {
  const { t, staff, records } = context;
  if (value === null || value === undefined || value === '') return '';
  if (typeof kind === 'object') {
    if ('vocab' in kind) return vocab(kind.vocab, value, t);
    const codes = parsed<unknown[]>(value, []);
    return codes.map((code) => vocab(kind.vocabList, code, t)).join(t('common.listSeparator'));
  }
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'time':
      return beijingTime(value);
    case 'yesNo':
      return t(value ? 'privacy.subjectAccess.yes' : 'privacy.subjectAccess.no');
    case 'staff':
      return staff[String(value)] ?? t('privacy.subjectAccess.unknownStaff');
    case 'complaint':
    case 'record':
      return records[String(value)] ?? t('privacy.subjectAccess.otherRecord');
    case 'list':
      return parsed<unknown[]>(value, []).map(String).join(t('common.listSeparator'));
    case 'text':
      return typeof value === 'string' ? value : String(value);
    default:
      return shippedLabel(kind, value, context) ?? complaintList(kind, value, context) ?? String(value);
  }
}
