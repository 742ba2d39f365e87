import { apiContract } from '../../shared/api/contract';
import { SHIPPED_TEMPLATE_VERSIONS } from '../../shared/checklists/templates';
import { PERMISSIONS } from '../../shared/domain/roles';
import * as workflow from '../../shared/domain/workflow';
import { SHIPPED_PROFILES } from '../../shared/profiles';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { LEDGERS } from '../../shared/reports/ledgers';
import { SHIPPED_PACK_VERSIONS } from '../../shared/rules/packs';

/**
 * Issue 20 item 5: the shapes of every internal id a user must never read on
 * a screen or on paper, built from the shipped data itself so that a new
 * pack, template, report, ledger, API method or workflow code is watched
 * without touching this file.
 *
 * False positives are kept out by matching only id-shaped strings: an id
 * that is one plain word ('generic', 'restaurant', the workflow's 'close' or
 * 'resume') is also an English word and is not watched; the rest match only
 * as whole tokens (not inside a longer word, path or file name).
 */
export type InternalIdKind = 'source' | 'registry' | 'event' | 'workflow' | 'timestamp';

export interface InternalIdShown {
  kind: InternalIdKind;
  id: string;
}

/** Dotted, hyphenated, snake_case or camelCase: an id, not a word of prose. */
export const isIdShaped = (id: string): boolean => /[-._]/.test(id) || /[a-z][A-Z]/.test(id);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternatives longest first, so `well.area-check-weekly-circular` wins over `well.area-check`. */
const anyOf = (ids: Iterable<string>) =>
  [...new Set(ids)]
    .filter(isIdShaped)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Not glued to more of an id or word on either side; a full stop that ends a sentence is fine. */
const token = (alternatives: string) => `(?<![\\w.-])(?:${alternatives})(?![\\w-]|\\.\\w)`;

/**
 * Two plain words joined by a hyphen (`well-station`, `waiter-level`) are
 * also English prose ("keep improving well-station management"): such an id
 * counts only where it does not stand inside a Latin sentence, i.e. not after
 * a word and a space, and not before a space and a lower-case word.
 */
const isCompoundWord = (id: string) => /^[a-z]+-[a-z]+$/.test(id);

function registryPattern(): string {
  const ids = registryIds();
  const compounds = ids.filter(isCompoundWord);
  const others = ids.filter((id) => !isCompoundWord(id));
  const inProse = `(?<![A-Za-z,;:] )(?<![\\w.-])(?:${anyOf(compounds)})(?![\\w-]|\\.\\w| [a-z])`;
  return `${token(anyOf(others))}|${inProse}`;
}

/** Pack, template, report, ledger and organisation-profile ids, every shipped version. */
function registryIds(): string[] {
  return [
    ...SHIPPED_PACK_VERSIONS.map((pack) => pack.id),
    ...SHIPPED_TEMPLATE_VERSIONS.map((template) => template.id),
    ...REPORT_DEFINITIONS.map((report) => report.id),
    ...LEDGERS.map((ledger) => ledger.id),
    ...SHIPPED_PROFILES.map((profile) => profile.id),
  ];
}

/**
 * Event-log domains that are neither an API domain nor a permission's: the
 * case records' handling-log events (`report.submit`, `capa.verify`,
 * `sanction.add`, `compensation.deliver`) and the core's own audit actions
 * (`setup.site`, `calendar.release`, `attachments.store`).
 */
const EVENT_LOG_DOMAINS = ['report', 'compensation', 'capa', 'sanction', 'setup', 'calendar', 'attachments'];

/** What an event name's verb never is: a file's extension (`report.pdf` is a file name a user may read). */
const FILE_EXTENSIONS = 'pdf|xlsx|xls|csv|json|png|jpe?g|zip|html?|txt|md|docx?';

/** `domain.verb` as the API methods, permissions and the event and audit logs write them (`complaints.create`, `session.signIn`). */
function eventNamePattern(): string {
  const domains = [...Object.keys(apiContract), ...PERMISSIONS].map((name) => name.split('.')[0]!);
  const alternatives = [...new Set([...domains, ...EVENT_LOG_DOMAINS])].sort((a, b) => b.length - a.length).join('|');
  return `(?<![\\w.-])(?:${alternatives})\\.(?!(?:${FILE_EXTENSIONS})\\b)[a-z][A-Za-z]*(?![\\w-]|\\.\\w)`;
}

/** The workflow's actions and its vocabularies (statuses, log entry types, reasons, methods) as stored: `planSolution`, `in_progress`. */
function workflowCodes(): string[] {
  const values: unknown[] = Object.values(workflow);
  const lists = values.filter((value): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string'));
  return [...Object.keys(workflow.WORKFLOW), ...lists.flat()];
}

/** Every kind with its pattern (a RegExp source without flags). */
export function internalIdPatterns(): Record<InternalIdKind, string> {
  return {
    source: '(?<![\\w-])seed0\\d\\d(?!\\d)',
    registry: registryPattern(),
    event: eventNamePattern(),
    workflow: token(anyOf(workflowCodes())),
    // A moment as the store keeps it; people read 2026年3月5日 14:30 / 5 Mar 2026, 14:30.
    timestamp: '(?<!\\d)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}',
  };
}

/** One pattern for them all: what the browser's watcher runs. */
export function internalIdSource(): string {
  return Object.values(internalIdPatterns())
    .map((source) => `(?:${source})`)
    .join('|');
}

/** Each internal id `text` shows, with its kind. */
export function findInternalIds(text: string): InternalIdShown[] {
  const shown: InternalIdShown[] = [];
  for (const [kind, source] of Object.entries(internalIdPatterns()) as [InternalIdKind, string][]) {
    for (const [id] of text.matchAll(new RegExp(source, 'g'))) shown.push({ kind, id });
  }
  return shown;
}
